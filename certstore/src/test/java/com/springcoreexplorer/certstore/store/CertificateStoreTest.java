package com.springcoreexplorer.certstore.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertStoreException.Kind;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.IdentityEntry;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.StorePasswordSource;
import com.springcoreexplorer.certstore.TrustAnchorEntry;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.certstore.testing.KeyFiles;
import com.springcoreexplorer.certstore.testing.TestStores;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encrypted store on disk: format, permissions, passwords, trust anchors, export. */
class CertificateStoreTest {

    private static SpringCorePki pki;
    private static IssuedCertificate watcher;

    @TempDir
    Path data;

    @BeforeAll
    static void generate() {
        pki = SpringCorePki.generate("Store Test");
        watcher = pki.watcherCertificate("watcher-1");
    }

    private static IdentityEntry saveWatcher(CertificateStore store, String name) throws CertStoreException {
        return store.save(
                store.importPreview(
                        List.of(KeyFiles.file(
                                "w.pem", KeyFiles.pkcs8Pem(watcher.privateKey()) + KeyFiles.chainPem(watcher))),
                        ImportPasswords.none()),
                name,
                "bench laptop");
    }

    @Test
    void savesListsShowsExportsAndRemoves() throws Exception {
        CertificateStore store = TestStores.open(data);
        assertThat(store.list()).isEmpty();
        saveWatcher(store, "Watcher One");

        CertificateStore reopened = TestStores.open(data);
        assertThat(reopened.list()).extracting(IdentityEntry::name).containsExactly("Watcher One");
        IdentityEntry entry = reopened.show("watcher one");
        assertThat(entry.name()).isEqualTo("Watcher One");
        assertThat(entry.notes()).isEqualTo("bench laptop");
        assertThat(entry.sha256()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(reopened.updateNotes("Watcher One", "moved").notes()).isEqualTo("moved");

        String pem = reopened.exportPem("Watcher One");
        assertThat(pem).doesNotContain("PRIVATE KEY");
        var exported = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        assertThat(exported.stream()
                        .map(c -> (java.security.cert.X509Certificate) c)
                        .toList())
                .isEqualTo(watcher.chain());

        reopened.remove("Watcher One");
        assertThat(TestStores.open(data).list()).isEmpty();
        assertThat(catchThrowableOfType(CertStoreException.class, () -> reopened.remove("Watcher One"))
                        .kind())
                .isEqualTo(Kind.NOT_FOUND);
        assertThat(catchThrowableOfType(CertStoreException.class, () -> reopened.show("nobody"))
                        .kind())
                .isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void storeIsJdkPkcs12WithAes256AndHmacSha256ThatOpensslReads() throws Exception {
        saveWatcher(TestStores.open(data), "w");
        Path file = data.resolve(StoreFiles.IDENTITIES);
        String info = KeyFiles.openssl(List.of(
                "openssl",
                "pkcs12",
                "-in",
                file.toString(),
                "-info",
                "-noout",
                "-passin",
                "pass:" + TestStores.PASSWORD));
        assertThat(info)
                .contains("MAC: sha256")
                .contains("PBES2, PBKDF2, AES-256-CBC")
                .doesNotContain("RC2")
                .doesNotContain("3DES");
    }

    @Test
    void privateKeyNeverOnDiskInClearAndFilesAre0600() throws Exception {
        saveWatcher(TestStores.open(data), "w");
        byte[] keyBytes = watcher.privateKey().getEncoded();
        String keyBase64 = Base64.getEncoder().encodeToString(keyBytes).substring(0, 40);
        try (var files = Files.list(data.resolve(StoreFiles.FOLDER))) {
            for (Path file : files.toList()) {
                byte[] content = Files.readAllBytes(file);
                assertThat(indexOf(content, keyBytes)).as(file.toString()).isEqualTo(-1);
                assertThat(new String(content, StandardCharsets.ISO_8859_1))
                        .doesNotContain(keyBase64)
                        .doesNotContain(TestStores.PASSWORD)
                        .doesNotContain("PRIVATE KEY");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as(file.toString())
                        .isEqualTo("rw-------");
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(StoreFiles.FOLDER))))
                .isEqualTo("rwx------");
        String metadata = Files.readString(data.resolve(StoreFiles.METADATA));
        assertThat(metadata).contains("\"name\" : \"w\"").contains("WATCHER").contains("bench laptop");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void wrongStorePasswordIsAClearTypedError() throws Exception {
        saveWatcher(TestStores.open(data), "w");
        CertStoreException failure =
                catchThrowableOfType(CertStoreException.class, () -> TestStores.open(data, "not it"));
        assertThat(failure.kind()).isEqualTo(Kind.WRONG_STORE_PASSWORD);
        assertThat(failure.kind().field()).isEqualTo(CertStoreException.Field.STORE_PASSWORD);
        assertThat(failure.userMessage()).startsWith("wrong store password");
    }

    @Test
    void passwordSources() throws Exception {
        assertThat(TestStores.open(data).passwordSource()).isEqualTo(StorePasswordSource.ENVIRONMENT);

        // fresh store, nothing anywhere: reads work (empty), writes say how to set a password
        Path fresh = data.resolve("fresh");
        CertificateStore locked =
                CertificateStore.at(fresh).useOsKeychain(false).open();
        assertThat(locked.list()).isEmpty();
        CertStoreException needed = catchThrowableOfType(CertStoreException.class, () -> saveWatcher(locked, "w"));
        assertThat(needed.kind()).isEqualTo(Kind.STORE_PASSWORD_NEEDED);
        assertThat(needed.userMessage()).contains(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE);

        CertificateStore master = CertificateStore.at(fresh)
                .useOsKeychain(false)
                .masterPassword("master".toCharArray())
                .open();
        assertThat(master.passwordSource()).isEqualTo(StorePasswordSource.MASTER_PASSWORD);
        saveWatcher(master, "w");
        assertThat(CertificateStore.at(fresh).storeExists()).isTrue();

        // existing store: without a password it is locked, with the master password it opens
        assertThat(catchThrowableOfType(
                                CertStoreException.class,
                                () -> CertificateStore.at(fresh)
                                        .useOsKeychain(false)
                                        .open())
                        .kind())
                .isEqualTo(Kind.STORE_PASSWORD_NEEDED);
        assertThat(CertificateStore.at(fresh)
                        .useOsKeychain(false)
                        .masterPassword("master".toCharArray())
                        .open()
                        .list())
                .hasSize(1);
        // the environment variable wins over a master password
        assertThat(catchThrowableOfType(
                                CertStoreException.class,
                                () -> CertificateStore.at(fresh)
                                        .useOsKeychain(false)
                                        .environment(Map.of(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE, "other"))
                                        .masterPassword("master".toCharArray())
                                        .open())
                        .kind())
                .isEqualTo(Kind.WRONG_STORE_PASSWORD);
    }

    @Test
    void headlessOsKeychainFallsBackQuietly() throws Exception {
        // no Secret Service here: java-keyring throws BackendNotSupportedException, the store goes on without it
        assertThat(OsKeychain.read("store:" + data)).isEmpty();
        saveWatcher(TestStores.open(data), "w");
        CertStoreException failure = catchThrowableOfType(
                CertStoreException.class,
                () -> CertificateStore.at(data).useOsKeychain(true).open());
        assertThat(failure.kind()).isEqualTo(Kind.STORE_PASSWORD_NEEDED);
    }

    @Test
    void damagedStoreFileIsReportedNotThrown() throws Exception {
        saveWatcher(TestStores.open(data), "w");
        Path file = data.resolve(StoreFiles.IDENTITIES);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        CertStoreException failure = catchThrowableOfType(CertStoreException.class, () -> TestStores.open(data));
        assertThat(failure.kind()).isEqualTo(Kind.STORE_DAMAGED);
        assertThat(failure.userMessage()).contains("identities.p12").contains("backup");
    }

    @Test
    void trustAnchorsAreStoredApartNamedByCnAndDeduplicated() throws Exception {
        CertificateStore store = TestStores.open(data);
        List<TrustAnchorEntry> added = store.addTrustAnchors(List.of(KeyFiles.file(
                "broker-ca.pem",
                KeyFiles.certificatePem(pki.cloudCa().certificate(), pki.root().certificate()))));
        assertThat(added)
                .extracting(TrustAnchorEntry::name)
                .containsExactly(SpringCorePki.CLOUD_CA, SpringCorePki.ROOT_CA);
        assertThat(store.addTrustAnchors(List.of(KeyFiles.file(
                        "root.der", KeyFiles.certificateDer(pki.root().certificate())))))
                .isEmpty();

        SpringCorePki otherPki = SpringCorePki.generate("Other");
        assertThat(store.addTrustAnchors(List.of(KeyFiles.file(
                        "other.pem", KeyFiles.certificatePem(otherPki.root().certificate())))))
                .extracting(TrustAnchorEntry::name)
                .containsExactly(SpringCorePki.ROOT_CA + " (2)");
        assertThat(Files.exists(data.resolve(StoreFiles.TRUST_ANCHORS))).isTrue();
        assertThat(Files.exists(data.resolve(StoreFiles.IDENTITIES))).isFalse();

        CertificateStore reopened = TestStores.open(data);
        assertThat(reopened.trustAnchors())
                .extracting(TrustAnchorEntry::name)
                .containsExactly(SpringCorePki.CLOUD_CA, SpringCorePki.ROOT_CA, SpringCorePki.ROOT_CA + " (2)");
        reopened.removeTrustAnchor(SpringCorePki.ROOT_CA + " (2)");
        assertThat(reopened.trustAnchors()).hasSize(2);
        assertThat(catchThrowableOfType(CertStoreException.class, () -> reopened.removeTrustAnchor("nope"))
                        .kind())
                .isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void tlsMaterialFailuresAreTyped() throws Exception {
        CertificateStore store = TestStores.open(data);
        assertThat(catchThrowableOfType(CertStoreException.class, () -> store.tlsMaterial("w", List.of()))
                        .kind())
                .isEqualTo(Kind.NOT_FOUND);
        saveWatcher(store, "w");
        assertThat(catchThrowableOfType(CertStoreException.class, () -> store.tlsMaterial("w", List.of()))
                        .kind())
                .isEqualTo(Kind.NO_TRUST_ANCHORS);
        assertThat(catchThrowableOfType(CertStoreException.class, () -> store.tlsMaterial("w", List.of("missing")))
                        .kind())
                .isEqualTo(Kind.NOT_FOUND);
    }
}
