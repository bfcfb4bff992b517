package com.springcoreexplorer.mqtt.bench;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The smallest HiveMQ subscriber that feeds the ingest pipeline: mutual TLS, MQTT 5, one filter,
 * each PUBLISH copied into an {@link InboundMessage} on the Netty thread and handed on. Stands in
 * for the product's connection class (a separate piece of work) in tests and the benchmark.
 */
public final class ThinSubscriber implements AutoCloseable {

    /** QoS 1/2 messages the broker may have in flight to us (the HiveMQ default unless -Dbench.receiveMaximum). */
    public static final int RECEIVE_MAXIMUM = Integer.getInteger("bench.receiveMaximum", 65_535);

    private final Mqtt5AsyncClient client;

    private ThinSubscriber(Mqtt5AsyncClient client) {
        this.client = client;
    }

    public static ThinSubscriber connect(
            MosquittoBroker broker,
            IssuedCertificate identity,
            String clientId,
            X509Certificate anchor,
            String filter,
            int qos,
            Consumer<InboundMessage> sink) {
        MqttClientSslConfig tls = MqttClientSslConfig.builder()
                .keyManagerFactory(TestTls.keyManagers(identity))
                .trustManagerFactory(TestTls.trustManagers(anchor))
                .build();
        Mqtt5AsyncClient client = MqttClient.builder()
                .useMqttVersion5()
                .identifier(clientId)
                .serverHost(broker.host())
                .serverPort(broker.port())
                .sslConfig(tls)
                .buildAsync();
        client.publishes(MqttGlobalPublishFilter.SUBSCRIBED, publish -> sink.accept(toInbound(publish)));
        try {
            // -Dbench.receiveMaximum: seen here with 1M QoS 1 messages from one fast publisher, PUBACKs
            // piled up unsent in Netty at the default 65535 (~100 MB), and 1024/8192 stalled the flow
            client.connectWith()
                    .restrictions()
                    .receiveMaximum(RECEIVE_MAXIMUM)
                    .applyRestrictions()
                    .send()
                    .get(10, TimeUnit.SECONDS);
            client.subscribeWith()
                    .topicFilter(filter)
                    .qos(MqttQos.fromCode(qos))
                    .send()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("thin subscriber could not connect/subscribe to " + broker.port(), e);
        }
        return new ThinSubscriber(client);
    }

    static InboundMessage toInbound(Mqtt5Publish publish) {
        return new InboundMessage(
                publish.getTopic().toString(),
                publish.getPayloadAsBytes(),
                publish.getQos().getCode(),
                publish.isRetain(),
                Instant.now(),
                System.nanoTime(),
                null);
    }

    @Override
    public void close() {
        try {
            client.disconnect().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // already gone: nothing to release
        }
    }
}
