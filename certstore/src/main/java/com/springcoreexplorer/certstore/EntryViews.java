package com.springcoreexplorer.certstore;

import com.springcoreexplorer.certstore.CertStoreException.Kind;
import com.springcoreexplorer.certstore.roles.RoleClassifier;
import com.springcoreexplorer.certstore.validation.CertificateFacts;
import com.springcoreexplorer.certstore.validation.TrustCheck;
import com.springcoreexplorer.certstore.validation.Validity;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** What the store shows about stored certificates, computed from them and the anchors at call time. */
final class EntryViews {

    private EntryViews() {}

    /** The entry view of a chain: role, trust and warnings computed now. */
    static IdentityEntry describe(
            String name,
            List<X509Certificate> chain,
            List<X509Certificate> anchors,
            Map<String, Role> mappings,
            String notes,
            List<String> extraWarnings) {
        X509Certificate leaf = chain.getFirst();
        Instant now = Instant.now();
        Role role = new RoleClassifier(mappings).classify(chain, anchors);
        TrustCheck trust = TrustCheck.of(chain, anchors, now);
        List<String> warnings = new ArrayList<>();
        for (X509Certificate certificate : chain) {
            Validity.warning(certificate, now).ifPresent(warnings::add);
        }
        if (!trust.trusted()) {
            warnings.add("untrusted: " + trust.reason());
        }
        if (role == Role.UNKNOWN) {
            warnings.add(RoleClassifier.unknownRoleWarning(leaf));
        }
        warnings.addAll(extraWarnings);
        return new IdentityEntry(
                name,
                role,
                CertificateFacts.commonName(leaf),
                CertificateFacts.subject(leaf),
                CertificateFacts.issuerCommonName(leaf),
                leaf.getNotBefore().toInstant(),
                leaf.getNotAfter().toInstant(),
                CertificateFacts.keyType(leaf.getPublicKey()),
                CertificateFacts.sha256(leaf),
                chain.stream().map(CertificateFacts::subject).toList(),
                trust.trusted(),
                warnings,
                notes);
    }

    static String pem(List<X509Certificate> certificates) throws CertStoreException {
        StringBuilder text = new StringBuilder();
        Base64.Encoder encoder = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (X509Certificate certificate : certificates) {
            try {
                text.append("# ")
                        .append(CertificateFacts.subject(certificate))
                        .append('\n')
                        .append("-----BEGIN CERTIFICATE-----\n")
                        .append(encoder.encodeToString(certificate.getEncoded()))
                        .append('\n')
                        .append("-----END CERTIFICATE-----\n");
            } catch (Exception e) {
                throw new CertStoreException(
                        Kind.STORE_DAMAGED, null, "a stored certificate cannot be encoded (details in the log)", e);
            }
        }
        return text.toString();
    }

    static TrustAnchorEntry anchor(String name, X509Certificate certificate) {
        return new TrustAnchorEntry(
                name,
                CertificateFacts.subject(certificate),
                CertificateFacts.commonName(certificate),
                CertificateFacts.sha256(certificate),
                certificate.getNotAfter().toInstant());
    }

    /**
     * Appends intermediates the identity was imported without but which are stored as trust anchors:
     * Java's key manager sends no certificate at all when the server asks for one under the root and
     * the key entry lacks the intermediate.
     */
    static List<X509Certificate> completedFromAnchors(List<X509Certificate> chain, List<X509Certificate> anchors) {
        List<X509Certificate> completed = new ArrayList<>(chain);
        while (completed.size() < 10 && !CertificateFacts.selfSigned(completed.getLast())) {
            X509Certificate last = completed.getLast();
            X509Certificate issuer = anchors.stream()
                    .filter(a -> !completed.contains(a)
                            && !CertificateFacts.selfSigned(a)
                            && CertificateFacts.issuedBy(last, a))
                    .findFirst()
                    .orElse(null);
            if (issuer == null) {
                break;
            }
            completed.add(issuer);
        }
        return completed;
    }
}
