package com.springcoreexplorer.app.demo;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5SubAckException;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/** A real HiveMQ MQTT 5 client with a certificate, for role tests against real brokers. */
public final class MqttProbe implements AutoCloseable {

    /** What a publish came back with. */
    public enum Outcome {
        ACCEPTED,
        NOT_AUTHORIZED,
        OTHER_FAILURE
    }

    private final Mqtt5BlockingClient client;
    private final ConcurrentLinkedQueue<Mqtt5Publish> received = new ConcurrentLinkedQueue<>();
    private boolean sessionPresent;

    private MqttProbe(Mqtt5BlockingClient client) {
        this.client = client;
    }

    /** Connects (throws what the client throws when the broker or TLS refuses). */
    public static MqttProbe connect(
            String host, int port, IssuedCertificate identity, String clientId, X509Certificate... anchors) {
        return connect(host, port, identity, clientId, 0, anchors);
    }

    /**
     * Connects with clean start off and the broker asked to keep the session for {@code sessionExpirySeconds}
     * after a disconnect (0: clean start, the session ends with the connection).
     */
    public static MqttProbe connect(
            String host,
            int port,
            IssuedCertificate identity,
            String clientId,
            long sessionExpirySeconds,
            X509Certificate... anchors) {
        Mqtt5BlockingClient client = Mqtt5Client.builder()
                .identifier(clientId)
                .serverHost(host)
                .serverPort(port)
                .sslConfig()
                .keyManagerFactory(TestTls.keyManagers(identity))
                .trustManagerFactory(TestTls.trustManagers(anchors))
                .handshakeTimeout(10, TimeUnit.SECONDS)
                .applySslConfig()
                .buildBlocking();
        MqttProbe probe = new MqttProbe(client);
        client.toAsync().publishes(MqttGlobalPublishFilter.ALL, probe.received::add);
        probe.sessionPresent = client.connectWith()
                .cleanStart(sessionExpirySeconds == 0)
                .sessionExpiryInterval(sessionExpirySeconds)
                .send()
                .isSessionPresent();
        return probe;
    }

    /** The SUBACK reason code for one filter. */
    public Mqtt5SubAckReasonCode subscribe(String filter) {
        try {
            return client.subscribeWith()
                    .topicFilter(filter)
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .send()
                    .getReasonCodes()
                    .getFirst();
        } catch (Mqtt5SubAckException refused) {
            return refused.getMqttMessage().getReasonCodes().getFirst();
        }
    }

    public Outcome publish(String topic, String payload) {
        try {
            Mqtt5PublishResult result = client.publishWith()
                    .topic(topic)
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .payload(payload.getBytes(StandardCharsets.UTF_8))
                    .send();
            return result.getError().map(MqttProbe::outcomeOf).orElse(Outcome.ACCEPTED);
        } catch (RuntimeException failure) {
            return outcomeOf(failure);
        }
    }

    private static Outcome outcomeOf(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof Mqtt5PubAckException pubAck) {
                return pubAck.getMqttMessage().getReasonCode().getCode() == 0x87
                        ? Outcome.NOT_AUTHORIZED
                        : Outcome.OTHER_FAILURE;
            }
            cause = cause.getCause();
        }
        return Outcome.OTHER_FAILURE;
    }

    /** The broker's CONNACK said it resumed a session it kept for this client ID. */
    public boolean sessionPresent() {
        return sessionPresent;
    }

    public boolean isConnected() {
        return client.getState().isConnected();
    }

    /** Payloads received so far on {@code topic}. */
    public List<String> receivedOn(String topic) {
        return received.stream()
                .filter(p -> p.getTopic().toString().equals(topic))
                .map(p -> new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8))
                .toList();
    }

    public List<Mqtt5Publish> received() {
        return List.copyOf(received);
    }

    public static Duration settle() {
        return Duration.ofMillis(500);
    }

    @Override
    public void close() {
        if (client.getState().isConnected()) {
            client.disconnect();
        }
    }
}
