package com.springcoreexplorer.mqtt.testing;

import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/** In-memory key/trust managers straight from generated material, for tests below the certstore API. */
public final class TestTls {

    private static final char[] PASSWORD = "test".toCharArray();

    private TestTls() {}

    /** Keeps the intermediates in the key entry: with the leaf alone Java sends no certificate at all. */
    /** TLS material like the store hands out, built straight from generated material. */
    public static com.springcoreexplorer.certstore.TlsMaterial material(
            IssuedCertificate identity, com.springcoreexplorer.certstore.Role role, X509Certificate... anchors) {
        return new com.springcoreexplorer.certstore.TlsMaterial(
                keyManagers(identity), trustManagers(anchors), identity.commonName(), role, identity.commonName());
    }

    public static KeyManagerFactory keyManagers(IssuedCertificate identity) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("identity", identity.privateKey(), PASSWORD, identity.chainArray());
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, PASSWORD);
            return factory;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TrustManagerFactory trustManagers(X509Certificate... anchors) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (int i = 0; i < anchors.length; i++) {
                store.setCertificateEntry("anchor-" + i, anchors[i]);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
