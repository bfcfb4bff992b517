package com.springcoreexplorer.certstore;

/**
 * What a certificate lets its holder do on a SpringCore broker, decided by the CA that issued it
 * (docs/architecture.md, "Certificates and roles").
 */
public enum Role {
    /** Issued by the Watch CA: subscribe to every topic, publish none. */
    WATCHER("Watcher", true, false),
    /** Issued by the Control CA: read and write every topic. */
    CONTROL("Control", true, true),
    /** Issued by the Client CA: a reader; only its own {@code {prefix}/{CN}/#} topics. */
    DEVICE("Device", false, true),
    /** Any other issuer: the broker decides; the product assumes nothing. */
    UNKNOWN("Unknown", true, true);

    private final String displayName;
    private final boolean mayReadAll;
    private final boolean mayPublish;

    Role(String displayName, boolean mayReadAll, boolean mayPublish) {
        this.displayName = displayName;
        this.mayReadAll = mayReadAll;
        this.mayPublish = mayPublish;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the broker is expected to accept this role's subscriptions to every topic. */
    public boolean mayReadAll() {
        return mayReadAll;
    }

    /** False only when the broker is known to refuse every publish (Watcher): say so before the user tries. */
    public boolean mayPublish() {
        return mayPublish;
    }
}
