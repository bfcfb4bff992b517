package com.springcoreexplorer.mqtt.connection;

import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.message.InboundMessage.MessageProperties;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One mutual-TLS MQTT connection made from a profile and the store's TLS material. Every method is
 * asynchronous and thread-safe; failures are typed ({@link ConnectionException} with a
 * {@link ConnectionProblem}, {@link PublishOutcome}, {@link SubscriptionResult}). Received messages
 * go to the options' sink straight from the Netty thread (copied, immutable).
 *
 * <pre>
 * MqttConnection connection = MqttConnection.create(profile, material, ConnectionOptions.into(pipeline::offer).build());
 * connection.addStateListener(state -> status.set(state.describe()));
 * connection.connect().join();                      // subscribes to the profile's filters
 * connection.publish(topic, bytes, 1, false, List.of()).thenAccept(outcome -> ...);
 * </pre>
 */
public interface MqttConnection extends AutoCloseable {

    static MqttConnection create(ConnectionProfile profile, TlsMaterial material, ConnectionOptions options) {
        return new HiveMqConnection(profile, material, options);
    }

    ConnectionProfile profile();

    /** The client ID in use: the profile's, else the certificate's CN. */
    String clientId();

    /** The role of the certificate, as the store judged it from its issuer. */
    Role role();

    /** Connects and subscribes to the profile's subscriptions; the results say which filters the broker refused. */
    CompletableFuture<List<SubscriptionResult>> connect();

    /** Subscribes to more filters (kept and resubscribed after every reconnect). */
    CompletableFuture<List<SubscriptionResult>> subscribe(List<SubscriptionSpec> subscriptions);

    CompletableFuture<Void> unsubscribe(List<String> filters);

    /** Publishes; completes with the broker's verdict, never exceptionally. */
    CompletableFuture<PublishOutcome> publish(
            String topic, byte[] payload, int qos, boolean retain, List<Map.Entry<String, String>> userProperties);

    default CompletableFuture<PublishOutcome> publish(String topic, byte[] payload, int qos, boolean retain) {
        return publish(topic, payload, qos, retain, List.of());
    }

    /**
     * Publishes with the MQTT 5 properties of a received message (content type, response topic, expiry,
     * payload format, user properties in order): replaying a recording sends what was received.
     */
    CompletableFuture<PublishOutcome> publish(
            String topic, byte[] payload, int qos, boolean retain, MessageProperties properties);

    /** Clears the retained message of a topic (an empty retained publish, QoS 1). */
    default CompletableFuture<PublishOutcome> clearRetained(String topic) {
        return publish(topic, new byte[0], 1, true, List.of());
    }

    /** Disconnects cleanly and stops reconnecting. */
    CompletableFuture<Void> disconnect();

    ConnectionState state();

    /** Adds a listener for state changes (called on a connection thread, never the FX thread); returns its remover. */
    Runnable addStateListener(Consumer<ConnectionState> listener);

    /** Caveats of this connection for the user: MQTT 3.1.1 silent drops, hostname verification off. */
    List<String> warnings();

    /** Disconnects (waiting a short while) and releases resources. */
    @Override
    void close();
}
