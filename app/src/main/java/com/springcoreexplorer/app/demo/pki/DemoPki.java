package com.springcoreexplorer.app.demo.pki;

import com.springcoreexplorer.certstore.pki.CertificateIssuer;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.KeyAlgorithm;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

/**
 * The demo's SpringCore-shaped PKI: root, Cloud/Client/Watch/Control CAs (with their keys, so the
 * demo can issue a fresh broker certificate each run), one Watcher, one Control and a few reader
 * certificates (X.509 v1, CN = serial number). Every subject carries {@link #LABEL}: it can never be
 * mistaken for a real SpringCore PKI.
 *
 * <p>Certificates are known at once; keys are decrypted on first use of an identity accessor
 * ({@link #broker()}, {@link #devices()}, ...), so a start touches only the keys it needs.
 */
public final class DemoPki {

    public static final String LABEL = "SpringCore Explorer Demo";
    public static final String WATCHER_CN = "demo-watcher";
    public static final String CONTROL_CN = "demo-control";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration CA_VALIDITY = Duration.ofDays(365L * 30);
    private static final Duration LEAF_VALIDITY = Duration.ofDays(365L * 2);
    private static final Executor KEY_GENERATION =
            task -> Thread.ofPlatform().daemon().name("demo-pki-keys").start(task);

    private final LazyIdentity root;
    private final LazyIdentity cloudCa;
    private final LazyIdentity clientCa;
    private final LazyIdentity watchCa;
    private final LazyIdentity controlCa;
    private final LazyIdentity broker;
    private final LazyIdentity watcher;
    private final LazyIdentity control;
    private final List<LazyIdentity> devices;

    DemoPki(
            LazyIdentity root,
            LazyIdentity cloudCa,
            LazyIdentity clientCa,
            LazyIdentity watchCa,
            LazyIdentity controlCa,
            LazyIdentity broker,
            LazyIdentity watcher,
            LazyIdentity control,
            List<LazyIdentity> devices) {
        this.root = Objects.requireNonNull(root, "root");
        this.cloudCa = Objects.requireNonNull(cloudCa, "cloudCa");
        this.clientCa = Objects.requireNonNull(clientCa, "clientCa");
        this.watchCa = Objects.requireNonNull(watchCa, "watchCa");
        this.controlCa = Objects.requireNonNull(controlCa, "controlCa");
        this.broker = Objects.requireNonNull(broker, "broker");
        this.watcher = Objects.requireNonNull(watcher, "watcher");
        this.control = Objects.requireNonNull(control, "control");
        this.devices = List.copyOf(devices);
    }

    public IssuedCertificate root() {
        return root.get();
    }

    public IssuedCertificate cloudCa() {
        return cloudCa.get();
    }

    public IssuedCertificate clientCa() {
        return clientCa.get();
    }

    public IssuedCertificate watchCa() {
        return watchCa.get();
    }

    public IssuedCertificate controlCa() {
        return controlCa.get();
    }
    /** The broker's certificate (Cloud CA; localhost and 127.0.0.1) and key. */
    public IssuedCertificate broker() {
        return broker.get();
    }

    public IssuedCertificate watcher() {
        return watcher.get();
    }

    public IssuedCertificate control() {
        return control.get();
    }
    /** Every reader identity (decrypts every reader key). */
    public List<IssuedCertificate> devices() {
        return devices(devices.size());
    }

    /** The first {@code count} reader identities. */
    public List<IssuedCertificate> devices(int count) {
        return devices.subList(0, Math.min(count, devices.size())).stream()
                .map(LazyIdentity::get)
                .toList();
    }

    /** The root certificate (no key needed). */
    public X509Certificate rootCertificate() {
        return root.certificate();
    }

    public X509Certificate clientCaCertificate() {
        return clientCa.certificate();
    }

    public X509Certificate watchCaCertificate() {
        return watchCa.certificate();
    }

    public X509Certificate controlCaCertificate() {
        return controlCa.certificate();
    }

    LazyIdentity rootEntry() {
        return root;
    }

    LazyIdentity cloudCaEntry() {
        return cloudCa;
    }

    LazyIdentity clientCaEntry() {
        return clientCa;
    }

    LazyIdentity watchCaEntry() {
        return watchCa;
    }

    LazyIdentity controlCaEntry() {
        return controlCa;
    }

    LazyIdentity brokerEntry() {
        return broker;
    }

    LazyIdentity watcherEntry() {
        return watcher;
    }

    LazyIdentity controlEntry() {
        return control;
    }

    List<LazyIdentity> deviceEntries() {
        return devices;
    }

    /**
     * A new hierarchy with {@code deviceCount} readers. The five CA keys are EC P-256, not RSA-2048
     * like SpringCore's: the hierarchy, names and roles are what the demo shows, and five RSA keys
     * were most of a first start's time on a small machine (about 3 s on two busy cores; EC: a few ms).
     */
    public static DemoPki generate(int deviceCount) {
        List<CompletableFuture<KeyPair>> caKeys = IntStream.range(0, 5)
                .mapToObj(i -> CompletableFuture.supplyAsync(KeyAlgorithm.EC_P256::generate, KEY_GENERATION))
                .toList();
        IssuedCertificate root = CertificateIssuer.subject(dn("SpringCore Root", SpringCorePki.ROOT_CA))
                .profile(CertificateIssuer.Profile.ROOT_CA)
                .keyPair(caKeys.get(0).join())
                .validFor(CA_VALIDITY)
                .issue();
        IssuedCertificate cloudCa =
                intermediate(root, caKeys.get(1).join(), "SpringCore Cloud", SpringCorePki.CLOUD_CA);
        IssuedCertificate clientCa =
                intermediate(root, caKeys.get(2).join(), "SpringCore Client", SpringCorePki.CLIENT_CA);
        IssuedCertificate watchCa =
                intermediate(root, caKeys.get(3).join(), "SpringCore Watch", SpringCorePki.WATCH_CA);
        IssuedCertificate controlCa =
                intermediate(root, caKeys.get(4).join(), "SpringCore Control", SpringCorePki.CONTROL_CA);
        IssuedCertificate watcher = clientIdentity(watchCa, "SpringCore Watch", WATCHER_CN);
        IssuedCertificate control = clientIdentity(controlCa, "SpringCore Control", CONTROL_CN);
        IssuedCertificate broker = brokerCertificate(cloudCa);
        DemoPki pki = new DemoPki(
                LazyIdentity.of(root),
                LazyIdentity.of(cloudCa),
                LazyIdentity.of(clientCa),
                LazyIdentity.of(watchCa),
                LazyIdentity.of(controlCa),
                LazyIdentity.of(broker),
                LazyIdentity.of(watcher),
                LazyIdentity.of(control),
                List.of());
        return pki.withDevices(deviceCount);
    }

    private static String dn(String unit, String commonName) {
        return "C=FR, O=" + LABEL + ", OU=" + unit + ", CN=" + commonName;
    }

    private static IssuedCertificate intermediate(
            IssuedCertificate root, KeyPair keys, String unit, String commonName) {
        return CertificateIssuer.subject(dn(unit, commonName))
                .profile(CertificateIssuer.Profile.INTERMEDIATE_CA)
                .keyPair(keys)
                .issuedBy(root)
                .validFor(CA_VALIDITY)
                .issue();
    }

    private static IssuedCertificate clientIdentity(IssuedCertificate ca, String unit, String commonName) {
        return CertificateIssuer.subject(dn(unit, commonName))
                .profile(CertificateIssuer.Profile.TLS_CLIENT)
                .keyAlgorithm(KeyAlgorithm.EC_P256)
                .issuedBy(ca)
                .validFor(LEAF_VALIDITY)
                .issue();
    }

    /** This PKI with at least {@code count} readers (new ones issued by the same Client CA). */
    public DemoPki withDevices(int count) {
        if (devices.size() >= count) {
            return this;
        }
        List<LazyIdentity> more = new ArrayList<>(devices);
        List<String> serials = new ArrayList<>(deviceSerials());
        while (more.size() < count) {
            String serial = newSerial(serials);
            serials.add(serial);
            more.add(LazyIdentity.of(deviceCertificate(serial)));
        }
        return new DemoPki(root, cloudCa, clientCa, watchCa, controlCa, broker, watcher, control, more);
    }

    /** Same subject shape as {@link SpringCorePki#deviceCertificate}: X.509 v1, EC P-256, CN = serial. */
    private IssuedCertificate deviceCertificate(String serial) {
        return CertificateIssuer.subject("C=FR, ST=Ile-de-France, O=" + LABEL + ", OU=SpringCore Client, CN=" + serial)
                .profile(CertificateIssuer.Profile.DEVICE_V1)
                .keyAlgorithm(KeyAlgorithm.EC_P256)
                .issuedBy(clientCa.get())
                .validFor(Duration.ofDays(365L * 30))
                .issue();
    }

    /** The broker's certificate from the Cloud CA, for localhost and 127.0.0.1 (the demo listens on loopback only). */
    static IssuedCertificate brokerCertificate(IssuedCertificate cloudCa) {
        return CertificateIssuer.subject(dn("SpringCore Cloud", "localhost"))
                .profile(CertificateIssuer.Profile.TLS_SERVER)
                .keyAlgorithm(KeyAlgorithm.EC_P256)
                .issuedBy(cloudCa)
                .subjectAltNames("localhost", "127.0.0.1")
                .validFor(LEAF_VALIDITY)
                .issue();
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
        return devices.stream()
                .map(d -> CertificateIssuer.commonNameOf(d.certificate()))
                .toList();
    }

    private static String newSerial(List<String> taken) {
        while (true) {
            byte[] bytes = new byte[4];
            RANDOM.nextBytes(bytes);
            String serial = HexFormat.of().withUpperCase().formatHex(bytes);
            if (!taken.contains(serial)) {
                return serial;
            }
        }
    }
}
