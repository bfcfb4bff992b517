package com.springcoreexplorer.certstore.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * A certificate with its private key and the chain above it (issuer first, root last; the root is
 * included). Generated material only: demo mode and tests. Never persisted in plain form by the
 * product except where a caller explicitly exports demo files.
 */
public record IssuedCertificate(X509Certificate certificate, PrivateKey privateKey, List<X509Certificate> issuers) {

    public IssuedCertificate {
        issuers = List.copyOf(issuers);
    }

    /** Leaf first, then every issuer up to and including the root. */
    public List<X509Certificate> chain() {
        List<X509Certificate> chain = new ArrayList<>(issuers.size() + 1);
        chain.add(certificate);
        chain.addAll(issuers);
        return List.copyOf(chain);
    }

    public X509Certificate[] chainArray() {
        return chain().toArray(X509Certificate[]::new);
    }

    public String commonName() {
        return CertificateIssuer.commonNameOf(certificate);
    }
}
