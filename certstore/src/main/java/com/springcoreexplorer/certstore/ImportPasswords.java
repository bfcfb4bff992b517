package com.springcoreexplorer.certstore;

import java.util.Map;
import java.util.Optional;

/**
 * Passwords for encrypted import files, asked for only when a file needs one: the importer fails
 * with {@link CertStoreException.Kind#NEEDS_PASSWORD} naming the file, the caller asks the user and
 * tries again with the password added. A password for a file that needs none is ignored.
 */
@FunctionalInterface
public interface ImportPasswords {

    /** The password for the file named {@code fileName}, if the user gave one. */
    Optional<char[]> passwordFor(String fileName);

    /** No passwords (first attempt). */
    static ImportPasswords none() {
        return file -> Optional.empty();
    }

    /** One password for every file (command line {@code --password-env} / {@code --password-file}). */
    static ImportPasswords same(char[] password) {
        return file -> Optional.of(password.clone());
    }

    /** A password per file name (GUI: one field per encrypted file). */
    static ImportPasswords perFile(Map<String, char[]> passwords) {
        Map<String, char[]> copy = Map.copyOf(passwords);
        return file -> Optional.ofNullable(copy.get(file)).map(char[]::clone);
    }
}
