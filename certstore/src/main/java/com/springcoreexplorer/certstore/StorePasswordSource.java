package com.springcoreexplorer.certstore;

/** Where the store password came from (shown in settings so the user knows what unlocks the store). */
public enum StorePasswordSource {
    /** The {@value CertificateStore#PASSWORD_ENVIRONMENT_VARIABLE} environment variable. */
    ENVIRONMENT,
    /** The OS keychain (a random password the store created on first use). */
    OS_KEYCHAIN,
    /** A master password the user set and types. */
    MASTER_PASSWORD
}
