package com.springcoreexplorer.certstore;

import com.springcoreexplorer.certstore.CertStoreException.Kind;
import java.security.KeyStore;
import java.util.Locale;

/**
 * Entry names: what the user sees (case kept) and the keystore alias (lower case: the JDK's
 * PKCS#12 compares aliases case-insensitively), so names are unique regardless of case.
 */
final class EntryNames {

    static final int MAX_NAME_LENGTH = 64;

    private EntryNames() {}

    static String alias(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    static boolean containsAlias(KeyStore store, String alias) {
        try {
            return store.containsAlias(alias);
        } catch (Exception e) {
            return false;
        }
    }

    static String checked(String name) throws CertStoreException {
        String trimmed = name.trim();
        if (trimmed.isEmpty()
                || trimmed.length() > MAX_NAME_LENGTH
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new CertStoreException(
                    Kind.INVALID_NAME,
                    name,
                    "'" + name + "' cannot be a name: use 1 to " + MAX_NAME_LENGTH + " printable characters",
                    null);
        }
        return trimmed;
    }

    static String unique(KeyStore store, String base) {
        String trimmed = base.strip();
        String candidate = trimmed.length() > MAX_NAME_LENGTH - 5 ? trimmed.substring(0, MAX_NAME_LENGTH - 5) : trimmed;
        candidate = candidate.chars().anyMatch(Character::isISOControl) ? "identity" : candidate;
        String name = candidate;
        for (int n = 2; containsAlias(store, alias(name)); n++) {
            name = candidate + " (" + n + ")";
        }
        return name;
    }
}
