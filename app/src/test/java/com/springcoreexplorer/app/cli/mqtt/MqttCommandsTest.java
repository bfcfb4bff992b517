package com.springcoreexplorer.app.cli.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.springcoreexplorer.app.cli.testing.LauncherProcess;
import com.springcoreexplorer.app.cli.testing.TestHome;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.CertificateIssuer;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.PublishOutcome;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * doctor, pub and sub end to end: the real launcher in its own JVM, identities in the real encrypted
 * store (password from SPRINGCORE_EXPLORER_STORE_PASSWORD), a real mosquitto with mutual TLS.
 */
class MqttCommandsTest {

    private static final String STORE_PASSWORD = "store-password-for-tests";
    private static final String PREFIX = MosquittoBroker.DEFAULT_PREFIX;

    @TempDir
    static Path home;

    private static SpringCorePki pki;
    private static MosquittoBroker broker;

    @BeforeAll
    static void setUp() throws Exception {
        pki = SpringCorePki.generate("CLI test");
        broker = MosquittoBroker.builder(pki)
                .watcher("watcher")
                .control("control")
                .start();
        IssuedCertificate rogueRoot = CertificateIssuer.subject("CN=Rogue Root CA")
                .profile(CertificateIssuer.Profile.ROOT_CA)
                .issue();
        SequencedMap<String, IssuedCertificate> identities = new LinkedHashMap<>();
        identities.put("watcher", pki.watcherCertificate("watcher"));
        identities.put("control", pki.controlCertificate("control"));
        identities.put(
                "rogue",
                CertificateIssuer.subject("CN=control").issuedBy(rogueRoot).issue());
        TestHome.withProfiles(home, STORE_PASSWORD, broker, pki.root().certificate(), identities);
    }

    @AfterAll
    static void tearDown() {
        broker.close();
    }

    @Test
    void doctorPassesEveryStepForAControl() throws Exception {
        LauncherProcess doctor = LauncherProcess.run(home, STORE_PASSWORD, "doctor", "control");
        assertThat(doctor.exitCode()).as(doctor.toString()).isZero();
        assertThat(doctor.stdout())
                .contains(
                        "[ OK ] DNS lookup",
                        "[ OK ] TLS handshake",
                        "server certificate 1: CN=localhost",
                        "[ OK ] Client certificate",
                        "[ OK ] MQTT connect",
                        "[ OK ] Subscribe",
                        "[ OK ] Role: can publish",
                        "all steps passed");
        assertThat(doctor.stdout())
                .contains(
                        "session: clean start (nothing kept while offline); the broker started a new session",
                        "[SKIP] Session: not used: this profile starts clean");
    }

    @Test
    void doctorNamesTheRefusedCertificateAndExitsThree() throws Exception {
        LauncherProcess doctor = LauncherProcess.run(home, STORE_PASSWORD, "doctor", "rogue");
        assertThat(doctor.exitCode()).as(doctor.toString()).isEqualTo(3);
        assertThat(doctor.stdout()).contains("[FAIL] Client certificate", "[SKIP] MQTT connect");
        assertThat(doctor.stderr())
                .startsWith("error: step \"Client certificate\" failed: ")
                .contains("the broker does not trust the CA that issued your certificate");
        assertThat(doctor.stderr().lines()).hasSize(1);
    }

    @Test
    void pubExitsZeroWhenAcceptedAndFourWhenNotAuthorized() throws Exception {
        LauncherProcess accepted = LauncherProcess.run(
                home, STORE_PASSWORD, "pub", "control", "-t", PREFIX + "/16051974/rdr/cmd", "-m", "{\"Sequence\":35}");
        assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
        assertThat(accepted.stdout()).contains(PREFIX + "/16051974/rdr/cmd: accepted");

        LauncherProcess refused = LauncherProcess.run(
                home, STORE_PASSWORD, "pub", "watcher", "-t", PREFIX + "/16051974/rdr/cmd", "-m", "{\"Buzzer\":100}");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(4);
        assertThat(refused.stderr())
                .contains("warning: 'watcher' is a Watcher certificate")
                .contains(
                        "error: not authorized: the broker does not let this certificate publish to that topic (reason code 0x87)");
        assertLogsHoldNoSecrets();
    }

    @Test
    void subPrintsOneJsonObjectPerMessage() throws Exception {
        LauncherProcess sub = LauncherProcess.start(
                home, STORE_PASSWORD, "sub", "watcher", "-t", PREFIX + "/+/rdr/evt", "--count", "2", "--json");
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> sub.stderr().contains("# connected as 'watcher'"));
            try (MqttConnection control = MqttConnection.create(
                    ConnectionProfile.builder("c")
                            .host(broker.host())
                            .port(broker.port())
                            .identity("control")
                            .trustAnchors("root")
                            .subscriptions(List.of())
                            .build(),
                    TestTls.material(
                            pki.controlCertificate("control"),
                            Role.CONTROL,
                            pki.root().certificate()),
                    ConnectionOptions.builder(m -> {}).build())) {
                control.connect().join();
                control.publish(
                                PREFIX + "/DA1275B0/rdr/evt",
                                "{\"TagId\":\"047DAE02C84080\"}".getBytes(StandardCharsets.UTF_8),
                                1,
                                false)
                        .join();
                control.publish(PREFIX + "/DA1275B0/rdr/evt", new byte[] {(byte) 0xFF, 0x00, 0x01}, 0, false)
                        .join();
            }
            assertThat(sub.waitFor()).as(sub.toString()).isZero();
        } finally {
            sub.destroy();
        }
        List<String> lines = sub.stdout().lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("topic").asText()).isEqualTo(PREFIX + "/DA1275B0/rdr/evt");
        assertThat(first.get("qos").asInt()).isEqualTo(1);
        assertThat(first.get("retain").asBoolean()).isFalse();
        assertThat(first.get("payload").asText()).isEqualTo("{\"TagId\":\"047DAE02C84080\"}");
        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.has("payload")).isFalse();
        assertThat(second.get("payloadBase64").asText()).isEqualTo("/wAB");
    }

    /**
     * The reader of sub's output stops (a pipe into a consumer that is busy) while more messages arrive
     * than sub's pipe, ingest queue and socket buffers hold: sub waits, the broker keeps the rest, and
     * once the reader reads again every message comes out, once and in order, and nothing says dropped.
     */
    @Test
    void subWritingIntoASlowPipeLosesNothing() throws Exception {
        int messages = 40_000; // more than the ingest queue's 32,768 places
        Path errors = Files.createTempFile(home, "slow-pipe-", ".err");
        Process sub = LauncherProcess.startPiped(
                home,
                STORE_PASSWORD,
                errors,
                "sub",
                "watcher",
                "-t",
                PREFIX + "/+/rdr/evt",
                "--count",
                Integer.toString(messages));
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> Files.readString(errors).contains("# connected as 'watcher'"));
            try (MqttConnection control = MqttConnection.create(
                    ConnectionProfile.builder("c")
                            .host(broker.host())
                            .port(broker.port())
                            .identity("control")
                            .trustAnchors("root")
                            .subscriptions(List.of())
                            .build(),
                    TestTls.material(
                            pki.controlCertificate("control"),
                            Role.CONTROL,
                            pki.root().certificate()),
                    ConnectionOptions.builder(m -> {}).build())) {
                control.connect().join();
                List<CompletableFuture<PublishOutcome>> sent = new ArrayList<>();
                for (int i = 0; i < messages; i++) {
                    sent.add(control.publish(
                            PREFIX + "/DA1275B0/rdr/evt",
                            ("{\"TagId\":\"04AA\",\"Sequence\":" + i + "}").getBytes(StandardCharsets.UTF_8),
                            1,
                            false));
                }
                // every message reached the broker (PUBACK) while nobody read sub's output
                assertThat(CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                                .thenApply(v -> sent.stream()
                                        .filter(f -> !(f.join() instanceof PublishOutcome.Accepted))
                                        .count())
                                .get(120, TimeUnit.SECONDS))
                        .isZero();
            }
            List<String> lines;
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(sub.getInputStream(), StandardCharsets.UTF_8))) {
                lines = out.lines().toList(); // reads again, up to sub's exit at --count
            }
            assertThat(sub.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(sub.exitValue()).as(Files.readString(errors)).isZero();
            assertThat(lines).hasSize(messages);
            for (int i = 0; i < messages; i++) {
                assertThat(lines.get(i))
                        .isEqualTo(PREFIX + "/DA1275B0/rdr/evt [qos1] {\"TagId\":\"04AA\",\"Sequence\":" + i + "}");
            }
            assertThat(Files.readString(errors)).doesNotContain("dropped");
        } finally {
            sub.destroyForcibly();
        }
    }

    private static void assertLogsHoldNoSecrets() throws Exception {
        String all;
        try (var files = java.nio.file.Files.list(home.resolve("logs"))) {
            all = files.map(file -> {
                        try {
                            return java.nio.file.Files.readString(file);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .reduce("", String::concat);
        }
        assertThat(all).contains("connected").doesNotContain(STORE_PASSWORD).doesNotContain("PRIVATE KEY");
    }
}
