package com.springcoreexplorer.mqtt.connection;

import com.springcoreexplorer.mqtt.message.InboundMessage.MessageProperties;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The few operations the connection needs, over the HiveMQ MQTT 5 or MQTT 3.1.1 async client. */
interface ProtocolClient {

    /** Completes when CONNACK accepted; fails with the HiveMQ exception otherwise. */
    CompletableFuture<Void> connect();

    CompletableFuture<List<SubscriptionResult>> subscribe(List<SubscriptionSpec> subscriptions);

    CompletableFuture<Void> unsubscribe(List<String> filters);

    /** Never completes exceptionally. */
    CompletableFuture<PublishOutcome> publish(
            String topic, byte[] payload, int qos, boolean retain, List<Map.Entry<String, String>> userProperties);

    /** Publishes with every MQTT 5 property (replay); MQTT 3.1.1 has none to send. Never completes exceptionally. */
    default CompletableFuture<PublishOutcome> publish(
            String topic, byte[] payload, int qos, boolean retain, MessageProperties properties) {
        return publish(topic, payload, qos, retain, properties.userProperties());
    }

    CompletableFuture<Void> disconnect();
}
