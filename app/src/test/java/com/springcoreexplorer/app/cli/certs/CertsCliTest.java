package com.springcoreexplorer.app.cli.certs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.springcoreexplorer.app.cli.testing.InProcessCli;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.pki.CertificateIssuer;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.certstore.testing.KeyFiles;
import com.springcoreexplorer.certstore.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The real root command, in process, with {@code --home} a temp folder: output, JSON and exit codes. */
class CertsCliTest {

    private static final String FILE_PASSWORD = "file-secret";
    private static SpringCorePki pki;
    private static IssuedCertificate watcher;
    private static IssuedCertificate device;

    @TempDir
    static Path files;

    @TempDir
    Path home;

    private final Map<String, String> environment = new HashMap<>(
            Map.of(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE, TestStores.PASSWORD, "P12_PASSWORD", FILE_PASSWORD));
    private InProcessCli cli;
    private Path p12;
    private Path brokerCa;

    @BeforeAll
    static void generate() {
        pki = SpringCorePki.generate("CLI Test");
        watcher = pki.watcherCertificate("watcher-cli");
        device = pki.deviceCertificate("16051974");
    }

    @BeforeEach
    void writeFiles() {
        cli = new InProcessCli(home, this::hand);
        KeyFiles keyFiles = new KeyFiles(files);
        p12 = keyFiles.write("watcher.p12", keyFiles.pkcs12(watcher, FILE_PASSWORD, false));
        brokerCa = keyFiles.write(
                "broker-ca.pem",
                KeyFiles.certificatePem(pki.cloudCa().certificate(), pki.root().certificate()));
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private void hand(CommandLine commandLine) {
        if (commandLine.getCommand() instanceof StoreCommand command) {
            command.environment(environment, false);
        }
        commandLine.getSubcommands().values().forEach(this::hand);
    }

    private void assertBadInput(int exit, String... fragments) {
        assertThat(exit).as(cli.err()).isEqualTo(2);
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(cli.err()).startsWith("error: ").contains(fragments);
    }

    private Map<String, String> storeSnapshot() {
        return TestStores.snapshot(home.resolve("data"));
    }

    @Test
    void importListShowExportRemove() throws Exception {
        assertThat(run("trust", "add", brokerCa.toString())).isZero();
        assertThat(cli.out()).contains("trusted 'SpringCore Cloud CA'").contains("trusted 'SpringCore Root CA'");

        assertThat(run("certs", "import", p12.toString(), "--password-env", "P12_PASSWORD", "--name", "bench watcher"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out())
                .startsWith("imported 'bench watcher': ")
                .contains("Watcher")
                .contains("trusted)");
        assertThat(cli.err()).isEmpty();

        assertThat(run("certs", "list")).isZero();
        assertThat(cli.out())
                .contains("bench watcher")
                .contains("Watcher")
                .contains("watcher-cli")
                .contains("trusted");

        assertThat(run("certs", "list", "--json")).isZero();
        JsonNode list = new ObjectMapper().readTree(cli.out());
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(1);
        JsonNode entry = list.get(0);
        assertThat(iterable(entry.fieldNames()))
                .containsExactly(
                        "name",
                        "role",
                        "commonName",
                        "subject",
                        "issuerCommonName",
                        "notBefore",
                        "notAfter",
                        "keyType",
                        "sha256",
                        "chain",
                        "trusted",
                        "warnings");
        assertThat(entry.get("role").asText()).isEqualTo("watcher");
        assertThat(entry.get("commonName").asText()).isEqualTo("watcher-cli");
        assertThat(entry.get("issuerCommonName").asText()).isEqualTo(SpringCorePki.WATCH_CA);
        assertThat(entry.get("trusted").asBoolean()).isTrue();
        assertThat(entry.get("chain")).hasSize(3);
        assertThat(Instant.parse(entry.get("notAfter").asText()))
                .isEqualTo(watcher.certificate().getNotAfter().toInstant());

        assertThat(run("certs", "show", "bench watcher", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(cli.out())).isEqualTo(entry);
        assertThat(run("certs", "show", "bench watcher")).isZero();
        assertThat(cli.out()).contains("role:        Watcher (cannot publish)").contains("common name: watcher-cli");

        Path exported = files.resolve("exported.pem");
        assertThat(run("certs", "export", "bench watcher", "--out", exported.toString()))
                .isZero();
        assertThat(Files.readString(exported)).contains("BEGIN CERTIFICATE").doesNotContain("PRIVATE KEY");
        assertThat(cli.out()).contains("3 certificates, no key");

        assertThat(run("certs", "remove", "bench watcher")).isZero();
        assertThat(run("certs", "list", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(cli.out())).isEmpty();
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void importsV1DeviceFromPemFilesAndPasswordFile() throws Exception {
        KeyFiles keyFiles = new KeyFiles(files);
        Path key = keyFiles.write("device.key", KeyFiles.encryptedPkcs8Pem(device.privateKey(), FILE_PASSWORD));
        Path chain = keyFiles.write("device.crt", KeyFiles.chainPem(device));
        Path passwordFile = keyFiles.write("password.txt", FILE_PASSWORD + "\n");
        assertThat(run("certs", "import", key.toString(), chain.toString(), "--password-file", passwordFile.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("imported '16051974'").contains("Device").contains("untrusted");
        assertThat(cli.err()).startsWith("warning: untrusted: no trust anchor is stored");
    }

    @Test
    void aPasswordForAFileThatNeedsNoneIsFine() {
        KeyFiles keyFiles = new KeyFiles(files);
        Path all = keyFiles.write("all.pem", KeyFiles.pkcs8Pem(watcher.privateKey()) + KeyFiles.chainPem(watcher));
        assertThat(run("certs", "import", all.toString(), "--password-env", "P12_PASSWORD"))
                .as(cli.err())
                .isZero();
    }

    @Test
    void badInputsExitTwoWithOneLineAndChangeNothing() {
        assertThat(run("trust", "add", brokerCa.toString())).isZero();
        assertThat(run("certs", "import", p12.toString(), "--password-env", "P12_PASSWORD"))
                .isZero();
        Map<String, String> before = storeSnapshot();
        KeyFiles keyFiles = new KeyFiles(files);

        assertBadInput(run("certs", "import", p12.toString()), "watcher.p12 is encrypted", "--password-env");
        environment.put("WRONG", "nope");
        assertBadInput(
                run("certs", "import", p12.toString(), "--password-env", "WRONG"), "wrong password for", "watcher.p12");
        assertBadInput(
                run("certs", "import", p12.toString(), "--password-env", "UNSET_VARIABLE"),
                "UNSET_VARIABLE is not set");
        assertBadInput(
                run("certs", "import", p12.toString(), "--password-env", "P12_PASSWORD", "--password-file", "x"),
                "mutually exclusive");
        assertBadInput(run("certs", "import", p12.toString(), "--password-env", "P12_PASSWORD"), "already stored");
        assertBadInput(run("certs", "import", files.resolve("missing.pem").toString()), "missing.pem", "no such file");
        assertBadInput(
                run("certs", "import", keyFiles.write("empty.pem", new byte[0]).toString()), "empty.pem is empty");
        Path mismatchKey = keyFiles.write("other.key", KeyFiles.pkcs8Pem(device.privateKey()));
        Path leaf = keyFiles.write("leaf.crt", KeyFiles.certificatePem(watcher.certificate()));
        assertBadInput(
                run("certs", "import", leaf.toString(), mismatchKey.toString()),
                "other.key",
                "leaf.crt",
                "does not belong");
        IssuedCertificate expired = CertificateIssuer.subject("CN=expired")
                .issuedBy(pki.watchCa())
                .validFrom(Instant.parse("2019-01-01T00:00:00Z"))
                .validUntil(Instant.parse("2020-01-01T00:00:00Z"))
                .issue();
        Path expiredFile =
                keyFiles.write("expired.pem", KeyFiles.pkcs8Pem(expired.privateKey()) + KeyFiles.chainPem(expired));
        assertBadInput(run("certs", "import", expiredFile.toString()), "expired on 2020-01-01");
        assertBadInput(run("certs", "show", "nobody"), "no certificate named 'nobody'");
        assertBadInput(run("certs", "remove", "nobody"), "no certificate named 'nobody'");
        assertBadInput(
                run("certs", "export", "nobody", "--out", files.resolve("x.pem").toString()), "nobody");
        assertBadInput(run("trust", "remove", "nobody"), "no trust anchor named 'nobody'");
        assertBadInput(run("trust", "add", leaf.toString()), "not a CA certificate");
        assertBadInput(run("certs"), "certs import|list|show|export|remove");

        assertThat(storeSnapshot()).isEqualTo(before);
    }

    @Test
    void storePasswordProblems() {
        assertThat(run("certs", "import", p12.toString(), "--password-env", "P12_PASSWORD"))
                .isZero();
        environment.remove(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE);
        assertBadInput(run("certs", "list"), CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE);
        environment.put(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE, "not the store password");
        assertBadInput(run("certs", "list"), "wrong store password");
    }

    @Test
    void trustListJson() throws Exception {
        assertThat(run("trust", "list")).isZero();
        assertThat(cli.out()).contains("no trust anchors");
        assertThat(run("trust", "add", brokerCa.toString())).isZero();
        assertThat(run("trust", "add", brokerCa.toString())).isZero();
        assertThat(cli.out()).contains("nothing new");
        assertThat(run("trust", "list", "--json")).isZero();
        JsonNode anchors = new ObjectMapper().readTree(cli.out());
        assertThat(anchors).hasSize(2);
        assertThat(iterable(anchors.get(0).fieldNames())).containsExactly("name", "subject", "sha256", "notAfter");
        assertThat(anchors.get(0).get("name").asText()).isEqualTo(SpringCorePki.CLOUD_CA);
        assertThat(run("trust", "remove", SpringCorePki.CLOUD_CA)).isZero();
        assertThat(run("trust", "list")).isZero();
        assertThat(cli.out()).doesNotContain(SpringCorePki.CLOUD_CA).contains(SpringCorePki.ROOT_CA);
    }

    @Test
    void damagedStoreIsExitOne() throws Exception {
        assertThat(run("trust", "add", brokerCa.toString())).isZero();
        Path anchors = home.resolve("data/certificates/trust-anchors.p12");
        Files.write(anchors, new byte[] {0x30, 0x03, 0x02, 0x01, 0x03});
        assertThat(run("trust", "list")).isEqualTo(1);
        assertThat(cli.err()).startsWith("error: ").contains("damaged");
    }
}
