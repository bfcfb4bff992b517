package com.springcoreexplorer.certstore.pki;

import java.time.Duration;
import java.util.Objects;

/**
 * A PKI shaped like SpringCard's: one root and one intermediate per kind of certificate
 * (docs/architecture.md, "Certificates and roles"). Device certificates are X.509 v1 with no
 * extensions, EC P-256, CN = serial number, like real SpringCore readers; CA keys are RSA-2048.
 *
 * <p>Subject names carry a configurable label (e.g. "Demo") so generated material can never be
 * mistaken for a real PKI's.
 */
public final class SpringCorePki {

    public static final String ROOT_CA = "SpringCore Root CA";
    public static final String CLOUD_CA = "SpringCore Cloud CA";
    public static final String CLIENT_CA = "SpringCore Client CA";
    public static final String WATCH_CA = "SpringCore Watch CA";
    public static final String CONTROL_CA = "SpringCore Control CA";

    private static final Duration CA_VALIDITY = Duration.ofDays(365L * 30);
    private static final Duration LEAF_VALIDITY = Duration.ofDays(365L * 2);

    private final String label;
    private final IssuedCertificate root;
    private final IssuedCertificate cloudCa;
    private final IssuedCertificate clientCa;
    private final IssuedCertificate watchCa;
    private final IssuedCertificate controlCa;

    private SpringCorePki(String label) {
        this.label = label;
        this.root = CertificateIssuer.subject(dn("SpringCore Root", ROOT_CA))
                .profile(CertificateIssuer.Profile.ROOT_CA)
                .keyAlgorithm(KeyAlgorithm.RSA_2048)
                .validFor(CA_VALIDITY)
                .issue();
        this.cloudCa = intermediate("SpringCore Cloud", CLOUD_CA);
        this.clientCa = intermediate("SpringCore Client", CLIENT_CA);
        this.watchCa = intermediate("SpringCore Watch", WATCH_CA);
        this.controlCa = intermediate("SpringCore Control", CONTROL_CA);
    }

    /**
     * Generates a new hierarchy. {@code label} goes into every subject's O (e.g. "SpringCore
     * Explorer Demo"); CA common names are the SpringCore names so role detection works unchanged.
     */
    public static SpringCorePki generate(String label) {
        return new SpringCorePki(Objects.requireNonNull(label, "label"));
    }

    private String dn(String organizationalUnit, String commonName) {
        return "C=FR, O=" + label + ", OU=" + organizationalUnit + ", CN=" + commonName;
    }

    private IssuedCertificate intermediate(String unit, String commonName) {
        return CertificateIssuer.subject(dn(unit, commonName))
                .profile(CertificateIssuer.Profile.INTERMEDIATE_CA)
                .keyAlgorithm(KeyAlgorithm.RSA_2048)
                .issuedBy(root)
                .validFor(CA_VALIDITY)
                .issue();
    }

    /** The broker's TLS certificate from the Cloud CA, with SANs for each host name or IP literal. */
    public IssuedCertificate brokerCertificate(String commonName, String... subjectAltNames) {
        return CertificateIssuer.subject(dn("SpringCore Cloud", commonName))
                .profile(CertificateIssuer.Profile.TLS_SERVER)
                .keyAlgorithm(KeyAlgorithm.EC_P256)
                .issuedBy(cloudCa)
                .subjectAltNames(subjectAltNames)
                .validFor(LEAF_VALIDITY)
                .issue();
    }

    /** A reader's certificate: X.509 v1, no extensions, EC P-256, CN = serial number. */
    public IssuedCertificate deviceCertificate(String serialNumber) {
        return CertificateIssuer.subject(
                        "C=FR, ST=Ile-de-France, O=" + label + ", OU=SpringCore Client, CN=" + serialNumber)
                .profile(CertificateIssuer.Profile.DEVICE_V1)
                .keyAlgorithm(KeyAlgorithm.EC_P256)
                .issuedBy(clientCa)
                .validFor(Duration.ofDays(365L * 30))
                .issue();
    }

    /** A Watcher identity: subscribe everywhere, publish nowhere. */
    public IssuedCertificate watcherCertificate(String commonName) {
        return clientIdentity(watchCa, "SpringCore Watch", commonName);
    }

    /** A Control identity: read and write every topic. */
    public IssuedCertificate controlCertificate(String commonName) {
        return clientIdentity(controlCa, "SpringCore Control", commonName);
    }

    private IssuedCertificate clientIdentity(IssuedCertificate ca, String unit, String commonName) {
        return CertificateIssuer.subject(dn(unit, commonName))
                .profile(CertificateIssuer.Profile.TLS_CLIENT)
                .keyAlgorithm(KeyAlgorithm.EC_P256)
                .issuedBy(ca)
                .validFor(LEAF_VALIDITY)
                .issue();
    }

    public String label() {
        return label;
    }

    public IssuedCertificate root() {
        return root;
    }

    public IssuedCertificate cloudCa() {
        return cloudCa;
    }

    public IssuedCertificate clientCa() {
        return clientCa;
    }

    public IssuedCertificate watchCa() {
        return watchCa;
    }

    public IssuedCertificate controlCa() {
        return controlCa;
    }
}
