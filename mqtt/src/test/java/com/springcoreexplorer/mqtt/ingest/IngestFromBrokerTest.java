package com.springcoreexplorer.mqtt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.bench.ThinSubscriber;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.testing.TestTls;
import com.springcoreexplorer.mqtt.topictree.TopicFilter;
import com.springcoreexplorer.mqtt.topictree.TopicNode;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A real mosquitto over mutual TLS: a Control publishes, a Watcher's messages flow through the pipeline. */
class IngestFromBrokerTest {

    private static final String PREFIX = MosquittoBroker.DEFAULT_PREFIX;

    @Test
    void messagesFromTheBrokerReachStoreTreeAndListenersInBatches() throws Exception {
        SpringCorePki pki = SpringCorePki.generate("Ingest");
        try (MosquittoBroker broker = MosquittoBroker.builder(pki)
                        .watcher("watcher")
                        .control("control")
                        .start();
                IngestPipeline pipeline = IngestPipeline.start(IngestSettings.defaults())) {
            // a retained STATUS published before anybody subscribed
            Mqtt5BlockingClient control = MqttClient.builder()
                    .useMqttVersion5()
                    .identifier("control")
                    .serverHost(broker.host())
                    .serverPort(broker.port())
                    .sslConfig(MqttClientSslConfig.builder()
                            .keyManagerFactory(TestTls.keyManagers(pki.controlCertificate("control")))
                            .trustManagerFactory(
                                    TestTls.trustManagers(pki.root().certificate()))
                            .build())
                    .buildBlocking();
            control.connect();
            control.publishWith()
                    .topic(PREFIX + "/16051974/status")
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .retain(true)
                    .payload(
                            "{\"State\":\"online,ready\",\"Uptime\":\"145:1860.081\"}".getBytes(StandardCharsets.UTF_8))
                    .send();

            try (ThinSubscriber watcher = ThinSubscriber.connect(
                    broker,
                    pki.watcherCertificate("watcher"),
                    "watcher",
                    pki.root().certificate(),
                    PREFIX + "/#",
                    1,
                    pipeline::offer)) {
                for (int i = 0; i < 500; i++) {
                    String device = String.format("%08X", 0xDA127500 + i % 5);
                    control.publishWith()
                            .topic(PREFIX + "/" + device + "/rdr/evt")
                            .qos(MqttQos.AT_LEAST_ONCE)
                            .payload(("{\"Interface\":\"13.56\",\"Protocol\":\"NFC-A\",\"TagId\":\"047DAE02C840"
                                            + i % 100 + "\",\"Sequence\":" + i + "}")
                                    .getBytes(StandardCharsets.UTF_8))
                            .send();
                }
                org.awaitility.Awaitility.await()
                        .atMost(20, TimeUnit.SECONDS)
                        .until(() -> pipeline.stats().received() >= 501);
                pipeline.flush().get(10, TimeUnit.SECONDS);
            } finally {
                control.disconnect();
            }

            IngestStats stats = pipeline.stats();
            assertThat(stats.received()).isEqualTo(501);
            assertThat(stats.processed()).isEqualTo(501);
            assertThat(stats.dropped()).isZero();
            assertThat(stats.batches()).isPositive();

            TopicNode status =
                    pipeline.topicTree().node(PREFIX + "/16051974/status").orElseThrow();
            assertThat(status.retained()).isTrue();
            assertThat(status.lastPreview()).startsWith("{\"State\":\"online,ready\"");
            TopicNode prefix = pipeline.topicTree().node(PREFIX).orElseThrow();
            assertThat(prefix.subtreeMessages()).isEqualTo(501);
            assertThat(prefix.subtreeTopics()).isEqualTo(6);
            assertThat(prefix.childCount()).isEqualTo(6);
            assertThat(pipeline.topicTree()
                            .filter(TopicFilter.wildcard(PREFIX + "/+/rdr/evt"))
                            .topics())
                    .hasSize(5);

            var history = pipeline.store().history(PREFIX + "/DA127501/rdr/evt");
            assertThat(history).hasSize(100);
            assertThat(history)
                    .extracting(m -> new String(m.message().payload(), StandardCharsets.UTF_8))
                    .allSatisfy(payload -> assertThat(payload).contains("\"Protocol\":\"NFC-A\""));
            assertThat(history.getLast().message().qos()).isEqualTo(1);
        }
    }
}
