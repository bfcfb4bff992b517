package com.springcoreexplorer.mqtt.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A QoS 1 message is acknowledged to the broker only once the engine took it. The engine is held
 * (its dispatcher busy with the first message, its queue of one full with the second), so the third
 * waits on the connection's Netty thread; the broker's own log (every PUBACK it receives) must then
 * show no acknowledgement for the third, and one once the engine takes it.
 */
class AcknowledgementTest {

    private static final String SUBSCRIBER = "ack-watcher";

    @Test
    void aQos1MessageIsNotAcknowledgedBeforeTheEngineTookIt() throws Exception {
        SpringCorePki pki = SpringCorePki.generate("Ack");
        CountDownLatch engineBusy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (MosquittoBroker broker = MosquittoBroker.builder(pki)
                        .watcher(SUBSCRIBER)
                        .control("ack-control")
                        .start();
                IngestPipeline pipeline = IngestPipeline.start(
                        IngestSettings.defaults().withQueueCapacity(1).withBatch(1, Duration.ZERO))) {
            pipeline.addMessageListener(batch -> {
                engineBusy.countDown();
                awaitQuietly(release);
            });
            ConnectionProfile profile = ConnectionProfile.builder("ack")
                    .host(broker.host())
                    .port(broker.port())
                    .identity(SUBSCRIBER)
                    .trustAnchors("root")
                    .clientId(SUBSCRIBER)
                    .subscriptions(List.of(new SubscriptionSpec("ack/#", 1)))
                    .build();
            Mqtt5BlockingClient publisher = MqttClient.builder()
                    .useMqttVersion5()
                    .identifier("ack-control")
                    .serverHost(broker.host())
                    .serverPort(broker.port())
                    .sslConfig(MqttClientSslConfig.builder()
                            .keyManagerFactory(TestTls.keyManagers(pki.controlCertificate("ack-control")))
                            .trustManagerFactory(
                                    TestTls.trustManagers(pki.root().certificate()))
                            .build())
                    .buildBlocking();
            try (MqttConnection subscriber = MqttConnection.create(
                    profile,
                    TestTls.material(
                            pki.watcherCertificate(SUBSCRIBER),
                            Role.WATCHER,
                            pki.root().certificate()),
                    ConnectionOptions.into(pipeline::offer).autoReconnect(false).build())) {
                subscriber.connect().get(20, TimeUnit.SECONDS);
                publisher.connect();

                publish(publisher, "ack/1");
                assertThat(engineBusy.await(20, TimeUnit.SECONDS)).isTrue(); // the dispatcher holds message 1
                publish(publisher, "ack/2"); // fills the queue
                publish(publisher, "ack/3"); // waits for room on the Netty thread
                await().atMost(20, TimeUnit.SECONDS)
                        .until(() -> pipeline.stats().producerWaits() == 1);
                assertThat(pipeline.stats().received()).isEqualTo(3);
                // two more round trips through the broker: it has read everything the subscriber sent before them
                publish(publisher, "marker/1");
                publish(publisher, "marker/2");
                await().atMost(20, TimeUnit.SECONDS).until(() -> broker.log().contains("'marker/2'"));

                String third = midSentTo(broker.log(), "ack/3");
                assertThat(acknowledged(broker.log(), third))
                        .as("PUBACK of the message the engine has not taken")
                        .isFalse();
                assertThat(pipeline.stats().dropped()).isZero();

                release.countDown();
                await().atMost(20, TimeUnit.SECONDS).until(() -> acknowledged(broker.log(), third));
                pipeline.flush().get(20, TimeUnit.SECONDS);
                assertThat(pipeline.stats().processed()).isEqualTo(3);
                for (String topic : List.of("ack/1", "ack/2", "ack/3")) {
                    String mid = midSentTo(broker.log(), topic);
                    await().atMost(20, TimeUnit.SECONDS).until(() -> acknowledged(broker.log(), mid));
                }
            } finally {
                release.countDown();
                publisher.disconnect();
            }
        }
    }

    private static void publish(Mqtt5BlockingClient publisher, String topic) {
        publisher
                .publishWith()
                .topic(topic)
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(topic.getBytes(StandardCharsets.UTF_8))
                .send();
    }

    /** mosquitto logs "Sending PUBLISH to CLIENT (d0, q1, r0, mN, 'TOPIC', ... (N bytes))" at log_type all. */
    private static String midSentTo(String log, String topic) {
        Matcher m = Pattern.compile("Sending PUBLISH to " + SUBSCRIBER + " \\(d\\d, q1, r\\d, m(\\d+), '"
                        + Pattern.quote(topic) + "'")
                .matcher(log);
        assertThat(m.find())
                .as("the broker sent " + topic + " to the subscriber")
                .isTrue();
        return m.group(1);
    }

    private static boolean acknowledged(String log, String mid) {
        return log.contains("Received PUBACK from " + SUBSCRIBER + " (Mid: " + mid + ",");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
