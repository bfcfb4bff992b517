package com.springcoreexplorer.app.demo.pki;

import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A certificate known at once and its key decrypted on first use. Each key of a PKCS#12 costs a
 * PBKDF2 run (hundreds of ms in a cold JVM on a small machine): the demo decrypts only the keys it
 * uses, when it uses them.
 */
final class LazyIdentity {

    private final X509Certificate certificate;
    private final List<X509Certificate> issuers;
    private final Callable<PrivateKey> keyLoader;
    private IssuedCertificate loaded;

    LazyIdentity(X509Certificate certificate, List<X509Certificate> issuers, Callable<PrivateKey> keyLoader) {
        this.certificate = certificate;
        this.issuers = List.copyOf(issuers);
        this.keyLoader = keyLoader;
    }

    static LazyIdentity of(IssuedCertificate issued) {
        LazyIdentity identity = new LazyIdentity(issued.certificate(), issued.issuers(), issued::privateKey);
        identity.loaded = issued;
        return identity;
    }

    X509Certificate certificate() {
        return certificate;
    }

    synchronized IssuedCertificate get() {
        if (loaded == null) {
            try {
                loaded = new IssuedCertificate(certificate, keyLoader.call(), issuers);
            } catch (Exception e) {
                throw new IllegalStateException(
                        "cannot read the demo key of " + certificate.getSubjectX500Principal(), e);
            }
        }
        return loaded;
    }
}
