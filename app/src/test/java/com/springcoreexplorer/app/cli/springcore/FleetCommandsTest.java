package com.springcoreexplorer.app.cli.springcore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.springcoreexplorer.app.cli.testing.InProcessCli;
import com.springcoreexplorer.app.cli.testing.LauncherProcess;
import com.springcoreexplorer.app.cli.testing.TestHome;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch --json} and the health fields of {@code devices --json}: the real launcher, a real mosquitto with mutual TLS. */
class FleetCommandsTest {

    private static final String STORE_PASSWORD = "store-password-for-fleet-tests";
    private static final String PREFIX = MosquittoBroker.DEFAULT_PREFIX;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path home;

    private static SpringCorePki pki;
    private static MosquittoBroker broker;

    @BeforeAll
    static void setUp() throws Exception {
        pki = SpringCorePki.generate("SpringCore fleet CLI");
        broker = MosquittoBroker.builder(pki).watcher("watcher").start();
        SequencedMap<String, IssuedCertificate> identities = new LinkedHashMap<>();
        identities.put("watcher", pki.watcherCertificate("watcher"));
        TestHome.withProfiles(home, STORE_PASSWORD, broker, pki.root().certificate(), identities);
    }

    @AfterAll
    static void tearDown() {
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

    /** Without waiting for the broker's acknowledgement: the loop keeps its pace on a busy machine. */
    private static void publishAsync(Mqtt5BlockingClient client, String channel, String payload) {
        client.toAsync()
                .publishWith()
                .topic(PREFIX + "/16051974/" + channel)
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload.getBytes(StandardCharsets.UTF_8))
                .send();
    }

    private static List<JsonNode> jsonLines(String text) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.lines().filter(l -> !l.isBlank()).toList()) {
            try {
                lines.add(JSON.readTree(line));
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }
        return lines;
    }

    @Test
    void watchPrintsOneJsonObjectPerAlert() throws Exception {
        Mqtt5BlockingClient reader = reader("DA1275B0");
        publish(reader, "DA1275B0", "status", "{\"State\":\"online,ready\",\"Uptime\":\"10:500.000\"}", true);
        Path rules = home.resolve("rules.json");
        Files.writeString(
                rules,
                "[{\"type\":\"reboot\"},{\"type\":\"offline\"},{\"type\":\"back\"},{\"type\":\"stale\"},"
                        + "{\"type\":\"tagWatch\",\"tags\":[\"04AA\"],\"name\":\"VIP card\"}]");
        LauncherProcess watch = LauncherProcess.start(
                home, STORE_PASSWORD, "watch", "watcher", "--json", "--rules", rules.toString(), "--stale", "4");
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> watch.stderr().contains("watching"));
            publish(reader, "DA1275B0", "status", "{\"State\":\"online,ready\",\"Uptime\":\"11:2.000\"}", true);
            publish(reader, "DA1275B0", "status", "{\"State\":\"offline,dead\"}", true);
            publish(reader, "DA1275B0", "status", "{\"State\":\"online,ready\",\"Uptime\":\"11:5.000\"}", true);
            publish(reader, "DA1275B0", "rdr/evt", "{\"Interface\":\"13.56\",\"TagId\":\"04AA\",\"RSSI\":-52}", false);
            // then silence: stale after 4 s
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jsonLines(watch.stdout()).stream()
                            .anyMatch(line -> line.get("alert").asText().equals("stale")));
            List<JsonNode> alerts = jsonLines(watch.stdout());
            assertThat(alerts)
                    .extracting(a -> a.get("alert").asText())
                    .as(watch.toString())
                    .containsSubsequence("reboot", "dead", "back", "rule", "stale");
            assertThat(alerts).allSatisfy(a -> {
                assertThat(a.get("device").asText()).isEqualTo("DA1275B0");
                assertThat(a.get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            });
            JsonNode reboot = alerts.stream()
                    .filter(a -> a.get("alert").asText().equals("reboot"))
                    .findFirst()
                    .orElseThrow();
            assertThat(reboot.get("detail").asText()).isEqualTo("start-up counter 10 -> 11");
            JsonNode rule = alerts.stream()
                    .filter(a -> a.get("alert").asText().equals("rule"))
                    .findFirst()
                    .orElseThrow();
            assertThat(rule.get("detail").asText()).isEqualTo("watched tag 04AA on 13.56");
            assertThat(rule.get("rule").asText()).isEqualTo("VIP card");
        } finally {
            watch.destroy();
            reader.disconnect();
        }
    }

    @Test
    void watchRefusesBadRulesInOneLine() throws Exception {
        Path rules = home.resolve("bad-rules.json");
        Files.writeString(rules, "[{\"type\":\"noReads\",\"minutes\":0}]");
        InProcessCli cli = new InProcessCli(home);
        assertThat(cli.run("watch", "watcher", "--rules", rules.toString())).isEqualTo(2);
        assertThat(cli.err().strip())
                .startsWith("error: " + rules + ": rule 'no tag read for 0 min': minutes must be between 1 and 10080")
                .doesNotContain("\n");
    }

    @Test
    void devicesJsonGainsRebootsOutagesAndRssi() throws Exception {
        Mqtt5BlockingClient reader = reader("16051974");
        LauncherProcess devices =
                LauncherProcess.start(home, STORE_PASSWORD, "devices", "watcher", "--json", "--wait", "3");
        try {
            // the command says nothing while it listens: keep the reader busy until it has printed
            int counter = 100;
            while (devices.isRunning() && counter < 1000) {
                publishAsync(reader, "status", "{\"State\":\"online,ready\",\"Uptime\":\"" + counter + ":1.000\"}");
                publishAsync(reader, "rdr/evt", "{\"Interface\":\"13.56\",\"TagId\":\"04BB\",\"RSSI\":-55}");
                publishAsync(reader, "rdr/evt", "{\"Interface\":\"900\",\"TagId\":\"E200\",\"RSSI\":-71}");
                publishAsync(reader, "status", "{\"State\":\"offline,dead\"}");
                counter++;
                Thread.sleep(300);
            }
            assertThat(devices.waitFor()).as(devices.toString()).isZero();
            JsonNode device = JSON.readTree(devices.stdout()).get(0);
            assertThat(device.get("device").asText()).isEqualTo("16051974");
            assertThat(device.get("reboots").asInt()).as(devices.stdout()).isPositive();
            assertThat(device.get("outages").asInt()).isPositive();
            assertThat(device.get("rssi").get("13.56").get("last").asInt()).isEqualTo(-55);
            assertThat(device.get("rssi").get("13.56").get("mean1m").asDouble()).isEqualTo(-55.0);
            assertThat(device.get("rssi").get("900").get("min1h").asDouble()).isEqualTo(-71.0);
        } finally {
            reader.disconnect();
        }
    }
}
