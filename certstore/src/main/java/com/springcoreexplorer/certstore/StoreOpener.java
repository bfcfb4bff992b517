package com.springcoreexplorer.certstore;

import com.springcoreexplorer.certstore.store.StoreFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Opens a {@link CertificateStore}. The password is taken from, in order: the environment variable
 * {@value CertificateStore#PASSWORD_ENVIRONMENT_VARIABLE}, the OS keychain (if enabled and one
 * exists; a new store gets a random password kept there at its first change), the master password
 * given here. A new store with none of them opens (it lists nothing) and its first change fails
 * with STORE_PASSWORD_NEEDED. When none
 * applies, {@link #open()} fails with STORE_PASSWORD_NEEDED: ask the user ({@link #storeExists()}
 * says whether to word it "set" or "enter") and open again with {@link #masterPassword(char[])}.
 */
public final class StoreOpener {

    private final Path dataDirectory;
    private Map<String, String> environment = Map.of();
    private boolean useOsKeychain = true;
    private char[] masterPassword;

    StoreOpener(Path dataDirectory) {
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory")
                .toAbsolutePath()
                .normalize();
    }

    /** The process environment to read the store password variable from (usually {@code System.getenv()}). */
    public StoreOpener environment(Map<String, String> value) {
        this.environment = Map.copyOf(value);
        return this;
    }

    /** Whether to use the OS keychain; tests turn it off so they never touch a developer's keychain. */
    public StoreOpener useOsKeychain(boolean value) {
        this.useOsKeychain = value;
        return this;
    }

    /** The master password the user typed (used only when neither environment nor keychain has one). */
    public StoreOpener masterPassword(char[] value) {
        this.masterPassword = value == null ? null : value.clone();
        return this;
    }

    /** Whether a store has been saved in this directory yet. */
    public boolean storeExists() {
        StoreFiles files = new StoreFiles(dataDirectory);
        return Files.exists(files.identities()) || Files.exists(files.trustAnchors());
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Opens the store, checking the password against the existing store file if there is one. */
    public CertificateStore open() throws CertStoreException {
        return DefaultCertificateStore.open(dataDirectory, environment, useOsKeychain, masterPassword);
    }
}
