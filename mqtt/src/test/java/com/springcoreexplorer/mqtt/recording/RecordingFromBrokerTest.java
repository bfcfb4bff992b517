package com.springcoreexplorer.mqtt.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.PublishOutcome;
import com.springcoreexplorer.mqtt.message.InboundMessage.MessageProperties;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorder against a real mosquitto (mutual TLS): a flood lands whole in the file, and a replay of
 * the file reaches mosquitto_sub byte for byte and in order.
 */
class RecordingFromBrokerTest {

    private static final String PREFIX = MosquittoBroker.DEFAULT_PREFIX;

    @TempDir
    static Path folder;

    private static SpringCorePki pki;
    private static MosquittoBroker broker;

    @BeforeAll
    static void startBroker() {
        pki = SpringCorePki.generate("recording test");
        broker = MosquittoBroker.builder(pki)
                .watcher("watcher")
                .control("control")
                .start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void aFloodIsRecordedWholeAndInOrder() throws Exception {
        int count = 10_000;
        Path file = folder.resolve("flood.sqlite");
        try (Recorder recorder = Recorder.start(file, RecorderSettings.of("watcher", null, 0));
                MqttConnection watcher = connect(
                        "watcher", Role.WATCHER, List.of(SubscriptionSpec.of(PREFIX + "/#")), recorder::accept);
                MqttConnection control = connect("control", Role.CONTROL, List.of(), m -> {})) {
            List<CompletableFuture<PublishOutcome>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String device = "READER" + (i % 10);
                byte[] payload = i % 5 == 0
                        ? ("{\"Interface\":\"13.56\",\"Protocol\":\"NFC-A\",\"TagId\":\"04" + String.format("%012X", i)
                                        + "\",\"Move\":\"Insert\",\"RSSI\":-40}")
                                .getBytes(StandardCharsets.UTF_8)
                        : ("{\"State\":\"online,ready\",\"Uptime\":\"1:" + i + ".000\"}")
                                .getBytes(StandardCharsets.UTF_8);
                String topic = PREFIX + "/" + device + (i % 5 == 0 ? "/rdr/evt" : "/status") + "/" + i;
                sent.add(control.publish(i % 5 == 0 ? PREFIX + "/" + device + "/rdr/evt" : topic, payload, 1, false));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(60)).until(() -> recorder.stats().committed() >= count);
        }
        try (RecordingReader reader = RecordingReader.open(file)) {
            RecordingSummary summary = reader.summary();
            assertThat(summary.messages()).isEqualTo(count);
            assertThat(summary.tagEvents()).isEqualTo(count / 5);
            assertThat(summary.sources()).containsExactly("watcher");
            List<Integer> order = new ArrayList<>();
            reader.forEach(RecordingQuery.ALL, m -> {
                String text = new String(m.payload(), StandardCharsets.UTF_8);
                order.add(
                        text.contains("TagId")
                                ? Integer.parseInt(
                                        text.substring(text.indexOf("\"04") + 3, text.indexOf("\"04") + 15), 16)
                                : Integer.parseInt(text.substring(text.indexOf("1:") + 2, text.indexOf(".000"))));
            });
            assertThat(order).hasSize(count).isSorted();
            // the history search box's queries: full-text word start, MQTT filter and both
            assertThat(reader.forEach(new RecordingQuery(List.of(), "0400000000000A", null, null, 0), m -> {}))
                    .isEqualTo(1);
            assertThat(reader.forEach(new RecordingQuery(List.of(PREFIX + "/READER3/#"), null, null, null, 0), m -> {}))
                    .isEqualTo(count / 10);
            assertThat(reader.forEach(
                            new RecordingQuery(List.of(PREFIX + "/+/rdr/evt"), "NFC", null, null, 7), m -> {}))
                    .isEqualTo(7);
        }
    }

    @Test
    void aReplayReachesMosquittoSubByteForByteAndInOrder() throws Exception {
        Path file = folder.resolve("replay.sqlite");
        List<byte[]> payloads = new ArrayList<>();
        Random random = new Random(15);
        payloads.add("{\"TagId\":\"047DAE02C84080\"}".getBytes(StandardCharsets.UTF_8));
        payloads.add(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00, 0x0A}); // invalid UTF-8, NUL, line feed
        byte[] large = new byte[64 * 1024];
        random.nextBytes(large);
        payloads.add(large);
        payloads.add("$SCRDR;01;02;01;C8;047DAE02C84080;I;;*7A\r\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 40; i++) {
            byte[] small = new byte[1 + random.nextInt(200)];
            random.nextBytes(small);
            payloads.add(small);
        }
        MessageProperties properties = new MessageProperties(
                "application/json",
                PREFIX + "/reply",
                null,
                true,
                List.of(Map.entry("site", "lyon"), Map.entry("site", "paris")));
        try (Recorder recorder = Recorder.start(file, RecorderSettings.of("watcher", null, 0));
                MqttConnection watcher = connect(
                        "watcher", Role.WATCHER, List.of(new SubscriptionSpec(PREFIX + "/#", 2)), recorder::accept);
                MqttConnection control = connect("control", Role.CONTROL, List.of(), m -> {})) {
            for (int i = 0; i < payloads.size(); i++) {
                control.publish(
                                PREFIX + "/DA1275B0/rdr/evt/" + i,
                                payloads.get(i),
                                i % 3,
                                false,
                                i % 4 == 0 ? properties : MessageProperties.NONE)
                        .get(10, TimeUnit.SECONDS);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> recorder.stats().committed() >= payloads.size());
        }

        Path[] watcherPem = pem("watcher-sub", pki.watcherCertificate("watcher"));
        // QoS 1 at most: libmosquitto hands a QoS 2 message over only at PUBREL, after later QoS 0/1 ones
        List<String> command = new ArrayList<>(List.of(
                "mosquitto_sub",
                "-h",
                broker.host(),
                "-p",
                Integer.toString(broker.port()),
                "--cafile",
                broker.caFile().toString(),
                "--cert",
                watcherPem[0].toString(),
                "--key",
                watcherPem[1].toString(),
                "-i",
                "replay-check",
                "-V",
                "mqttv5",
                "-q",
                "1",
                "-t",
                PREFIX + "/#",
                "-C",
                Integer.toString(payloads.size()),
                "-W",
                "60",
                "-F",
                "%t|%q|%C|%R|%F|%P|%x"));
        Path subOutput = folder.resolve("mosquitto_sub.out");
        // to a file: a pipe nobody reads fills up with the 64 kB payload's hex and stalls mosquitto_sub
        Process sub = new ProcessBuilder(command)
                .redirectOutput(subOutput.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        waitForSubscription();

        List<RecordedMessage> recorded = new ArrayList<>();
        Replayer.Result result;
        try (MqttConnection control = connect("control", Role.CONTROL, List.of(), m -> {});
                RecordingReader reader = RecordingReader.open(file);
                RecordingReader.Cursor cursor = reader.cursor(RecordingQuery.ALL)) {
            result = Replayer.replay(
                    cursor,
                    m -> {
                        recorded.add(m);
                        return control.publish(m.topic(), m.payload(), m.qos(), m.retain(), m.properties());
                    },
                    ReplaySpeed.MAX,
                    (n, latest) -> {},
                    () -> false);
        }
        assertThat(result.accepted()).isEqualTo(payloads.size());
        boolean finished = sub.waitFor(60, TimeUnit.SECONDS);
        sub.destroy();
        List<String> received =
                Files.readString(subOutput, StandardCharsets.ISO_8859_1).lines().toList();

        assertThat(finished)
                .as("mosquitto_sub got every message; it printed:%n%s", String.join("\n", received))
                .isTrue();
        assertThat(recorded).hasSize(payloads.size());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            RecordedMessage m = recorded.get(i);
            assertThat(m.payload()).as("recorded payload %d", i).isEqualTo(payloads.get(i));
            assertThat(m.qos()).as("recorded QoS %d", i).isEqualTo(i % 3);
            boolean withProperties = i % 4 == 0;
            expected.add(PREFIX + "/DA1275B0/rdr/evt/" + i + "|" + Math.min(i % 3, 1) + "|"
                    + (withProperties ? "application/json" : "")
                    + "|" + (withProperties ? PREFIX + "/reply" : "") + "|" + (withProperties ? "1" : "")
                    + "|" + (withProperties ? "site:lyon site:paris" : "") + "|"
                    + HexFormat.of().formatHex(payloads.get(i)));
        }
        assertThat(received).containsExactlyElementsOf(expected);
    }

    private static void waitForSubscription() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> broker.log().contains("Received SUBSCRIBE from replay-check"));
        try {
            Thread.sleep(300); // the log line comes as the SUBSCRIBE is read, just before it takes effect
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static MqttConnection connect(
            String name,
            Role role,
            List<SubscriptionSpec> subscriptions,
            java.util.function.Consumer<com.springcoreexplorer.mqtt.message.InboundMessage> sink) {
        ConnectionProfile profile = ConnectionProfile.builder(name + "-" + System.nanoTime())
                .host(broker.host())
                .port(broker.port())
                .identity(name)
                .trustAnchors("root")
                .clientId(name + "-" + System.nanoTime())
                .subscriptions(subscriptions)
                .build();
        IssuedCertificate certificate =
                role == Role.WATCHER ? pki.watcherCertificate(name) : pki.controlCertificate(name);
        MqttConnection connection = MqttConnection.create(
                profile,
                TestTls.material(certificate, role, pki.root().certificate()),
                ConnectionOptions.builder(sink).build());
        connection.connect().join();
        return connection;
    }

    private static Path[] pem(String name, IssuedCertificate identity) throws IOException {
        Path cert = folder.resolve(name + ".pem");
        Path key = folder.resolve(name + "-key.pem");
        Files.writeString(cert, PemFiles.certificates(identity.chain()));
        Files.writeString(key, PemFiles.unencryptedPrivateKey(identity.privateKey()));
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        return new Path[] {cert, key};
    }
}
