package com.springcoreexplorer.ui.certificates;

/** What the user's certificate store needs before it can be used or changed; the window asks at once, in these words. */
public enum StoreLock {
    /** Unlocked (OS keychain, environment variable or a master password already given). */
    OPEN("", ""),
    /** A store exists and nothing unlocks it: the user types the master password. */
    LOCKED(
            "Enter the master password",
            "The certificate store is locked: enter its master password to see and use your certificates."),
    /** No store yet and no OS keychain to keep a password: the first save needs one the user chooses. */
    NEEDS_NEW_PASSWORD(
            "Choose a master password",
            "Choose a master password for your certificate store: it encrypts your private keys (there is no OS keychain to keep one).");

    private final String heading;
    private final String explanation;

    StoreLock(String heading, String explanation) {
        this.heading = heading;
        this.explanation = explanation;
    }

    public String heading() {
        return heading;
    }

    public String explanation() {
        return explanation;
    }
}
