package com.springcoreexplorer.mqtt.profile;

/** The profiles file cannot be read or written; the message says what is wrong and what to do, in one line. */
public final class ProfileStoreException extends Exception {

    public ProfileStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProfileStoreException(String message) {
        super(message);
    }
}
