package com.springcoreexplorer.app.demo.pki;

import com.springcoreexplorer.certstore.pki.CertificateIssuer;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.KeyAlgorithm;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The demo's SpringCore-shaped PKI: root, Cloud/Client/Watch/Control CAs (with their keys, so the
 * demo can issue a fresh broker certificate each run), one Watcher, one Control and a few reader
 * certificates (X.509 v1, CN = serial number). Every subject carries {@link #LABEL}: it can never be
 * mistaken for a real SpringCore PKI.
 */
public record DemoPki(IssuedCertificate root, IssuedCertificate cloudCa, IssuedCertificate clientCa,
                      IssuedCertificate watchCa, IssuedCertificate controlCa,
                      IssuedCertificate watcher, IssuedCertificate control, List<IssuedCertificate> devices) {

    public static final String LABEL = "SpringCore Explorer Demo";
    public static final String WATCHER_CN = "demo-watcher";
    public static final String CONTROL_CN = "demo-control";
    private static final SecureRandom RANDOM = new SecureRandom();

    public DemoPki {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(cloudCa, "cloudCa");
        Objects.requireNonNull(clientCa, "clientCa");
        Objects.requireNonNull(watchCa, "watchCa");
        Objects.requireNonNull(controlCa, "controlCa");
        Objects.requireNonNull(watcher, "watcher");
        Objects.requireNonNull(control, "control");
        devices = List.copyOf(devices);
    }

    /** A new hierarchy with {@code deviceCount} readers (a few seconds of RSA key generation). */
    public static DemoPki generate(int deviceCount) {
        SpringCorePki pki = SpringCorePki.generate(LABEL);
        List<IssuedCertificate> devices = new ArrayList<>();
        for (int i = 0; i < deviceCount; i++) {
            devices.add(pki.deviceCertificate(newSerial(devices)));
        }
        return new DemoPki(pki.root(), pki.cloudCa(), pki.clientCa(), pki.watchCa(), pki.controlCa(),
                pki.watcherCertificate(WATCHER_CN), pki.controlCertificate(CONTROL_CN), devices);
    }

    /** This PKI with at least {@code count} readers (new ones issued by the same Client CA). */
    public DemoPki withDevices(int count) {
        if (devices.size() >= count) {
            return this;
        }
        List<IssuedCertificate> more = new ArrayList<>(devices);
        while (more.size() < count) {
            more.add(deviceCertificate(newSerial(more)));
        }
        return new DemoPki(root, cloudCa, clientCa, watchCa, controlCa, watcher, control, more);
    }

    /** Same subject shape as {@link SpringCorePki#deviceCertificate}: X.509 v1, EC P-256, CN = serial. */
    private IssuedCertificate deviceCertificate(String serial) {
        return CertificateIssuer.subject("C=FR, ST=Ile-de-France, O=" + LABEL + ", OU=SpringCore Client, CN=" + serial)
                .profile(CertificateIssuer.Profile.DEVICE_V1).keyAlgorithm(KeyAlgorithm.EC_P256)
                .issuedBy(clientCa).validFor(Duration.ofDays(365L * 30)).issue();
    }

    /** A fresh broker certificate for this run (its key never touches the disk unencrypted). */
    public IssuedCertificate brokerCertificate(String... subjectAltNames) {
        return CertificateIssuer.subject("C=FR, O=" + LABEL + ", OU=SpringCore Cloud, CN=" + subjectAltNames[0])
                .profile(CertificateIssuer.Profile.TLS_SERVER).keyAlgorithm(KeyAlgorithm.EC_P256)
                .issuedBy(cloudCa).subjectAltNames(subjectAltNames).validFor(Duration.ofDays(365L * 2)).issue();
    }

    /** What a client trusts to check the broker: the Cloud CA and the root (leaf's issuer first). */
    public List<X509Certificate> brokerChainAnchors() {
        return List.of(cloudCa.certificate(), root.certificate());
    }

    /** The CAs whose clients the broker accepts (not the Cloud CA, not the bare root). */
    public List<X509Certificate> clientIssuingCas() {
        return List.of(clientCa.certificate(), watchCa.certificate(), controlCa.certificate());
    }

    /** Serial numbers of the readers, in order. */
    public List<String> deviceSerials() {
        return devices.stream().map(IssuedCertificate::commonName).toList();
    }

    private static String newSerial(List<IssuedCertificate> taken) {
        while (true) {
            byte[] bytes = new byte[4];
            RANDOM.nextBytes(bytes);
            String serial = HexFormat.of().withUpperCase().formatHex(bytes);
            if (taken.stream().noneMatch(d -> d.commonName().equals(serial))) {
                return serial;
            }
        }
    }
}
