package com.springcoreexplorer.app.demo;

import com.springcoreexplorer.app.demo.pki.DemoPkiFiles;
import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's own certificate store in {@code <data>/demo/store}: the Watcher and Control identities
 * and the demo trust anchors, protected by the demo's generated secret (as the demo PKI is), so
 * {@code --demo} connects on every machine, with or without an OS keychain or the store password
 * variable. The user's store is never opened, changed or asked a password for by the demo.
 */
public final class DemoStore {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStore.class);

    private DemoStore() {}

    public static Path directory(AppDirectories directories) {
        return DemoEnvironment.demoDirectory(directories).resolve("store");
    }

    /**
     * Opens (creating when absent) the demo store. A store the secret no longer opens (the secret
     * file was deleted) holds demo material only: it is moved aside and a new one starts.
     * Crypto and file I/O: call off the FX thread.
     */
    public static CertificateStore open(AppDirectories directories) throws CertStoreException {
        try {
            return opener(directories).open();
        } catch (CertStoreException e) {
            if (e.kind() != CertStoreException.Kind.WRONG_STORE_PASSWORD
                    && e.kind() != CertStoreException.Kind.STORE_PASSWORD_NEEDED) {
                throw e;
            }
            Path aside = directory(directories).resolveSibling("store.unreadable-" + System.currentTimeMillis());
            LOG.warn(
                    "the demo store does not open with the demo secret ({}); moved to {} and starting a new one",
                    e.kind(),
                    aside.getFileName());
            try {
                Files.move(directory(directories), aside);
            } catch (IOException moveFailed) {
                throw new UncheckedIOException("cannot move the unreadable demo store aside", moveFailed);
            }
            return opener(directories).open();
        }
    }

    /** The demo store when a demo has run here before (the window and the CLI resolve demo profiles with it). */
    public static Optional<CertificateStore> openIfPresent(AppDirectories directories) {
        if (!Files.isDirectory(directory(directories))
                || !Files.isRegularFile(
                        new DemoPkiFiles(DemoEnvironment.demoDirectory(directories), Map.of()).passwordFile())) {
            return Optional.empty();
        }
        try {
            return Optional.of(opener(directories).open());
        } catch (CertStoreException e) {
            LOG.info("demo store not usable ({}): demo profiles connect again after the next --demo", e.kind());
            return Optional.empty();
        }
    }

    private static com.springcoreexplorer.certstore.StoreOpener opener(AppDirectories directories) {
        char[] secret = new DemoPkiFiles(DemoEnvironment.demoDirectory(directories), Map.of()).ownSecret();
        try {
            // the demo's secret only: neither the user's environment variable nor the OS keychain
            return CertificateStore.at(directory(directories))
                    .environment(Map.of())
                    .useOsKeychain(false)
                    .masterPassword(secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
