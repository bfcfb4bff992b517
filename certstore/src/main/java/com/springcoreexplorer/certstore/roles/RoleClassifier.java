package com.springcoreexplorer.certstore.roles;

import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.certstore.validation.CertificateFacts;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides a certificate's {@link Role} from the CA that issued it: first the user's mappings (CA
 * SHA-256 fingerprint -> role, for their own PKI), then the SpringCore CA names.
 *
 * @param mappings canonical fingerprint (see {@link CertificateFacts#canonicalFingerprint}) -> role
 */
public record RoleClassifier(Map<String, Role> mappings) {

    public RoleClassifier {
        mappings = Map.copyOf(mappings);
    }

    /** The role by SpringCore CA common name alone (case and surrounding spaces ignored). */
    public static Role byIssuerName(String issuerCommonName) {
        String name = issuerCommonName == null ? "" : issuerCommonName.trim().toLowerCase(Locale.ROOT);
        if (name.equals(SpringCorePki.WATCH_CA.toLowerCase(Locale.ROOT))) {
            return Role.WATCHER;
        }
        if (name.equals(SpringCorePki.CONTROL_CA.toLowerCase(Locale.ROOT))) {
            return Role.CONTROL;
        }
        if (name.equals(SpringCorePki.CLIENT_CA.toLowerCase(Locale.ROOT))) {
            return Role.DEVICE;
        }
        return Role.UNKNOWN;
    }

    /**
     * @param chain      leaf first, then the intermediates stored with it
     * @param anchors    stored trust anchors, where the issuer may be when the chain lacks it
     */
    public Role classify(List<X509Certificate> chain, List<X509Certificate> anchors) {
        X509Certificate leaf = chain.getFirst();
        Optional<X509Certificate> issuer = issuerOf(leaf, chain, anchors);
        if (issuer.isPresent()) {
            Role mapped = mappings.get(CertificateFacts.sha256(issuer.get()));
            if (mapped != null) {
                return mapped;
            }
        }
        return byIssuerName(CertificateFacts.issuerCommonName(leaf));
    }

    /** The issuing CA's certificate, from the chain or else the trust anchors (name and signature checked). */
    public static Optional<X509Certificate> issuerOf(
            X509Certificate leaf, List<X509Certificate> chain, List<X509Certificate> anchors) {
        for (List<X509Certificate> candidates : List.of(chain, anchors)) {
            for (X509Certificate candidate : candidates) {
                if (candidate != leaf && CertificateFacts.issuedBy(leaf, candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** A warning for an UNKNOWN role, telling the user how to fix it. */
    public static String unknownRoleWarning(X509Certificate leaf) {
        return "role unknown: the issuer " + CertificateFacts.issuerCommonName(leaf)
                + " is not a SpringCore Watch, Control or Client CA; map its fingerprint to a role if your PKI uses it for one";
    }
}
