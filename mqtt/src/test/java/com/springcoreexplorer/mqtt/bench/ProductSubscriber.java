package com.springcoreexplorer.mqtt.bench;

import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.message.MessageSink;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The explorer's side of the flood: the product's own {@link MqttConnection} (profile, TLS material,
 * MQTT 5) feeding the ingest pipeline, exactly as the window and {@code sub} do.
 */
final class ProductSubscriber implements AutoCloseable {

    private final MqttConnection connection;

    private ProductSubscriber(MqttConnection connection) {
        this.connection = connection;
    }

    static ProductSubscriber connect(
            MosquittoBroker broker,
            IssuedCertificate identity,
            String clientId,
            X509Certificate anchor,
            String filter,
            int qos,
            MessageSink sink) {
        ConnectionProfile profile = ConnectionProfile.builder("bench")
                .host(broker.host())
                .port(broker.port())
                .identity(clientId)
                .trustAnchors("bench-root")
                .clientId(clientId)
                .subscriptions(List.of(new SubscriptionSpec(filter, qos)))
                .build();
        MqttConnection connection = MqttConnection.create(
                profile,
                TestTls.material(identity, Role.WATCHER, anchor),
                ConnectionOptions.into(sink).build());
        try {
            connection.connect().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            connection.close();
            throw new IllegalStateException("explorer connection could not connect/subscribe to " + broker.port(), e);
        }
        return new ProductSubscriber(connection);
    }

    @Override
    public void close() {
        connection.close();
    }
}
