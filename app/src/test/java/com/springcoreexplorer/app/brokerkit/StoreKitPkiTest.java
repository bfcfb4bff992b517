package com.springcoreexplorer.app.brokerkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broker-kit --from-store}: CAs and role names from a real certificate store. */
class StoreKitPkiTest {

    @TempDir
    Path data;

    private CertificateStore store() throws Exception {
        return CertificateStore.at(data)
                .environment(Map.of(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE, "kit-test"))
                .useOsKeychain(false)
                .open();
    }

    private static void importIdentity(CertificateStore store, IssuedCertificate identity, String name)
            throws Exception {
        ImportFile cert = new ImportFile(
                name + ".pem", PemFiles.certificates(identity.chain()).getBytes(StandardCharsets.US_ASCII));
        ImportFile key = new ImportFile(
                name + "-key.pem",
                PemFiles.unencryptedPrivateKey(identity.privateKey()).getBytes(StandardCharsets.US_ASCII));
        store.save(store.importPreview(List.of(cert, key), ImportPasswords.none()), name, "");
    }

    @Test
    void takesRootsIssuingCasAndRoleNamesFromTheStoreAndNoKey() throws Exception {
        SpringCorePki pki = SpringCorePki.generate("Store Kit Test");
        CertificateStore store = store();
        store.addTrustAnchors(List.of(new ImportFile(
                "root.pem",
                PemFiles.certificates(List.of(pki.root().certificate())).getBytes(StandardCharsets.US_ASCII))));
        importIdentity(store, pki.watcherCertificate("ops-watcher"), "watcher");
        importIdentity(store, pki.controlCertificate("backoffice"), "control");

        KitPki kit = StoreKitPki.read(store);
        assertThat(kit.caCertificates())
                .extracting(X509Certificate::getSubjectX500Principal)
                .contains(
                        pki.root().certificate().getSubjectX500Principal(),
                        pki.watchCa().certificate().getSubjectX500Principal(),
                        pki.controlCa().certificate().getSubjectX500Principal());
        assertThat(kit.watcherNames()).containsExactly("ops-watcher");
        assertThat(kit.controlNames()).containsExactly("backoffice");
        assertThat(kit.broker()).isEmpty();
        assertThat(kit.clients()).isEmpty();

        MosquittoKit.Written written = MosquittoKit.write(
                new MosquittoKit.Options(
                        data.resolve("kit"),
                        "mqtt.example.org",
                        8883,
                        null,
                        MosquittoKit.DEFAULT_PREFIX,
                        "unused".toCharArray()),
                kit);
        assertThat(written.brokerCertificateIncluded()).isFalse();
        assertThat(Files.readString(written.acl()))
                .contains("user ops-watcher\ntopic read #", "user backoffice\ntopic readwrite #");
        assertThat(Files.readString(written.readme())).contains("Bring your broker certificate");
        assertThat(data.resolve("kit/server-key.pem")).doesNotExist();
    }

    @Test
    void anEmptyStoreSaysWhatToDo() throws Exception {
        assertThatThrownBy(() -> StoreKitPki.read(store()))
                .isInstanceOf(MosquittoKit.KitException.class)
                .hasMessageContaining("import your Watcher/Control certificates first");
    }
}
