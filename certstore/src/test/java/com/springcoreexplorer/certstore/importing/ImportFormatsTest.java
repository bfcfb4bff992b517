package com.springcoreexplorer.certstore.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.IdentityEntry;
import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.ImportPreview;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.CertificateIssuer;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.KeyAlgorithm;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.certstore.testing.KeyFiles;
import com.springcoreexplorer.certstore.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format users bring imports to the same identity (generated here with Bouncy Castle and openssl). */
class ImportFormatsTest {

    private static final String PASSWORD = "s3cret passphrase";
    private static SpringCorePki pki;
    private static IssuedCertificate watcher;

    @TempDir
    static Path folder;

    @TempDir
    Path data;

    @BeforeAll
    static void generate() {
        pki = SpringCorePki.generate("Import Test");
        watcher = pki.watcherCertificate("watcher-1");
    }

    static Stream<Arguments> formats() {
        KeyFiles files = new KeyFiles(folder);
        String chain = KeyFiles.chainPem(watcher);
        var key = watcher.privateKey();
        return Stream.of(
                Arguments.of(
                        "PEM chain + PKCS#8 PEM key",
                        List.of(KeyFiles.file("chain.pem", chain), KeyFiles.file("key.pem", KeyFiles.pkcs8Pem(key)))),
                Arguments.of(
                        "one PEM with key + cert + chain",
                        List.of(KeyFiles.file("all.pem", KeyFiles.pkcs8Pem(key) + chain))),
                Arguments.of(
                        "SEC1 EC PEM key",
                        List.of(KeyFiles.file("chain.pem", chain), KeyFiles.file("ec.key", files.traditionalPem(key)))),
                Arguments.of(
                        "encrypted PKCS#8 (BC)",
                        List.of(
                                KeyFiles.file("chain.pem", chain),
                                KeyFiles.file("enc.key", KeyFiles.encryptedPkcs8Pem(key, PASSWORD)))),
                Arguments.of(
                        "encrypted PKCS#8 (openssl)",
                        List.of(
                                KeyFiles.file("chain.pem", chain),
                                KeyFiles.file("enc.key", files.opensslEncryptedPkcs8(key, PASSWORD)))),
                Arguments.of(
                        "legacy PEM DES-EDE3 (openssl)",
                        List.of(
                                KeyFiles.file("chain.pem", chain),
                                KeyFiles.file("des3.key", files.opensslTraditionalEncrypted(key, "des3", PASSWORD)))),
                Arguments.of(
                        "legacy PEM AES-256 (openssl)",
                        List.of(
                                KeyFiles.file("chain.pem", chain),
                                KeyFiles.file("aes.key", files.opensslTraditionalEncrypted(key, "aes256", PASSWORD)))),
                Arguments.of(
                        "legacy PEM AES-128 (BC)",
                        List.of(
                                KeyFiles.file("chain.pem", chain),
                                KeyFiles.file("aes.key", KeyFiles.legacyEncryptedPem(key, "AES-128-CBC", PASSWORD)))),
                Arguments.of(
                        "DER cert + DER chain + DER PKCS#8",
                        List.of(
                                KeyFiles.file("leaf.der", KeyFiles.certificateDer(watcher.certificate())),
                                KeyFiles.file(
                                        "ca.der",
                                        KeyFiles.certificateDer(pki.watchCa().certificate())),
                                KeyFiles.file("key.der", KeyFiles.pkcs8Der(key)))),
                Arguments.of(
                        "DER SEC1 key",
                        List.of(
                                KeyFiles.file("chain.pem", chain),
                                KeyFiles.file("key.der", files.traditionalDer(key)))),
                Arguments.of(
                        "DER encrypted PKCS#8 (openssl)",
                        List.of(
                                KeyFiles.file("chain.pem", chain),
                                KeyFiles.file("enc.der", files.opensslEncryptedPkcs8Der(key, PASSWORD)))),
                Arguments.of(
                        "openssl pkcs12 -nodes dump with Bag Attributes",
                        List.of(KeyFiles.file(
                                "dump.pem",
                                files.opensslPkcs12AsPem(files.pkcs12(watcher, PASSWORD, false), PASSWORD)))),
                Arguments.of(
                        "PKCS#7 .p7b chain + PKCS#8 key",
                        List.of(
                                KeyFiles.file("chain.p7b", files.pkcs7Der(watcher)),
                                KeyFiles.file("key.pem", KeyFiles.pkcs8Pem(key)))),
                Arguments.of(
                        "PKCS#12 with an empty password",
                        List.of(KeyFiles.file("open.p12", files.pkcs12(watcher, "", false)))),
                Arguments.of(
                        "PKCS#12 modern (openssl)",
                        List.of(KeyFiles.file("id.p12", files.pkcs12(watcher, PASSWORD, false)))),
                Arguments.of(
                        "PKCS#12 legacy RC2/3DES (openssl -legacy)",
                        List.of(KeyFiles.file("id.pfx", files.pkcs12(watcher, PASSWORD, true)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void importsEveryFormat(String format, List<ImportFile> importFiles) throws Exception {
        CertificateStore store = TestStores.open(data);
        store.addTrustAnchors(List.of(
                KeyFiles.file("root.pem", KeyFiles.certificatePem(pki.root().certificate()))));

        ImportPreview preview = store.importPreview(importFiles, ImportPasswords.same(PASSWORD.toCharArray()));

        assertThat(preview.leaf()).isEqualTo(watcher.certificate());
        assertThat(preview.chain())
                .startsWith(watcher.certificate(), pki.watchCa().certificate());
        assertThat(preview.role()).isEqualTo(Role.WATCHER);
        assertThat(preview.entry().trusted()).isTrue();
        assertThat(preview.entry().keyType()).isEqualTo("EC P-256");
        assertThat(preview.suggestedName()).isEqualTo("watcher-1");

        IdentityEntry saved = store.save(preview, null, "from " + format);
        assertThat(store.show("watcher-1")).isEqualTo(saved);
        assertThat(saved.commonName()).isEqualTo("watcher-1");
        assertThat(saved.issuerCommonName()).isEqualTo(SpringCorePki.WATCH_CA);
    }

    @Test
    void aPasswordForAFileThatNeedsNoneIsIgnored() throws Exception {
        CertificateStore store = TestStores.open(data);
        ImportPreview preview = store.importPreview(
                List.of(KeyFiles.file("all.pem", KeyFiles.pkcs8Pem(watcher.privateKey()) + KeyFiles.chainPem(watcher))),
                ImportPasswords.same("not needed".toCharArray()));
        assertThat(preview.leaf()).isEqualTo(watcher.certificate());
    }

    static Stream<KeyAlgorithm> keyTypes() {
        return Stream.of(
                KeyAlgorithm.RSA_2048,
                KeyAlgorithm.RSA_4096,
                KeyAlgorithm.EC_P256,
                KeyAlgorithm.EC_P384,
                KeyAlgorithm.ED25519);
    }

    @ParameterizedTest
    @MethodSource("keyTypes")
    void importsEveryKeyTypeAsPkcs1OrSec1AndPkcs12(KeyAlgorithm algorithm) throws Exception {
        IssuedCertificate identity = CertificateIssuer.subject("C=FR, O=Import Test, CN=control-" + algorithm)
                .keyAlgorithm(algorithm)
                .issuedBy(pki.controlCa())
                .validFor(Duration.ofDays(400))
                .issue();
        CertificateStore store = TestStores.open(data);
        String key = algorithm == KeyAlgorithm.ED25519
                ? KeyFiles.pkcs8Pem(identity.privateKey())
                : new KeyFiles(folder).traditionalPem(identity.privateKey());
        ImportPreview pem = store.importPreview(
                List.of(KeyFiles.file("cert.pem", KeyFiles.chainPem(identity)), KeyFiles.file("key.pem", key)),
                ImportPasswords.none());
        ImportPreview p12 = store.importPreview(
                List.of(KeyFiles.file("id.p12", new KeyFiles(folder).pkcs12(identity, PASSWORD, false))),
                ImportPasswords.same(PASSWORD.toCharArray()));

        String expectedType = switch (algorithm) {
            case RSA_2048 -> "RSA 2048";
            case RSA_4096 -> "RSA 4096";
            case EC_P256 -> "EC P-256";
            case EC_P384 -> "EC P-384";
            default -> "Ed25519";
        };
        assertThat(pem.entry().keyType()).isEqualTo(expectedType);
        assertThat(p12.leaf()).isEqualTo(identity.certificate());
        assertThat(pem.role()).isEqualTo(Role.CONTROL);
    }

    @Test
    void findsLeafKeyAndChainInAnyOrderAcrossFiles() throws Exception {
        List<ImportFile> files = new ArrayList<>(List.of(
                KeyFiles.file("root.crt", KeyFiles.certificatePem(pki.root().certificate())),
                KeyFiles.file("key.pem", KeyFiles.pkcs8Pem(watcher.privateKey())),
                KeyFiles.file("ca.crt", KeyFiles.certificatePem(pki.watchCa().certificate())),
                KeyFiles.file("leaf.crt", KeyFiles.certificatePem(watcher.certificate()))));
        Collections.reverse(files);
        ImportPreview preview = TestStores.open(data).importPreview(files, ImportPasswords.none());

        assertThat(preview.chain())
                .containsExactly(
                        watcher.certificate(),
                        pki.watchCa().certificate(),
                        pki.root().certificate());
        assertThat(preview.findings())
                .anyMatch(line -> line.contains("leaf.crt") && line.contains("matches the key in key.pem"));
    }

    @Test
    void perFilePasswordsAndTheSameKeyInTwoFormats() throws Exception {
        KeyFiles files = new KeyFiles(folder);
        List<ImportFile> importFiles = List.of(
                KeyFiles.file("id.p12", files.pkcs12(watcher, "p12 password", false)),
                KeyFiles.file("enc.key", KeyFiles.encryptedPkcs8Pem(watcher.privateKey(), "key password")),
                KeyFiles.file("sec1.key", files.traditionalPem(watcher.privateKey())));
        ImportPreview preview = TestStores.open(data)
                .importPreview(
                        importFiles,
                        ImportPasswords.perFile(java.util.Map.of(
                                "id.p12", "p12 password".toCharArray(), "enc.key", "key password".toCharArray())));
        assertThat(preview.leaf()).isEqualTo(watcher.certificate());
        assertThat(preview.sourceFiles()).containsExactly("id.p12", "enc.key", "sec1.key");
    }

    @Test
    void sortsAReversedChainInOneFile() throws Exception {
        String reversed =
                KeyFiles.certificatePem(pki.root().certificate(), pki.watchCa().certificate(), watcher.certificate());
        ImportPreview preview = TestStores.open(data)
                .importPreview(
                        List.of(
                                KeyFiles.file("reversed.pem", reversed),
                                KeyFiles.file("key.pem", KeyFiles.pkcs8Pem(watcher.privateKey()))),
                        ImportPasswords.none());
        assertThat(preview.chain())
                .containsExactly(
                        watcher.certificate(),
                        pki.watchCa().certificate(),
                        pki.root().certificate());
        assertThat(preview.findings()).contains("the chain was not in issuing order: sorted it");
    }
}
