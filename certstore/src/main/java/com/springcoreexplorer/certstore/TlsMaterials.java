package com.springcoreexplorer.certstore;

import com.springcoreexplorer.certstore.CertStoreException.Kind;
import com.springcoreexplorer.certstore.store.Pkcs12Files;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/** Builds {@link TlsMaterial}: one in-memory key entry (leaf + intermediates), the anchors as trusted entries. */
final class TlsMaterials {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TlsMaterials() {}

    static TlsMaterial of(
            PrivateKey key, List<X509Certificate> chain, List<X509Certificate> anchors, IdentityEntry entry)
            throws CertStoreException {
        // the in-memory keystore needs some password; a random one that never leaves this method
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        char[] transientPassword = Base64.getEncoder().encodeToString(random).toCharArray();
        try {
            KeyStore keys = Pkcs12Files.empty();
            keys.setKeyEntry("identity", key, transientPassword, chain.toArray(X509Certificate[]::new));
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, transientPassword);
            KeyStore trusted = Pkcs12Files.empty();
            for (int i = 0; i < anchors.size(); i++) {
                trusted.setCertificateEntry("anchor-" + i, anchors.get(i));
            }
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance("PKIX");
            trustManagers.init(trusted);
            return new TlsMaterial(keyManagers, trustManagers, entry.commonName(), entry.role(), entry.name());
        } catch (Exception e) {
            throw new CertStoreException(
                    Kind.INTERNAL,
                    entry.name(),
                    "could not prepare TLS for '" + entry.name() + "' (details in the log)",
                    e);
        } finally {
            Arrays.fill(transientPassword, '\0');
        }
    }
}
