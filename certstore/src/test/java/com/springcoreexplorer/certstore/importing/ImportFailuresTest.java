package com.springcoreexplorer.certstore.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertStoreException.Kind;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.pki.CertificateIssuer;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.certstore.testing.KeyFiles;
import com.springcoreexplorer.certstore.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input gets its own specific error naming the file, and leaves the store byte for byte
 * as it was (a store holding one identity and two anchors is compared before and after).
 */
class ImportFailuresTest {

    private static final String PASSWORD = "right password";
    private static SpringCorePki pki;
    private static IssuedCertificate watcher;
    private static IssuedCertificate other;

    @TempDir
    static Path folder;

    @TempDir
    Path data;

    private CertificateStore store;
    private Map<String, String> before;

    @BeforeAll
    static void generate() {
        pki = SpringCorePki.generate("Failure Test");
        watcher = pki.watcherCertificate("watcher-1");
        other = pki.controlCertificate("control-1");
    }

    @BeforeEach
    void storeWithContent() throws Exception {
        store = TestStores.open(data);
        store.addTrustAnchors(List.of(KeyFiles.file(
                "ca.pem",
                KeyFiles.certificatePem(pki.cloudCa().certificate(), pki.root().certificate()))));
        store.save(
                store.importPreview(
                        List.of(KeyFiles.file(
                                "c.pem", KeyFiles.pkcs8Pem(other.privateKey()) + KeyFiles.chainPem(other))),
                        ImportPasswords.none()),
                "existing",
                "");
        before = TestStores.snapshot(data);
        assertThat(before).containsKeys("identities.p12", "trust-anchors.p12", "certificates.json");
    }

    private CertStoreException refused(List<ImportFile> files, ImportPasswords passwords) {
        CertStoreException failure = catchThrowableOfType(CertStoreException.class, () -> {
            var preview = store.importPreview(files, passwords);
            store.save(preview, null, "");
        });
        assertThat(failure).as("import must be refused").isNotNull();
        assertThat(failure.userMessage()).doesNotContain("Exception").doesNotContain("\n");
        assertThat(TestStores.snapshot(data)).as("store untouched").isEqualTo(before);
        return failure;
    }

    private static ImportFile chain() {
        return KeyFiles.file("watcher.crt", KeyFiles.chainPem(watcher));
    }

    @Test
    void encryptedKeyWithoutPasswordAsksForIt() {
        CertStoreException failure = refused(
                List.of(chain(), KeyFiles.file("enc.key", KeyFiles.encryptedPkcs8Pem(watcher.privateKey(), PASSWORD))),
                ImportPasswords.none());
        assertThat(failure.kind()).isEqualTo(Kind.NEEDS_PASSWORD);
        assertThat(failure.subject()).contains("enc.key");
        assertThat(failure.kind().field()).isEqualTo(CertStoreException.Field.FILE_PASSWORD);
    }

    @Test
    void wrongPasswordForEveryEncryptedFormat() {
        KeyFiles files = new KeyFiles(folder);
        List<ImportFile> encrypted = List.of(
                KeyFiles.file("pkcs8.key", KeyFiles.encryptedPkcs8Pem(watcher.privateKey(), PASSWORD)),
                KeyFiles.file("des3.key", files.opensslTraditionalEncrypted(watcher.privateKey(), "des3", PASSWORD)),
                KeyFiles.file("aes.key", files.opensslTraditionalEncrypted(watcher.privateKey(), "aes256", PASSWORD)),
                KeyFiles.file("modern.p12", files.pkcs12(watcher, PASSWORD, false)),
                KeyFiles.file("legacy.p12", files.pkcs12(watcher, PASSWORD, true)));
        for (ImportFile file : encrypted) {
            for (int attempt = 0; attempt < 5; attempt++) { // padding may accept a wrong key now and then
                CertStoreException failure =
                        refused(List.of(chain(), file), ImportPasswords.same(("wrong" + attempt).toCharArray()));
                assertThat(failure.kind()).as(file.name()).isEqualTo(Kind.WRONG_PASSWORD);
                assertThat(failure.userMessage()).isEqualTo("wrong password for " + file.name() + ": try again");
            }
            assertThat(refused(List.of(chain(), file), ImportPasswords.none()).kind())
                    .as(file.name())
                    .isEqualTo(Kind.NEEDS_PASSWORD);
        }
    }

    @Test
    void pkcs12WithoutKey() {
        byte[] p12 = new KeyFiles(folder).pkcs12WithoutKey(watcher, PASSWORD);
        CertStoreException failure =
                refused(List.of(KeyFiles.file("certs-only.p12", p12)), ImportPasswords.same(PASSWORD.toCharArray()));
        assertThat(failure.kind()).isEqualTo(Kind.NO_PRIVATE_KEY);
        assertThat(failure.userMessage()).contains("no private key in certs-only.p12");
    }

    @Test
    void certificateWithoutKey() {
        CertStoreException failure = refused(List.of(chain()), ImportPasswords.none());
        assertThat(failure.kind()).isEqualTo(Kind.NO_PRIVATE_KEY);
        assertThat(failure.userMessage()).contains("watcher.crt");
    }

    @Test
    void keyWithoutCertificate() {
        CertStoreException failure = refused(
                List.of(KeyFiles.file("only.key", KeyFiles.pkcs8Pem(watcher.privateKey()))), ImportPasswords.none());
        assertThat(failure.kind()).isEqualTo(Kind.NO_CERTIFICATE);
    }

    @Test
    void mismatchedKeyNamesBothFiles() {
        CertStoreException failure = refused(
                List.of(chain(), KeyFiles.file("control.key", KeyFiles.pkcs8Pem(other.privateKey()))),
                ImportPasswords.none());
        assertThat(failure.kind()).isEqualTo(Kind.KEY_MISMATCH);
        assertThat(failure.userMessage())
                .contains("control.key")
                .contains("watcher.crt")
                .contains("CN=watcher-1");
    }

    @Test
    void twoKeys() {
        CertStoreException failure = refused(
                List.of(
                        chain(),
                        KeyFiles.file("a.key", KeyFiles.pkcs8Pem(watcher.privateKey())),
                        KeyFiles.file("b.key", KeyFiles.pkcs8Pem(other.privateKey()))),
                ImportPasswords.none());
        assertThat(failure.kind()).isEqualTo(Kind.SEVERAL_PRIVATE_KEYS);
        assertThat(failure.userMessage()).contains("a.key").contains("b.key");
    }

    @Test
    void expiredCertificateIsRefusedWithItsDates() {
        IssuedCertificate expired = CertificateIssuer.subject("CN=old-watcher")
                .issuedBy(pki.watchCa())
                .validFrom(Instant.parse("2020-01-01T00:00:00Z"))
                .validUntil(Instant.parse("2021-01-01T00:00:00Z"))
                .issue();
        CertStoreException failure = refused(
                List.of(KeyFiles.file("old.pem", KeyFiles.pkcs8Pem(expired.privateKey()) + KeyFiles.chainPem(expired))),
                ImportPasswords.none());
        assertThat(failure.kind()).isEqualTo(Kind.EXPIRED);
        assertThat(failure.userMessage())
                .contains("old.pem")
                .contains("expired on 2021-01-01")
                .contains("2020-01-01");
    }

    @Test
    void notYetValidCertificateIsRefusedWithItsDates() {
        IssuedCertificate future = CertificateIssuer.subject("CN=future-watcher")
                .issuedBy(pki.watchCa())
                .validFrom(Instant.parse("2090-01-01T00:00:00Z"))
                .validUntil(Instant.parse("2091-01-01T00:00:00Z"))
                .issue();
        CertStoreException failure = refused(
                List.of(KeyFiles.file(
                        "future.pem", KeyFiles.pkcs8Pem(future.privateKey()) + KeyFiles.chainPem(future))),
                ImportPasswords.none());
        assertThat(failure.kind()).isEqualTo(Kind.NOT_YET_VALID);
        assertThat(failure.userMessage()).contains("not valid before 2090-01-01");
    }

    @Test
    void emptyFiles() {
        assertThat(refused(List.of(KeyFiles.file("empty.pem", new byte[0])), ImportPasswords.none())
                        .kind())
                .isEqualTo(Kind.EMPTY_FILE);
        assertThat(refused(List.of(KeyFiles.file("blank.pem", "\n \n")), ImportPasswords.none())
                        .kind())
                .isEqualTo(Kind.EMPTY_FILE);
    }

    @Test
    void truncatedPemAndDerAndPkcs12() {
        String pem = KeyFiles.pkcs8Pem(watcher.privateKey()) + KeyFiles.chainPem(watcher);
        CertStoreException pemFailure =
                refused(List.of(KeyFiles.file("cut.pem", pem.substring(0, pem.length() / 2))), ImportPasswords.none());
        assertThat(pemFailure.kind()).isEqualTo(Kind.UNRECOGNISED_CONTENT);
        assertThat(pemFailure.userMessage()).contains("cut.pem").contains("damaged or truncated");

        byte[] der = KeyFiles.certificateDer(watcher.certificate());
        assertThat(refused(
                                List.of(KeyFiles.file("cut.der", Arrays.copyOf(der, der.length - 40))),
                                ImportPasswords.none())
                        .kind())
                .isEqualTo(Kind.UNRECOGNISED_CONTENT);

        byte[] p12 = new KeyFiles(folder).pkcs12(watcher, PASSWORD, false);
        assertThat(refused(
                                List.of(KeyFiles.file("cut.p12", Arrays.copyOf(p12, p12.length / 2))),
                                ImportPasswords.same(PASSWORD.toCharArray()))
                        .kind())
                .isEqualTo(Kind.UNRECOGNISED_CONTENT);
    }

    @Test
    void garbage() {
        CertStoreException text = refused(
                List.of(KeyFiles.file("notes.txt", "hello, this is not a certificate")), ImportPasswords.none());
        assertThat(text.kind()).isEqualTo(Kind.UNRECOGNISED_CONTENT);
        assertThat(text.userMessage()).startsWith("notes.txt is not a certificate, key or PKCS#12 file");
        String badBase64 = "-----BEGIN CERTIFICATE-----\n!!!!not base64!!!!\n-----END CERTIFICATE-----\n";
        assertThat(refused(List.of(KeyFiles.file("bad.pem", badBase64)), ImportPasswords.none())
                        .kind())
                .isEqualTo(Kind.UNRECOGNISED_CONTENT);
        byte[] random = new byte[4096];
        new SecureRandom().nextBytes(random);
        random[0] = 0x30;
        assertThat(refused(List.of(KeyFiles.file("random.der", random)), ImportPasswords.none())
                        .kind())
                .isEqualTo(Kind.UNRECOGNISED_CONTENT);
    }

    @Test
    void tenMegabyteRandomFile() throws Exception {
        byte[] random = new byte[10 * 1024 * 1024];
        new SecureRandom().nextBytes(random);
        Path big = Files.write(folder.resolve("big.bin"), random);
        CertStoreException onRead = catchThrowableOfType(CertStoreException.class, () -> ImportFile.read(big));
        assertThat(onRead.kind()).isEqualTo(Kind.FILE_TOO_LARGE);
        assertThat(onRead.userMessage()).contains("big.bin").contains("10240 KB");
        assertThat(refused(List.of(KeyFiles.file("big.bin", random)), ImportPasswords.none())
                        .kind())
                .isEqualTo(Kind.FILE_TOO_LARGE);
    }

    @Test
    void missingFile() {
        CertStoreException failure =
                catchThrowableOfType(CertStoreException.class, () -> ImportFile.read(folder.resolve("nope.pem")));
        assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE_FILE);
        assertThat(failure.userMessage()).contains("nope.pem");
    }

    @Test
    void csrAloneIsNotACertificate() throws Exception {
        String csr = KeyFiles.openssl(List.of(
                "openssl",
                "req",
                "-new",
                "-key",
                new KeyFiles(folder)
                        .write("csr.key", KeyFiles.pkcs8Pem(watcher.privateKey()))
                        .toString(),
                "-subj",
                "/CN=x"));
        CertStoreException failure = refused(List.of(KeyFiles.file("request.csr", csr)), ImportPasswords.none());
        assertThat(failure.kind()).isEqualTo(Kind.UNRECOGNISED_CONTENT);
        assertThat(failure.userMessage()).contains("certificate request");
    }

    @Test
    void theSameCertificateTwiceIsRefusedNamingTheEntry() {
        CertStoreException failure = refused(
                List.of(KeyFiles.file("again.pem", KeyFiles.pkcs8Pem(other.privateKey()) + KeyFiles.chainPem(other))),
                ImportPasswords.none());
        assertThat(failure.kind()).isEqualTo(Kind.ALREADY_STORED);
        assertThat(failure.userMessage()).contains("already stored as 'existing'");
    }

    @Test
    void duplicateNameIsRefusedAtSave() throws Exception {
        var preview = store.importPreview(
                List.of(chain(), KeyFiles.file("k.pem", KeyFiles.pkcs8Pem(watcher.privateKey()))),
                ImportPasswords.none());
        CertStoreException failure =
                catchThrowableOfType(CertStoreException.class, () -> store.save(preview, "EXISTING", ""));
        assertThat(failure.kind()).isEqualTo(Kind.DUPLICATE_NAME);
        assertThat(failure.kind().field()).isEqualTo(CertStoreException.Field.NAME);
        CertStoreException invalid =
                catchThrowableOfType(CertStoreException.class, () -> store.save(preview, "bad\u0007name", ""));
        assertThat(invalid.kind()).isEqualTo(Kind.INVALID_NAME);
        assertThat(TestStores.snapshot(data)).isEqualTo(before);
    }

    @Test
    void aKeyAsTrustAnchorIsRefused() {
        CertStoreException failure = catchThrowableOfType(
                CertStoreException.class,
                () -> store.addTrustAnchors(List.of(KeyFiles.file(
                        "mixed.pem", KeyFiles.pkcs8Pem(watcher.privateKey()) + KeyFiles.chainPem(watcher)))));
        assertThat(failure.kind()).isEqualTo(Kind.NOT_A_TRUST_ANCHOR);
        CertStoreException leaf = catchThrowableOfType(
                CertStoreException.class,
                () -> store.addTrustAnchors(
                        List.of(KeyFiles.file("leaf.pem", KeyFiles.certificatePem(watcher.certificate())))));
        assertThat(leaf.kind()).isEqualTo(Kind.NOT_A_TRUST_ANCHOR);
        assertThat(TestStores.snapshot(data)).isEqualTo(before);
    }

    @Test
    void unusedCertificatesAreWarnedNotStored() throws Exception {
        var preview = store.importPreview(
                List.of(
                        chain(),
                        KeyFiles.file("k.pem", KeyFiles.pkcs8Pem(watcher.privateKey())),
                        KeyFiles.file(
                                "stray.pem",
                                KeyFiles.certificatePem(pki.clientCa().certificate()))),
                ImportPasswords.none());
        assertThat(preview.warnings())
                .anyMatch(w -> w.contains("stray.pem") && w.contains("not part of this certificate's chain"));
        assertThat(preview.chain()).doesNotContain(pki.clientCa().certificate());
    }
}
