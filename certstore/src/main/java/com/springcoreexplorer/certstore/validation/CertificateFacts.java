package com.springcoreexplorer.certstore.validation;

import com.springcoreexplorer.certstore.pki.CertificateIssuer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;

/** The facts the store shows about a certificate: names, fingerprint, key type. */
public final class CertificateFacts {

    private CertificateFacts() {}

    /** SHA-256 of the DER encoding, upper-case hex with colons (as openssl and browsers show it). */
    public static String sha256(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("SHA-256 of a parsed certificate cannot fail", e);
        }
    }

    /** Accepts any spelling (colons, spaces, lower case) and returns the canonical one; null if not 32 bytes of hex. */
    public static String canonicalFingerprint(String text) {
        if (text == null) {
            return null;
        }
        String hex = text.replaceAll("[\\s:.-]", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            return null;
        }
        return HexFormat.ofDelimiter(":")
                .withUpperCase()
                .formatHex(HexFormat.of().parseHex(hex));
    }

    public static String commonName(X509Certificate certificate) {
        return CertificateIssuer.commonNameOf(certificate);
    }

    public static String issuerCommonName(X509Certificate certificate) {
        return CertificateIssuer.commonNameOf(certificate.getIssuerX500Principal());
    }

    public static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
    }

    /** A short description: the subject's CN, or the whole subject when it has no CN. */
    public static String label(X509Certificate certificate) {
        String cn = commonName(certificate);
        return cn.isEmpty() ? subject(certificate) : "CN=" + cn;
    }

    /** "RSA 2048", "EC P-256", "EC P-384", "Ed25519", ... */
    public static String keyType(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return "RSA " + rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            return switch (bits) {
                case 256 -> "EC P-256";
                case 384 -> "EC P-384";
                case 521 -> "EC P-521";
                default -> "EC " + bits;
            };
        }
        if (key instanceof java.security.interfaces.EdECKey ed) {
            return ed.getParams().getName();
        }
        return key.getAlgorithm();
    }

    /** Whether the certificate is self-signed (subject = issuer and its own key verifies it). */
    public static boolean selfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                && issuedBy(certificate, certificate);
    }

    /** Whether {@code issuer} signed {@code certificate} (names match and the signature verifies). */
    public static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            // any verification failure (bad signature, unknown algorithm) means "not this issuer"
            return false;
        }
    }
}
