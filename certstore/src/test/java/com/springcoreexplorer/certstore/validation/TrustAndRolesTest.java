package com.springcoreexplorer.certstore.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.IdentityEntry;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.ImportPreview;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.CertificateIssuer;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.KeyAlgorithm;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.certstore.roles.RoleClassifier;
import com.springcoreexplorer.certstore.testing.KeyFiles;
import com.springcoreexplorer.certstore.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trust (PKIX to stored anchors), v1 device certificates, expiry warnings and roles. */
class TrustAndRolesTest {

    private static SpringCorePki pki;

    @TempDir
    Path data;

    @BeforeAll
    static void generate() {
        pki = SpringCorePki.generate("Trust Test");
    }

    private static ImportPreview preview(CertificateStore store, IssuedCertificate identity) throws CertStoreException {
        return store.importPreview(
                List.of(KeyFiles.file(
                        identity.commonName() + ".pem",
                        KeyFiles.pkcs8Pem(identity.privateKey()) + KeyFiles.chainPem(identity))),
                ImportPasswords.none());
    }

    private static void trustRoot(CertificateStore store) throws CertStoreException {
        store.addTrustAnchors(List.of(
                KeyFiles.file("root.pem", KeyFiles.certificatePem(pki.root().certificate()))));
    }

    @Test
    void x509v1DeviceCertificateImportsValidatesAndIsADevice() throws Exception {
        IssuedCertificate device = pki.deviceCertificate("16051974");
        assertThat(device.certificate().getVersion()).isEqualTo(1);
        CertificateStore store = TestStores.open(data);
        trustRoot(store);

        IdentityEntry entry = store.save(preview(store, device), null, "");

        assertThat(entry.trusted()).isTrue();
        assertThat(entry.role()).isEqualTo(Role.DEVICE);
        assertThat(entry.commonName()).isEqualTo("16051974");
        assertThat(entry.keyType()).isEqualTo("EC P-256");
        assertThat(entry.warnings()).isEmpty();
        assertThat(entry.chain()).hasSize(3);
    }

    @Test
    void withoutAnchorsTheIdentityIsUntrustedAndSaysHowToFixIt() throws Exception {
        ImportPreview preview = preview(TestStores.open(data), pki.watcherCertificate("w"));
        assertThat(preview.entry().trusted()).isFalse();
        assertThat(preview.warnings())
                .anyMatch(w -> w.startsWith("untrusted: no trust anchor is stored") && w.contains("trust add"));
    }

    @Test
    void anIntermediateAloneCanBeTheAnchor() throws Exception {
        CertificateStore store = TestStores.open(data);
        store.addTrustAnchors(List.of(KeyFiles.file(
                "watch-ca.pem", KeyFiles.certificatePem(pki.watchCa().certificate()))));
        assertThat(preview(store, pki.watcherCertificate("w")).entry().trusted())
                .isTrue();
    }

    @Test
    void rogueCaIsUntrusted() throws Exception {
        IssuedCertificate rogueRoot = CertificateIssuer.subject("CN=SpringCore Root CA, O=Rogue")
                .profile(CertificateIssuer.Profile.ROOT_CA)
                .keyAlgorithm(KeyAlgorithm.RSA_2048)
                .validFor(Duration.ofDays(3650))
                .issue();
        IssuedCertificate rogueWatch = CertificateIssuer.subject("CN=SpringCore Watch CA, O=Rogue")
                .profile(CertificateIssuer.Profile.INTERMEDIATE_CA)
                .keyAlgorithm(KeyAlgorithm.RSA_2048)
                .issuedBy(rogueRoot)
                .validFor(Duration.ofDays(3650))
                .issue();
        IssuedCertificate impostor =
                CertificateIssuer.subject("CN=impostor").issuedBy(rogueWatch).issue();
        CertificateStore store = TestStores.open(data);
        trustRoot(store);

        ImportPreview preview = preview(store, impostor);

        assertThat(preview.entry().trusted()).isFalse();
        assertThat(preview.warnings())
                .anyMatch(w -> w.startsWith("untrusted: the chain does not build to a stored trust anchor"));
    }

    @Test
    void expiringWithinThirtyDaysIsWarned() throws Exception {
        IssuedCertificate soon = CertificateIssuer.subject("CN=soon")
                .issuedBy(pki.controlCa())
                .validFor(Duration.ofDays(10))
                .issue();
        CertificateStore store = TestStores.open(data);
        trustRoot(store);
        ImportPreview preview = preview(store, soon);
        assertThat(preview.warnings()).anyMatch(w -> w.startsWith("CN=soon expires on") && w.contains("days"));
        assertThat(preview.entry().trusted()).isTrue();
    }

    @Test
    void aV1IntermediateCaIsTrustedOnlyWhenItIsTheAnchorItself() throws Exception {
        // JDK, BC and openssl all refuse a v1 CA inside a path; storing it as the anchor is the way out
        IssuedCertificate v1Ca = CertificateIssuer.subject("CN=SpringCore Client CA, O=Legacy")
                .profile(CertificateIssuer.Profile.DEVICE_V1)
                .keyAlgorithm(KeyAlgorithm.RSA_2048)
                .issuedBy(pki.root())
                .validFor(Duration.ofDays(3650))
                .issue();
        IssuedCertificate device = CertificateIssuer.subject("CN=20240101")
                .profile(CertificateIssuer.Profile.DEVICE_V1)
                .issuedBy(v1Ca)
                .validFor(Duration.ofDays(3650))
                .issue();
        CertificateStore store = TestStores.open(data);
        trustRoot(store);
        ImportPreview underRoot = preview(store, device);
        assertThat(underRoot.entry().trusted()).isFalse();
        assertThat(underRoot.role()).isEqualTo(Role.DEVICE);

        store.addTrustAnchors(List.of(KeyFiles.file("v1-ca.pem", KeyFiles.certificatePem(v1Ca.certificate()))));
        assertThat(preview(store, device).entry().trusted()).isTrue();
    }

    @Test
    void rolesFollowSpringCoreCaNames() {
        assertThat(RoleClassifier.byIssuerName("SpringCore Watch CA")).isEqualTo(Role.WATCHER);
        assertThat(RoleClassifier.byIssuerName(" springcore control ca ")).isEqualTo(Role.CONTROL);
        assertThat(RoleClassifier.byIssuerName("SpringCore Client CA")).isEqualTo(Role.DEVICE);
        assertThat(RoleClassifier.byIssuerName("SpringCore Cloud CA")).isEqualTo(Role.UNKNOWN);
        assertThat(RoleClassifier.byIssuerName("Let's Encrypt")).isEqualTo(Role.UNKNOWN);
    }

    @Test
    void userMappingByCaFingerprintWinsAndPersists() throws Exception {
        IssuedCertificate ownRoot = CertificateIssuer.subject("CN=ACME Root")
                .profile(CertificateIssuer.Profile.ROOT_CA)
                .keyAlgorithm(KeyAlgorithm.RSA_2048)
                .validFor(Duration.ofDays(3650))
                .issue();
        IssuedCertificate opsCa = CertificateIssuer.subject("CN=ACME Ops CA")
                .profile(CertificateIssuer.Profile.INTERMEDIATE_CA)
                .keyAlgorithm(KeyAlgorithm.EC_P384)
                .issuedBy(ownRoot)
                .validFor(Duration.ofDays(3650))
                .issue();
        IssuedCertificate operator = CertificateIssuer.subject("CN=operator")
                .keyAlgorithm(KeyAlgorithm.RSA_2048)
                .issuedBy(opsCa)
                .issue();
        CertificateStore store = TestStores.open(data);
        store.save(preview(store, operator), "operator", "");
        assertThat(store.show("operator").role()).isEqualTo(Role.UNKNOWN);
        assertThat(store.show("operator").warnings())
                .anyMatch(w -> w.startsWith("role unknown: the issuer ACME Ops CA"));

        String fingerprint =
                CertificateFacts.sha256(opsCa.certificate()).replace(":", "").toLowerCase();
        store.mapRole(fingerprint, Role.CONTROL);

        CertificateStore reopened = TestStores.open(data);
        assertThat(reopened.show("operator").role()).isEqualTo(Role.CONTROL);
        assertThat(reopened.roleMappings()).containsEntry(CertificateFacts.sha256(opsCa.certificate()), Role.CONTROL);
        reopened.unmapRole(fingerprint);
        assertThat(reopened.show("operator").role()).isEqualTo(Role.UNKNOWN);

        CertStoreException invalid =
                catchThrowableOfType(CertStoreException.class, () -> store.mapRole("abc", Role.WATCHER));
        assertThat(invalid.kind()).isEqualTo(CertStoreException.Kind.INVALID_FINGERPRINT);
    }

    @Test
    void mappingAppliesWhenTheIssuerIsOnlyAnAnchor() throws Exception {
        IssuedCertificate ownCa = CertificateIssuer.subject("CN=Plant Watch CA")
                .profile(CertificateIssuer.Profile.ROOT_CA)
                .keyAlgorithm(KeyAlgorithm.RSA_2048)
                .validFor(Duration.ofDays(3650))
                .issue();
        IssuedCertificate watcher =
                CertificateIssuer.subject("CN=plant-watcher").issuedBy(ownCa).issue();
        CertificateStore store = TestStores.open(data);
        store.addTrustAnchors(List.of(KeyFiles.file("plant.pem", KeyFiles.certificatePem(ownCa.certificate()))));
        store.mapRole(CertificateFacts.sha256(ownCa.certificate()), Role.WATCHER);
        ImportPreview preview = store.importPreview(
                List.of(KeyFiles.file(
                        "w.pem",
                        KeyFiles.pkcs8Pem(watcher.privateKey()) + KeyFiles.certificatePem(watcher.certificate()))),
                ImportPasswords.none());
        assertThat(preview.role()).isEqualTo(Role.WATCHER);
        assertThat(preview.entry().trusted()).isTrue();
    }
}
