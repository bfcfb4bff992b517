package com.springcoreexplorer.certstore.pki;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v1CertificateBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v1CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues X.509 certificates with Bouncy Castle: self-signed roots, intermediate CAs, TLS servers,
 * client identities, and SpringCore-style X.509 v1 device certificates (no extensions at all).
 * Used by demo mode, the broker kit and every test that needs real certificates.
 */
public final class CertificateIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What kind of certificate to make; decides extensions (v3) or none (v1). */
    public enum Profile {
        ROOT_CA,
        INTERMEDIATE_CA,
        TLS_SERVER,
        TLS_CLIENT,
        DEVICE_V1
    }

    private final String subject;
    private Profile profile = Profile.TLS_CLIENT;
    private KeyAlgorithm keyAlgorithm = KeyAlgorithm.EC_P256;
    private KeyPair keyPair;
    private IssuedCertificate issuer;
    private Instant notBefore = Instant.now().minus(Duration.ofHours(1));
    private Instant notAfter = Instant.now().plus(Duration.ofDays(365));
    private final List<String> subjectAltNames = new ArrayList<>();

    private CertificateIssuer(String subject) {
        this.subject = Objects.requireNonNull(subject, "subject");
    }

    /** Starts a certificate for an RFC 4514 subject, e.g. {@code "C=FR, O=SpringCard, CN=16051974"}. */
    public static CertificateIssuer subject(String distinguishedName) {
        return new CertificateIssuer(distinguishedName);
    }

    public CertificateIssuer profile(Profile value) {
        this.profile = value;
        return this;
    }

    public CertificateIssuer keyAlgorithm(KeyAlgorithm value) {
        this.keyAlgorithm = value;
        return this;
    }
    /** Certify an existing key pair instead of generating one. */
    public CertificateIssuer keyPair(KeyPair value) {
        this.keyPair = value;
        return this;
    }
    /** Signed by this CA; without it the certificate is self-signed. */
    public CertificateIssuer issuedBy(IssuedCertificate value) {
        this.issuer = value;
        return this;
    }

    public CertificateIssuer validFrom(Instant value) {
        this.notBefore = value;
        return this;
    }

    public CertificateIssuer validUntil(Instant value) {
        this.notAfter = value;
        return this;
    }

    public CertificateIssuer validFor(Duration value) {
        this.notAfter = notBefore.plus(value);
        return this;
    }
    /** DNS names or IP literals; IP literals become iPAddress entries. */
    public CertificateIssuer subjectAltNames(String... names) {
        subjectAltNames.addAll(List.of(names));
        return this;
    }

    public IssuedCertificate issue() {
        KeyPair pair = keyPair != null ? keyPair : keyAlgorithm.generate();
        X500Name subjectName = new X500Name(subject);
        X500Name issuerName = issuer == null
                ? subjectName
                : X500Name.getInstance(
                        issuer.certificate().getSubjectX500Principal().getEncoded());
        java.security.PrivateKey signingKey = issuer == null ? pair.getPrivate() : issuer.privateKey();
        BigInteger serial = new BigInteger(127, RANDOM).add(BigInteger.ONE);
        try {
            ContentSigner signer =
                    new JcaContentSignerBuilder(KeyAlgorithm.signatureAlgorithmFor(signingKey)).build(signingKey);
            X509CertificateHolder holder;
            if (profile == Profile.DEVICE_V1) {
                X509v1CertificateBuilder builder = new JcaX509v1CertificateBuilder(
                        issuerName, serial, Date.from(notBefore), Date.from(notAfter), subjectName, pair.getPublic());
                holder = builder.build(signer);
            } else {
                X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                        issuerName, serial, Date.from(notBefore), Date.from(notAfter), subjectName, pair.getPublic());
                addExtensions(builder, pair.getPublic());
                holder = builder.build(signer);
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            List<X509Certificate> issuers = issuer == null ? List.of() : issuer.chain();
            return new IssuedCertificate(certificate, pair.getPrivate(), issuers);
        } catch (OperatorCreationException | CertificateException | CertIOException e) {
            throw new IllegalStateException("could not issue certificate for " + subject, e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void addExtensions(X509v3CertificateBuilder builder, PublicKey publicKey)
            throws CertIOException, java.security.NoSuchAlgorithmException {
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(publicKey));
        if (issuer != null) {
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    utils.createAuthorityKeyIdentifier(issuer.certificate().getPublicKey()));
        }
        switch (profile) {
            case ROOT_CA -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            case INTERMEDIATE_CA -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            case TLS_SERVER -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(
                        Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                builder.addExtension(
                        Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            }
            case TLS_CLIENT -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(
                        Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                builder.addExtension(
                        Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            }
            case DEVICE_V1 -> throw new IllegalStateException("v1 certificates carry no extensions");
        }
        if (!subjectAltNames.isEmpty()) {
            GeneralName[] names =
                    subjectAltNames.stream().map(CertificateIssuer::generalName).toArray(GeneralName[]::new);
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
        }
    }

    private static GeneralName generalName(String name) {
        boolean ipLiteral = name.matches("[0-9.]+") || name.contains(":");
        if (ipLiteral) {
            try {
                return new GeneralName(
                        GeneralName.iPAddress, InetAddress.getByName(name).getHostAddress());
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP literal: " + name, e);
            }
        }
        return new GeneralName(GeneralName.dNSName, name);
    }

    /** The subject's Common Name, or "" when there is none. */
    public static String commonNameOf(X509Certificate certificate) {
        return commonNameOf(certificate.getSubjectX500Principal());
    }

    public static String commonNameOf(X500Principal principal) {
        RDN[] rdns = X500Name.getInstance(principal.getEncoded()).getRDNs(BCStyle.CN);
        if (rdns.length == 0) {
            return "";
        }
        ASN1Encodable value = rdns[0].getFirst().getValue();
        return IETFUtils.valueToString(value);
    }
}
