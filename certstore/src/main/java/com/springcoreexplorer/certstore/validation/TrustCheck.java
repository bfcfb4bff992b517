package com.springcoreexplorer.certstore.validation;

import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a chain builds to one of the stored trust anchors: PKIX, revocation off (a desktop tool
 * has no reliable CRL/OCSP access), at a given time. X.509 v1 leaves (SpringCore devices) pass.
 * An anchor may be an intermediate (e.g. only the Watch CA stored): the path is cut where it meets one.
 *
 * @param trusted whether a path validated
 * @param reason  why not, one line, when not trusted
 */
public record TrustCheck(boolean trusted, String reason) {

    public static TrustCheck of(List<X509Certificate> chain, List<X509Certificate> anchors, Instant at) {
        if (anchors.isEmpty()) {
            return new TrustCheck(false, "no trust anchor is stored: add your PKI's CA certificates with 'trust add'");
        }
        Set<TrustAnchor> trustAnchors = new HashSet<>();
        for (X509Certificate anchor : anchors) {
            trustAnchors.add(new TrustAnchor(anchor, null));
        }
        String firstReason = null;
        // try the longest path first, then shorter ones (an anchor may sit inside the chain)
        for (int length = chain.size(); length >= 1; length--) {
            List<X509Certificate> path = chain.subList(0, length);
            if (length > 1 && CertificateFacts.selfSigned(path.get(length - 1))) {
                continue; // a root is the anchor, never part of the path
            }
            try {
                CertificateFactory factory = CertificateFactory.getInstance("X.509");
                CertPath certPath = factory.generateCertPath(path);
                PKIXParameters parameters = new PKIXParameters(trustAnchors);
                parameters.setRevocationEnabled(false);
                parameters.setDate(Date.from(at));
                CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
                return new TrustCheck(true, "");
            } catch (CertPathValidatorException e) {
                if (firstReason == null) {
                    firstReason = e.getMessage();
                }
            } catch (Exception e) {
                if (firstReason == null) {
                    firstReason = e.getClass().getSimpleName();
                }
            }
        }
        return new TrustCheck(
                false,
                "the chain does not build to a stored trust anchor (" + firstReason
                        + "): add the issuing CA's chain with 'trust add' if you trust it");
    }
}
