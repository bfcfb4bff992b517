package com.springcoreexplorer.certstore.store;

import java.nio.file.Path;

/** The files of a store inside the app's data directory; all 0600 on POSIX. */
public final class StoreFiles {

    /** The folder under the data directory. */
    public static final String FOLDER = "certificates";
    /** Client identities (key + chain), encrypted PKCS#12. Relative to the data directory. */
    public static final String IDENTITIES = FOLDER + "/identities.p12";
    /** Trust anchors, a PKCS#12 of its own (integrity-protected by the same password). */
    public static final String TRUST_ANCHORS = FOLDER + "/trust-anchors.p12";
    /** Names, roles, notes, role mappings: no secrets. */
    public static final String METADATA = FOLDER + "/certificates.json";
    /** Held while a process changes the store, so a GUI and a command line never interleave writes. */
    public static final String LOCK = FOLDER + "/.lock";

    private final Path dataDirectory;

    public StoreFiles(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public Path folder() {
        return dataDirectory.resolve(FOLDER);
    }

    public Path identities() {
        return dataDirectory.resolve(IDENTITIES);
    }

    public Path trustAnchors() {
        return dataDirectory.resolve(TRUST_ANCHORS);
    }

    public Path metadata() {
        return dataDirectory.resolve(METADATA);
    }

    public Path lock() {
        return dataDirectory.resolve(LOCK);
    }
}
