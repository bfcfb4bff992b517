package com.springcoreexplorer.certstore.store;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertStoreException.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import javax.crypto.spec.PBEParameterSpec;

/**
 * Reads and writes the store's PKCS#12 files with the JDK's implementation only: it writes PBES2
 * AES-256-CBC with HMAC-SHA256 integrity (openssl 3 reads it). Bouncy Castle's writer would use
 * 3DES/RC2-40/SHA-1 and must never be used here.
 */
public final class Pkcs12Files {

    /** Key entries: PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC, stated rather than left to defaults. */
    public static final String KEY_PROTECTION = "PBEWithHmacSHA256AndAES_256";

    private static final int ITERATIONS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pkcs12Files() {}

    public static KeyStore empty() throws CertStoreException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", "SUN");
            store.load(null, null);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new CertStoreException(
                    Kind.INTERNAL, null, "the JDK's PKCS#12 support is missing: use a full JDK 25 runtime", e);
        }
    }

    /** Protection for one key entry: fresh salt, the product's algorithm. */
    public static KeyStore.PasswordProtection protection(char[] password) {
        byte[] salt = new byte[20];
        RANDOM.nextBytes(salt);
        return new KeyStore.PasswordProtection(password, KEY_PROTECTION, new PBEParameterSpec(salt, ITERATIONS));
    }

    /** Loads {@code file}, or an empty store when it does not exist yet. */
    public static KeyStore load(Path file, char[] password) throws CertStoreException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException absent) {
            return empty();
        } catch (IOException e) {
            throw new CertStoreException(
                    Kind.STORE_IO,
                    file.toString(),
                    "cannot read the certificate store " + file + " ("
                            + e.getClass().getSimpleName() + "): check its permissions",
                    e);
        }
        KeyStore store = empty();
        try {
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new CertStoreException(
                        Kind.WRONG_STORE_PASSWORD,
                        file.toString(),
                        "wrong store password: the certificate store " + file + " does not open with it",
                        e);
            }
            throw damaged(file, e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw damaged(file, e);
        }
    }

    private static CertStoreException damaged(Path file, Exception e) {
        return new CertStoreException(
                Kind.STORE_DAMAGED,
                file.toString(),
                "the certificate store " + file
                        + " is damaged and cannot be read: restore it from a backup, or move it away to start a new store",
                e);
    }

    /** Serialises and writes atomically (temp file, fsync, rename), 0600. */
    public static void save(KeyStore store, Path file, char[] password) throws CertStoreException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            store.store(bytes, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new CertStoreException(
                    Kind.INTERNAL, file.toString(), "could not encrypt the certificate store (details in the log)", e);
        }
        try {
            AtomicFiles.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new CertStoreException(
                    Kind.STORE_IO,
                    file.toString(),
                    "could not write the certificate store " + file + " ("
                            + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "): check free space and permissions; the old store is unchanged",
                    e);
        }
    }
}
