package com.springcoreexplorer.app.cli.springcore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.springcoreexplorer.app.cli.testing.LauncherProcess;
import com.springcoreexplorer.app.cli.testing.TestHome;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code devices} and {@code send} end to end: the real launcher in its own JVM, identities in the real
 * encrypted store, a real mosquitto with mutual TLS, readers with X.509 v1 device certificates.
 */
class SpringCoreCommandsTest {

    private static final String STORE_PASSWORD = "store-password-for-springcore-tests";
    private static final String PREFIX = MosquittoBroker.DEFAULT_PREFIX;

    @TempDir
    static Path home;
    private static SpringCorePki pki;
    private static MosquittoBroker broker;
    private static Mqtt5BlockingClient readerA;
    private static Mqtt5BlockingClient readerB;

    @BeforeAll
    static void setUp() throws Exception {
        pki = SpringCorePki.generate("SpringCore CLI");
        broker = MosquittoBroker.builder(pki).watcher("watcher").control("control").start();
        SequencedMap<String, IssuedCertificate> identities = new LinkedHashMap<>();
        identities.put("watcher", pki.watcherCertificate("watcher"));
        identities.put("control", pki.controlCertificate("control"));
        TestHome.withProfiles(home, STORE_PASSWORD, broker, pki.root().certificate(), identities);
        // two readers with retained META/STATUS, as SpringCore devices configured to retain
        readerA = reader("DA1275B0");
        publish(readerA, "DA1275B0", "meta", "{\"ProductName\":\"SpringPark\",\"Firmware\":\"1.42\",\"IpAddress\":\"192.168.1.50\"}", true);
        publish(readerA, "DA1275B0", "status", "{\"State\":\"online,ready\",\"Uptime\":\"145:1860.081\"}", true);
        readerB = reader("16051974");
        publish(readerB, "16051974", "status", "{\"State\":\"online,busy\",\"Uptime\":\"3:12.5\"}", true);
    }

    @AfterAll
    static void tearDown() {
        readerA.disconnect();
        readerB.disconnect();
        broker.close();
    }

    private static Mqtt5BlockingClient reader(String serial) {
        Mqtt5BlockingClient client = MqttClient.builder().useMqttVersion5().identifier(serial)
                .serverHost(broker.host()).serverPort(broker.port())
                .sslConfig(MqttClientSslConfig.builder()
                        .keyManagerFactory(TestTls.keyManagers(pki.deviceCertificate(serial)))
                        .trustManagerFactory(TestTls.trustManagers(pki.root().certificate())).build())
                .buildBlocking();
        client.connect();
        return client;
    }

    private static void publish(Mqtt5BlockingClient client, String id, String channel, String payload, boolean retain) {
        client.publishWith().topic(PREFIX + "/" + id + "/" + channel).qos(MqttQos.AT_LEAST_ONCE).retain(retain)
                .payload(payload.getBytes(StandardCharsets.UTF_8)).send();
    }

    @Test
    void devicesListsTheReadersSeenInTheWindow() throws Exception {
        LauncherProcess table = LauncherProcess.run(home, STORE_PASSWORD, "devices", "watcher", "--wait", "1.5");
        assertThat(table.exitCode()).as(table.toString()).isZero();
        List<String> lines = table.stdout().lines().toList();
        assertThat(lines.getFirst()).startsWith("DEVICE").contains("STATE", "PRODUCT", "FIRMWARE", "IP", "EVENTS", "LAST TAG");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("16051974").contains("online,busy");
        assertThat(lines.get(2)).startsWith("DA1275B0").contains("online,ready", "SpringPark", "1.42", "192.168.1.50");

        LauncherProcess json = LauncherProcess.run(home, STORE_PASSWORD, "devices", "watcher", "--json", "--wait", "1");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode array = JsonMapper.builder().build().readTree(json.stdout());
        assertThat(array.size()).isEqualTo(2);
        JsonNode a = array.get(1);
        assertThat(a.get("device").asText()).isEqualTo("DA1275B0");
        assertThat(a.get("state").asText()).isEqualTo("ONLINE_READY");
        assertThat(a.get("product").asText()).isEqualTo("SpringPark");
        assertThat(a.get("ip").asText()).isEqualTo("192.168.1.50");
        assertThat(a.get("uptime").get("startups").asInt()).isEqualTo(145);
        assertThat(a.get("stale").asBoolean()).isFalse();
    }

    @Test
    void sendPublishesWhatTheReaderUnderstands() throws Exception {
        try (Mqtt5BlockingClient.Mqtt5Publishes commands = readerA.publishes(MqttGlobalPublishFilter.SUBSCRIBED)) {
            readerA.subscribeWith().topicFilter(PREFIX + "/DA1275B0/rdr/cmd").qos(MqttQos.AT_LEAST_ONCE).send();

            LauncherProcess wink = LauncherProcess.run(home, STORE_PASSWORD, "send", "control", "DA1275B0", "--sequence", "wink");
            assertThat(wink.exitCode()).as(wink.toString()).isZero();
            assertThat(wink.stdout()).contains(PREFIX + "/DA1275B0/rdr/cmd: wink (0E)", "accepted");
            assertThat(received(commands)).isEqualTo("{\"Sequence\":14}");

            LauncherProcess beep = LauncherProcess.run(home, STORE_PASSWORD, "send", "control", "DA1275B0",
                    "--leds", "92929292", "--buzzer", "100", "--text", "--no-checksum");
            assertThat(beep.exitCode()).as(beep.toString()).isZero();
            assertThat(received(commands)).isEqualTo("$SCCMD;LEDS=92929292;BUZZ=0064\r\n");

            LauncherProcess raw = LauncherProcess.run(home, STORE_PASSWORD, "send", "control", "DA1275B0", "--raw", "Relay=1");
            assertThat(raw.exitCode()).as(raw.toString()).isZero();
            assertThat(received(commands)).isEqualTo("{\"Relay\":1}");
        }
    }

    @Test
    void sendRefusesWhatTheVendorForbidsWithOneErrorLine() throws Exception {
        LauncherProcess both = LauncherProcess.run(home, STORE_PASSWORD, "send", "control", "DA1275B0", "--sequence", "wink", "--buzzer", "100");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.stderr()).startsWith("error: a sequence cannot be combined with LEDs, RGB or buzzer");
        assertThat(both.stderr().lines()).hasSize(1);

    }

    @Test
    void subJsonCarriesTheDecodedEventAndTheDevice() throws Exception {
        LauncherProcess sub = LauncherProcess.start(home, STORE_PASSWORD, "sub", "watcher", "-t", PREFIX + "/DA1275B0/rdr/evt",
                "--count", "2", "--json");
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> sub.stderr().contains("# connected"));
            publish(readerA, "DA1275B0", "rdr/evt", "{\"Interface\":\"13.56\",\"Protocol\":\"NFC-A\",\"Template\":1,"
                    + "\"TagId\":\"047DAE02C84080\",\"Uptime\":\"699:16.850\"}", false);
            readerA.publishWith().topic(PREFIX + "/DA1275B0/rdr/evt").qos(MqttQos.AT_LEAST_ONCE)
                    .payload(new byte[] {(byte) 0xFF, 0x00, 0x01}).send();
            sub.waitFor();
        } finally {
            sub.destroy();
        }
        assertThat(sub.exitCode()).as(sub.toString()).isZero();
        List<String> lines = sub.stdout().lines().toList();
        assertThat(lines).hasSize(2);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode tag = json.readTree(lines.get(0));
        assertThat(tag.get("event").get("kind").asText()).isEqualTo("tag");
        assertThat(tag.get("event").get("tagId").asText()).isEqualTo("047DAE02C84080");
        assertThat(tag.get("event").get("protocol").asText()).isEqualTo("NFC-A");
        assertThat(tag.get("device").get("device").asText()).isEqualTo("DA1275B0");
        assertThat(tag.get("device").get("events").asInt()).isEqualTo(1);
        JsonNode binary = json.readTree(lines.get(1));
        assertThat(binary.get("event").get("kind").asText()).isEqualTo("raw");
        assertThat(binary.get("event").get("hex").asText()).isEqualTo("FF 00 01");
    }

    @Test
    void aWatcherIsWarnedAndRefusedByTheBroker() throws Exception {
        LauncherProcess refused = LauncherProcess.run(home, STORE_PASSWORD, "send", "watcher", "DA1275B0", "--sequence", "read-success");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(4);
        assertThat(refused.stderr()).contains("warning: 'watcher' is a Watcher certificate").contains("needs a Control certificate");
    }

    private static String received(Mqtt5BlockingClient.Mqtt5Publishes publishes) throws InterruptedException {
        Optional<Mqtt5Publish> p = publishes.receive(10, TimeUnit.SECONDS);
        assertThat(p).isPresent();
        return new String(p.get().getPayloadAsBytes(), StandardCharsets.UTF_8);
    }
}
