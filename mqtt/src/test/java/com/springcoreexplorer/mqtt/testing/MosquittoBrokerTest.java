package com.springcoreexplorer.mqtt.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import com.hivemq.client.mqtt.mqtt5.message.publish.puback.Mqtt5PubAckReasonCode;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fixture itself: a real mosquitto with mutual TLS and the role ACL, reached by the HiveMQ client. */
class MosquittoBrokerTest {

    private static SpringCorePki pki;
    private static MosquittoBroker broker;

    @BeforeAll
    static void start() {
        pki = SpringCorePki.generate("Test");
        broker = MosquittoBroker.builder(pki)
                .watcher("watcher")
                .control("control")
                .start();
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    private static Mqtt5BlockingClient connect(IssuedCertificate identity) {
        MqttClientSslConfig tls = MqttClientSslConfig.builder()
                .keyManagerFactory(TestTls.keyManagers(identity))
                .trustManagerFactory(TestTls.trustManagers(pki.root().certificate()))
                .build();
        Mqtt5BlockingClient client = MqttClient.builder()
                .useMqttVersion5()
                .identifier(identity.commonName())
                .serverHost(broker.host())
                .serverPort(broker.port())
                .sslConfig(tls)
                .buildBlocking();
        client.connect();
        return client;
    }

    @Test
    void controlPublishesAndWatcherReceivesButCannotPublish() throws Exception {
        Mqtt5BlockingClient watcher = connect(pki.watcherCertificate("watcher"));
        Mqtt5BlockingClient control = connect(pki.controlCertificate("control"));
        try (Mqtt5BlockingClient.Mqtt5Publishes publishes =
                watcher.publishes(com.hivemq.client.mqtt.MqttGlobalPublishFilter.ALL)) {
            watcher.subscribeWith()
                    .topicFilter("springcard/springcore/#")
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .send();
            control.publishWith()
                    .topic("springcard/springcore/16051974/rdr/cmd")
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .payload("{\"Sequence\":35}".getBytes(StandardCharsets.UTF_8))
                    .send();
            var received = publishes.receive(5, TimeUnit.SECONDS);
            assertThat(received).isPresent();
            assertThat(new String(received.get().getPayloadAsBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"Sequence\":35}");

            assertThatThrownBy(() -> watcher.publishWith()
                            .topic("springcard/springcore/x/rdr/cmd")
                            .qos(MqttQos.AT_LEAST_ONCE)
                            .payload(new byte[] {1})
                            .send())
                    .isInstanceOfSatisfying(
                            Mqtt5PubAckException.class,
                            refused -> assertThat(refused.getMqttMessage().getReasonCode())
                                    .isEqualTo(Mqtt5PubAckReasonCode.NOT_AUTHORIZED));
        } finally {
            watcher.disconnect();
            control.disconnect();
        }
    }

    @Test
    void deviceCertificateIsVersionOneAndReachesOnlyItsOwnTopics() {
        IssuedCertificate device = pki.deviceCertificate("16051974");
        assertThat(device.certificate().getVersion()).isEqualTo(1);
        Mqtt5BlockingClient client = connect(device);
        try {
            client.publishWith()
                    .topic("springcard/springcore/16051974/status")
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .payload("{\"State\":\"online,ready\"}".getBytes(StandardCharsets.UTF_8))
                    .send();
            assertThatThrownBy(() -> client.publishWith()
                            .topic("springcard/springcore/OTHER/status")
                            .qos(MqttQos.AT_LEAST_ONCE)
                            .payload(new byte[] {1})
                            .send())
                    .isInstanceOf(Mqtt5PubAckException.class);
        } finally {
            client.disconnect();
        }
    }
}
