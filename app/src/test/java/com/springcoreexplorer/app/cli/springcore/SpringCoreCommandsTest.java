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
import com.springcoreexplorer.mqtt.springcore.Samples;
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
        broker = MosquittoBroker.builder(pki)
                .watcher("watcher")
                .control("control")
                .start();
        SequencedMap<String, IssuedCertificate> identities = new LinkedHashMap<>();
        identities.put("watcher", pki.watcherCertificate("watcher"));
        identities.put("control", pki.controlCertificate("control"));
        TestHome.withProfiles(home, STORE_PASSWORD, broker, pki.root().certificate(), identities);
        // two readers with retained META/STATUS, as SpringCore devices configured to retain
        readerA = reader("DA1275B0");
        publish(
                readerA,
                "DA1275B0",
                "meta",
                "{\"ProductName\":\"SpringPark\",\"Firmware\":\"1.42\",\"IpAddress\":\"192.168.1.50\"}",
                true);
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
        Mqtt5BlockingClient client = MqttClient.builder()
                .useMqttVersion5()
                .identifier(serial)
                .serverHost(broker.host())
                .serverPort(broker.port())
                .sslConfig(MqttClientSslConfig.builder()
                        .keyManagerFactory(TestTls.keyManagers(pki.deviceCertificate(serial)))
                        .trustManagerFactory(TestTls.trustManagers(pki.root().certificate()))
                        .build())
                .buildBlocking();
        client.connect();
        return client;
    }

    private static void publish(Mqtt5BlockingClient client, String id, String channel, String payload, boolean retain) {
        client.publishWith()
                .topic(PREFIX + "/" + id + "/" + channel)
                .qos(MqttQos.AT_LEAST_ONCE)
                .retain(retain)
                .payload(payload.getBytes(StandardCharsets.UTF_8))
                .send();
    }

    @Test
    void devicesListsTheReadersSeenInTheWindow() throws Exception {
        LauncherProcess table = LauncherProcess.run(home, STORE_PASSWORD, "devices", "watcher", "--wait", "1.5");
        assertThat(table.exitCode()).as(table.toString()).isZero();
        List<String> lines = table.stdout().lines().toList();
        assertThat(lines.getFirst())
                .startsWith("DEVICE")
                .contains("STATE", "PRODUCT", "FIRMWARE", "IP", "EVENTS", "LAST TAG");
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
            readerA.subscribeWith()
                    .topicFilter(PREFIX + "/DA1275B0/rdr/cmd")
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .send();

            LauncherProcess wink =
                    LauncherProcess.run(home, STORE_PASSWORD, "send", "control", "DA1275B0", "--sequence", "wink");
            assertThat(wink.exitCode()).as(wink.toString()).isZero();
            assertThat(wink.stdout()).contains(PREFIX + "/DA1275B0/rdr/cmd: Wink (0E)", "accepted");
            assertThat(received(commands)).isEqualTo("{\"Sequence\":14}");

            // the $SCCMD page's example, byte for byte: no checksum, <CR><LF> as its frame and examples end
            // https://docs.springcard.com/books/SpringCore/Host_Protocols/Smart_Reader_Protocols/$SCRDR_Messages/$SCCMD_Message
            LauncherProcess beep = LauncherProcess.run(
                    home,
                    STORE_PASSWORD,
                    "send",
                    "control",
                    "DA1275B0",
                    "--text",
                    "--leds",
                    "92929292",
                    "--buzzer",
                    "100");
            assertThat(beep.exitCode()).as(beep.toString()).isZero();
            assertThat(receivedBytes(commands))
                    .isEqualTo("$SCCMD;LEDS=92929292;BUZZ=0064\r\n".getBytes(StandardCharsets.US_ASCII));

            // --checksum: the same page's rule, XOR from '$' to '*' both included
            LauncherProcess included = LauncherProcess.run(
                    home,
                    STORE_PASSWORD,
                    "send",
                    "control",
                    "DA1275B0",
                    "--text",
                    "--leds",
                    "92929292",
                    "--buzzer",
                    "100",
                    "--checksum");
            assertThat(included.exitCode()).as(included.toString()).isZero();
            assertThat(received(commands)).isEqualTo("$SCCMD;LEDS=92929292;BUZZ=0064*5F\r\n");

            // --checksum=excluded: the $SCRDR "Message structure" page's rule, and a sequence by its $SCCMD page name
            LauncherProcess excluded = LauncherProcess.run(
                    home,
                    STORE_PASSWORD,
                    "send",
                    "control",
                    "DA1275B0",
                    "--text",
                    "--sequence",
                    "access-granted",
                    "--checksum=excluded");
            assertThat(excluded.exitCode()).as(excluded.toString()).isZero();
            assertThat(excluded.stdout()).contains("Access Granted (60)");
            int xor = 0;
            for (char c : "SCCMD;SEQ=60".toCharArray()) {
                xor ^= c;
            }
            assertThat(received(commands)).isEqualTo(String.format("$SCCMD;SEQ=60*%02X\r\n", xor));

            LauncherProcess raw =
                    LauncherProcess.run(home, STORE_PASSWORD, "send", "control", "DA1275B0", "--raw", "Relay=1");
            assertThat(raw.exitCode()).as(raw.toString()).isZero();
            assertThat(received(commands)).isEqualTo("{\"Relay\":1}");
        }
    }

    @Test
    void sendRefusesWhatTheVendorForbidsWithOneErrorLine() throws Exception {
        LauncherProcess both = LauncherProcess.run(
                home, STORE_PASSWORD, "send", "control", "DA1275B0", "--sequence", "wink", "--buzzer", "100");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.stderr()).startsWith("error: a sequence cannot be combined with LEDs, RGB or buzzer");
        assertThat(both.stderr().lines()).hasSize(1);
    }

    @Test
    void subJsonCarriesTheDecodedEventAndTheDevice() throws Exception {
        LauncherProcess sub = LauncherProcess.start(
                home, STORE_PASSWORD, "sub", "watcher", "-t", PREFIX + "/DA1275B0/rdr/evt", "--count", "2", "--json");
        try {
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(60))
                    .until(() -> sub.stderr().contains("# connected"));
            publish(
                    readerA,
                    "DA1275B0",
                    "rdr/evt",
                    "{\"Interface\":\"13.56\",\"Protocol\":\"NFC-A\",\"Template\":1,"
                            + "\"TagId\":\"047DAE02C84080\",\"Uptime\":\"699:16.850\"}",
                    false);
            readerA.publishWith()
                    .topic(PREFIX + "/DA1275B0/rdr/evt")
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .payload(new byte[] {(byte) 0xFF, 0x00, 0x01})
                    .send();
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

    /**
     * Samples transcribed from SpringCard's pages (resources/samples, each file's page in its README), published by a
     * reader to a real mosquitto and decoded by {@code sub --json}:
     * META: https://docs.springcard.com/books/SpringCore/Host_Protocols/Smart_Reader_Protocols/JSON_Messages/META_Message
     * and .../Host_interfaces/Physical_and_Transport/Network/MQTT_Client/Meta_topic (older firmware);
     * STATUS: .../Host_interfaces/Physical_and_Transport/Network/MQTT_Client/Status_topic;
     * tag event: .../Host_Protocols/Smart_Reader_Protocols/JSON_Messages/READER_EVENT_Message;
     * $SCCMD: .../Host_Protocols/Smart_Reader_Protocols/$SCRDR_Messages/$SCCMD_Message;
     * JSON command: .../Host_Protocols/Smart_Reader_Protocols/JSON_Messages/READER_COMMAND_Message;
     * binary topics: .../Host_Interfaces/Network/MQTT_Client/Topics.
     */
    @Test
    void subJsonDecodesThePagesSamplesThroughMosquitto() throws Exception {
        String id = "5A3E0013";
        List<String[]> published = List.of(
                new String[] {"meta", "meta-current-firmware-doc.json"},
                new String[] {"meta", "meta-older-firmware-doc.json"},
                new String[] {"status", "status-online-ready.json"},
                new String[] {"rdr/evt", "tag-json-current.json"},
                new String[] {"rdr/evt", "tag-scrdr-checksum-excluding.txt"},
                new String[] {"rdr/cmd", "cmd-sccmd-doc.txt"},
                new String[] {"rdr/cmd", "cmd-sccmd-access-granted.txt"},
                new String[] {"rdr/cmd", "cmd-sccmd-checksum-included.txt"},
                new String[] {"rdr/cmd", "cmd-buzzer-hex-string.json"});
        Mqtt5BlockingClient reader = reader(id);
        LauncherProcess sub = LauncherProcess.start(
                home,
                STORE_PASSWORD,
                "sub",
                "watcher",
                "-t",
                PREFIX + "/" + id + "/#",
                "--count",
                Integer.toString(published.size() + 2),
                "--json");
        try {
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(60))
                    .until(() -> sub.stderr().contains("# connected"));
            for (String[] sample : published) {
                reader.publishWith()
                        .topic(PREFIX + "/" + id + "/" + sample[0])
                        .qos(MqttQos.AT_LEAST_ONCE)
                        .payload(Samples.bytes(sample[1]))
                        .send();
            }
            reader.publishWith()
                    .topic(PREFIX + "/" + id + "/ccid/r2p")
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .payload(new byte[] {(byte) 0x80, 0, 0})
                    .send();
            reader.publishWith()
                    .topic(PREFIX + "/" + id + "/rdr/evt")
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .payload(new byte[] {(byte) 0xC0, 0x07, 0x04, 0x7D, (byte) 0xAE})
                    .send();
            sub.waitFor();
        } finally {
            sub.destroy();
            reader.disconnect();
        }
        assertThat(sub.exitCode()).as(sub.toString()).isZero();
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : sub.stdout().lines().toList()) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).hasSize(published.size() + 2);

        JsonNode current = lines.get(0);
        assertThat(current.get("event").get("kind").asText()).isEqualTo("meta");
        assertThat(current.get("device").get("firmwareBuild").asText()).isEqualTo("1.23-11-g30998598");
        assertThat(current.get("device").get("mac").asText()).isEqualTo("74:90:50:00:79:03");
        assertThat(current.get("device").get("ip").asText()).isEqualTo("192.168.16.212");
        JsonNode older = lines.get(1).get("device");
        assertThat(older.get("firmwareBuild").asText())
                .as("older firmware: Version is the firmware version")
                .isEqualTo("1.10");
        assertThat(older.get("firmware").asText()).isEqualTo("SpringCore/E518/SpringPark");
        assertThat(older.has("ip")).as("IpAddress \"\" is absent").isFalse();
        assertThat(lines.get(2).get("event").get("state").asText()).isEqualTo("ONLINE_READY");
        JsonNode tag = lines.get(3).get("event");
        assertThat(tag.get("tagId").asText()).isEqualTo("047DAE02C84080");
        assertThat(tag.has("move"))
                .as("Insert/Remove tracking is off by default: no Move, nothing shown")
                .isFalse();
        JsonNode scrdr = lines.get(4).get("event");
        assertThat(scrdr.get("format").asText()).isEqualTo("TEXT");
        assertThat(scrdr.get("checksum").asText()).isEqualTo("VALID_EXCLUDING_DELIMITERS");
        JsonNode doc = lines.get(5).get("event");
        assertThat(doc.get("leds").asText()).isEqualTo("92929292");
        assertThat(doc.get("buzzerMs").asInt()).isEqualTo(100);
        assertThat(doc.get("checksum").asText()).isEqualTo("ABSENT");
        JsonNode granted = lines.get(6).get("event");
        assertThat(granted.get("summary").asText()).isEqualTo("Access Granted (60)");
        assertThat(granted.get("sequenceName").asText()).isEqualTo("Access Granted");
        assertThat(lines.get(7).get("event").get("checksum").asText()).isEqualTo("VALID_INCLUDING_DELIMITERS");
        assertThat(lines.get(8).get("event").get("buzzerMs").asInt())
                .as("{\"Buzzer\":\"0064\"} is 100 ms")
                .isEqualTo(100);
        JsonNode r2p = lines.get(9).get("event");
        assertThat(r2p.get("kind").asText()).isEqualTo("raw");
        assertThat(r2p.get("binaryTopic").asText()).isEqualTo("ccid/r2p");
        assertThat(r2p.get("direction").asText()).isEqualTo("DEVICE_TO_HOST");
        assertThat(r2p.get("hex").asText()).isEqualTo("80 00 00");
        assertThat(lines.get(10).get("event").get("reason").asText())
                .startsWith("binary tag event (TLV/MK1, register 02A0)");
        for (JsonNode line : lines.subList(0, published.size())) {
            assertThat(line.get("event").has("warnings")).as(line.toString()).isFalse();
        }
    }

    @Test
    void aWatcherIsWarnedAndRefusedByTheBroker() throws Exception {
        LauncherProcess refused =
                LauncherProcess.run(home, STORE_PASSWORD, "send", "watcher", "DA1275B0", "--sequence", "read-success");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(4);
        assertThat(refused.stderr())
                .contains("warning: 'watcher' is a Watcher certificate")
                .contains("needs a Control certificate");
    }

    private static byte[] receivedBytes(Mqtt5BlockingClient.Mqtt5Publishes publishes) throws InterruptedException {
        Optional<Mqtt5Publish> p = publishes.receive(10, TimeUnit.SECONDS);
        assertThat(p).isPresent();
        return p.get().getPayloadAsBytes();
    }

    private static String received(Mqtt5BlockingClient.Mqtt5Publishes publishes) throws InterruptedException {
        Optional<Mqtt5Publish> p = publishes.receive(10, TimeUnit.SECONDS);
        assertThat(p).isPresent();
        return new String(p.get().getPayloadAsBytes(), StandardCharsets.UTF_8);
    }
}
