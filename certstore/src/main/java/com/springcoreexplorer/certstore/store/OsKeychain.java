package com.springcoreexplorer.certstore.store;

import com.github.javakeyring.Keyring;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OS keychain (macOS Keychain, Windows Credential Manager, Secret Service) through
 * java-keyring. Absent on headless Linux (BackendNotSupportedException after about 0.1 s): then
 * every call answers "nothing", and the store falls back to the master password.
 */
public final class OsKeychain {

    private static final Logger LOG = LoggerFactory.getLogger(OsKeychain.class);
    static final String SERVICE = "SpringCore Explorer";

    private OsKeychain() {}

    /** The password kept for {@code account}, if a keychain exists and holds one. */
    public static Optional<char[]> read(String account) {
        try (Keyring keyring = Keyring.create()) {
            String value = keyring.getPassword(SERVICE, account);
            return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value.toCharArray());
        } catch (Exception | LinkageError e) {
            // no backend, no entry, locked keychain, missing native library: all mean "not from here"
            LOG.debug("OS keychain gives no store password ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Whether an OS keychain answers here at all (probed once: on headless Linux it never appears later). */
    public static boolean available() {
        return Availability.ANSWER;
    }

    private static final class Availability {
        static final boolean ANSWER = probe();

        private static boolean probe() {
            try (Keyring keyring = Keyring.create()) {
                return keyring != null;
            } catch (Exception | LinkageError e) {
                LOG.debug("no OS keychain ({})", e.getClass().getSimpleName());
                return false;
            }
        }
    }

    /** Keeps {@code password} for {@code account}; false when no keychain took it. */
    public static boolean write(String account, char[] password) {
        try (Keyring keyring = Keyring.create()) {
            keyring.setPassword(SERVICE, account, new String(password));
            return true;
        } catch (Exception | LinkageError e) {
            LOG.info(
                    "OS keychain not available ({}); the store needs a master password",
                    e.getClass().getSimpleName());
            return false;
        }
    }
}
