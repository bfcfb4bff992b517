package com.springcoreexplorer.certstore.importing;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertStoreException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * PKCS#12 files through the JDK's reader: modern (PBES2/AES) and legacy (RC2-40, 3DES). Bouncy
 * Castle's is not used: its {@code getKey} accepts a wrong key password. The empty password is
 * tried first (many exports use it); "wrong password" is decided by the exception's cause type.
 */
final class Pkcs12Reader {

    private Pkcs12Reader() {}

    static ParsedFile read(String name, byte[] bytes, Optional<char[]> password) throws CertStoreException {
        List<char[]> attempts = new ArrayList<>();
        attempts.add(new char[0]); // the empty password first: many exports use it
        password.filter(p -> p.length > 0).ifPresent(p -> attempts.add(p.clone()));
        try {
            for (char[] attempt : attempts) {
                KeyStore store = load(name, bytes, attempt);
                if (store != null) {
                    return contents(name, store, attempt);
                }
            }
        } finally {
            attempts.forEach(a -> Arrays.fill(a, '\0'));
        }
        if (password.filter(p -> p.length > 0).isPresent()) {
            throw FileParser.wrongPassword(name, null);
        }
        throw new CertStoreException(
                Kind.NEEDS_PASSWORD, name, name + " is password-protected: enter its password", null);
    }

    /** The loaded store, or null when this password is wrong. */
    private static KeyStore load(String name, byte[] bytes, char[] password) throws CertStoreException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", "SUN");
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                return null;
            }
            throw FileParser.damaged(name, e);
        } catch (Exception e) {
            throw FileParser.damaged(name, e);
        }
    }

    private static ParsedFile contents(String name, KeyStore store, char[] password) throws CertStoreException {
        List<X509Certificate> certificates = new ArrayList<>();
        List<PrivateKey> keys = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, password);
                    if (key instanceof PrivateKey privateKey) {
                        keys.add(privateKey);
                    }
                    Certificate[] chain = store.getCertificateChain(alias);
                    if (chain != null) {
                        for (Certificate certificate : chain) {
                            certificates.add((X509Certificate) certificate);
                        }
                    }
                } else if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    certificates.add(certificate);
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new CertStoreException(
                    Kind.WRONG_PASSWORD,
                    name,
                    name + ": the key inside has a password different from the file's: re-export it with one password",
                    e);
        } catch (Exception e) {
            throw FileParser.damaged(name, e);
        }
        if (keys.isEmpty() && certificates.isEmpty()) {
            throw new CertStoreException(
                    Kind.NO_PRIVATE_KEY,
                    name,
                    "no private key in " + name
                            + " (a PKCS#12 holding only certificates): export the PKCS#12 with its key, or add the key file",
                    null);
        }
        return new ParsedFile(name, "PKCS#12", certificates, keys, List.of());
    }
}
