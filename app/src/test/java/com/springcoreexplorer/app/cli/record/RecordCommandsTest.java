package com.springcoreexplorer.app.cli.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.springcoreexplorer.app.cli.testing.InProcessCli;
import com.springcoreexplorer.app.cli.testing.LauncherProcess;
import com.springcoreexplorer.app.cli.testing.TestHome;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.recording.RecordingQuery;
import com.springcoreexplorer.mqtt.recording.RecordingReader;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * record, history and replay end to end: the real launcher in its own JVM (as a script runs it), the
 * store password from the environment, a real mosquitto with mutual TLS.
 */
class RecordCommandsTest {

    private static final String STORE_PASSWORD = "store-password-for-tests";
    private static final String PREFIX = MosquittoBroker.DEFAULT_PREFIX;

    @TempDir
    static Path home;

    private static SpringCorePki pki;
    private static MosquittoBroker broker;

    @BeforeAll
    static void setUp() throws Exception {
        pki = SpringCorePki.generate("record test");
        broker = MosquittoBroker.builder(pki)
                .watcher("watcher")
                .control("control")
                .start();
        SequencedMap<String, IssuedCertificate> identities = new LinkedHashMap<>();
        identities.put("watcher", pki.watcherCertificate("watcher"));
        identities.put("control", pki.controlCertificate("control"));
        TestHome.withProfiles(home, STORE_PASSWORD, broker, pki.root().certificate(), identities);
    }

    @AfterAll
    static void tearDown() {
        broker.close();
    }

    @Test
    void killDashNineMidRunLeavesAFileThatOpensWithEveryCommittedMessage() throws Exception {
        Path file = home.resolve("killed.sqlite");
        LauncherProcess record = LauncherProcess.start(
                home, STORE_PASSWORD, "record", "watcher", "--out", file.toString(), "-t", PREFIX + "/flood/#");
        AtomicBoolean publishing = new AtomicBoolean(true);
        Thread publisher;
        try {
            awaitRecording(record);
            publisher = Thread.ofPlatform().start(() -> publishUntil(publishing));
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> rowsIn(file) >= 3_000);
        } finally {
            record.killHard();
            publishing.set(false);
        }
        publisher.join();
        long committedBeforeKill = 3_000;

        List<Integer> indexes = new ArrayList<>();
        try (RecordingReader reader = RecordingReader.open(file)) {
            reader.forEach(
                    RecordingQuery.ALL,
                    m -> indexes.add(Integer.parseInt(new String(m.payload(), StandardCharsets.UTF_8))));
            assertThat(reader.summary().messages()).isGreaterThanOrEqualTo(committedBeforeKill);
        }
        // every message up to the last committed one, none missing, none twice
        assertThat(indexes).hasSizeGreaterThanOrEqualTo((int) committedBeforeKill);
        for (int i = 0; i < indexes.size(); i++) {
            assertThat(indexes.get(i)).isEqualTo(i);
        }
        InProcessCli cli = new InProcessCli(home);
        assertThat(cli.run("history", file.toString(), "--limit", "3"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out().lines()).hasSize(3).allMatch(line -> line.contains(PREFIX + "/flood/"));
    }

    @Test
    void recordStopsAtCountHistoryReadsItAndReplayNeedsControl() throws Exception {
        Path file = home.resolve("five.sqlite");
        LauncherProcess record = LauncherProcess.start(
                home,
                STORE_PASSWORD,
                "record",
                "watcher",
                "--out",
                file.toString(),
                "-t",
                PREFIX + "/+/rdr/evt",
                "--count",
                "5");
        try {
            awaitRecording(record);
            try (MqttConnection control = control()) {
                for (int i = 0; i < 6; i++) {
                    byte[] payload = i == 1
                            ? new byte[] {(byte) 0xFF, 0x00}
                            : ("{\"Interface\":\"13.56\",\"Protocol\":\"NFC-A\",\"TagId\":\"04AB" + i
                                            + "\",\"Move\":\"Insert\"}")
                                    .getBytes(StandardCharsets.UTF_8);
                    control.publish(PREFIX + "/DA1275B0/rdr/evt", payload, 1, false)
                            .join();
                }
            }
            assertThat(record.waitFor()).as(record.toString()).isZero();
        } finally {
            record.destroy();
        }
        assertThat(record.stderr()).contains("# recorded 5 messages into " + file);

        InProcessCli cli = new InProcessCli(home);
        assertThat(cli.run("history", file.toString(), "--json")).as(cli.err()).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(5);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.getFirst());
        assertThat(first.get("topic").asText()).isEqualTo(PREFIX + "/DA1275B0/rdr/evt");
        assertThat(first.get("qos").asInt()).isEqualTo(1);
        assertThat(first.get("retain").asBoolean()).isFalse();
        assertThat(first.get("payload").asText()).contains("\"TagId\":\"04AB0\"");
        assertThat(first.get("receivedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(json.readTree(lines.get(1)).get("payloadBase64").asText()).isEqualTo("/wA=");

        assertThat(cli.run("history", file.toString(), "--text", "04AB3", "--since", "-1h"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out().lines()).hasSize(1).first().asString().contains("04AB3");
        assertThat(cli.run("history", file.toString(), "--until", "-1h")).isZero();
        assertThat(cli.out()).isEmpty();
        try (RecordingReader reader = RecordingReader.open(file)) {
            assertThat(reader.summary().tagEvents()).isEqualTo(4);
        }

        LauncherProcess watcherReplay = LauncherProcess.run(home, STORE_PASSWORD, "replay", file.toString(), "watcher");
        assertThat(watcherReplay.exitCode()).as(watcherReplay.toString()).isEqualTo(2);
        assertThat(watcherReplay.stderr())
                .startsWith("error: 'watcher' is a Watcher certificate")
                .contains("Control");

        LauncherProcess replay =
                LauncherProcess.run(home, STORE_PASSWORD, "replay", file.toString(), "control", "--speed", "max");
        assertThat(replay.exitCode()).as(replay.toString()).isZero();
        assertThat(replay.stderr()).contains("# replayed 5 messages: 5 accepted, 0 refused");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        InProcessCli cli = new InProcessCli(home);
        Path notThere = home.resolve("nothing.sqlite");
        assertThat(cli.run(
                        "record", "watcher", "--out", home.resolve("x.sqlite").toString(), "--count", "0"))
                .isEqualTo(2);
        assertThat(cli.err()).isEqualTo("error: --count must be at least 1, not 0" + System.lineSeparator());
        assertThat(cli.run(
                        "record", "watcher", "--out", home.resolve("x.sqlite").toString(), "--share", "a/b"))
                .isEqualTo(2);
        assertThat(cli.err()).startsWith("error: --share GROUP");
        assertThat(cli.run("history", notThere.toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("error: no recording at " + notThere);
        Path notARecording = Files.writeString(home.resolve("notes.txt"), "hello");
        assertThat(cli.run("history", notARecording.toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("error: ").contains(notARecording.toString());
        assertThat(cli.run("history", notThere.toString(), "--since", "yesterday"))
                .isEqualTo(2);
        assertThat(cli.err()).startsWith("error: --since 'yesterday' is not a time");
        assertThat(cli.run("history", notThere.toString(), "-t", "a/#/b")).isEqualTo(2);
        assertThat(cli.err()).startsWith("error: '#' must be");
        assertThat(cli.run("replay", notThere.toString(), "control", "--speed", "0"))
                .isEqualTo(2);
        assertThat(cli.err()).startsWith("error: --speed: speed must be a number above 0");
        assertThat(Files.exists(home.resolve("x.sqlite"))).isFalse();
    }

    /** Until the recorder says it is subscribed; a failure shows what the process printed. */
    private static void awaitRecording(LauncherProcess record) {
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> record.stderr().contains("# recording into") || !record.isAlive());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("record did not start: " + record, e);
        }
        assertThat(record.stderr()).as(record.toString()).contains("# recording into");
    }

    private static long rowsIn(Path file) {
        if (!Files.exists(file)) {
            return 0;
        }
        try (RecordingReader reader = RecordingReader.open(file)) {
            return reader.summary().messages();
        } catch (Exception stillCreating) {
            return 0;
        }
    }

    private static void publishUntil(AtomicBoolean publishing) {
        try (MqttConnection control = control()) {
            for (int i = 0; publishing.get(); i++) {
                // QoS 1 with a bounded window: the publisher keeps going until the recorder is killed
                control.publish(
                                PREFIX + "/flood/" + (i % 7),
                                Integer.toString(i).getBytes(StandardCharsets.UTF_8),
                                1,
                                false)
                        .join();
            }
        }
    }

    private static MqttConnection control() {
        MqttConnection connection = MqttConnection.create(
                ConnectionProfile.builder("c")
                        .host(broker.host())
                        .port(broker.port())
                        .identity("control")
                        .trustAnchors("root")
                        .clientId("control-" + System.nanoTime())
                        .subscriptions(List.of())
                        .build(),
                TestTls.material(
                        pki.controlCertificate("control"),
                        Role.CONTROL,
                        pki.root().certificate()),
                ConnectionOptions.builder(m -> {}).build());
        connection.connect().join();
        return connection;
    }
}
