package com.springcoreexplorer.mqtt.connection;

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
    CompletableFuture<PublishOutcome> publish(String topic, byte[] payload, int qos, boolean retain,
                                              List<Map.Entry<String, String>> userProperties);

    CompletableFuture<Void> disconnect();
}
