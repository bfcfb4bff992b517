package com.springcoreexplorer.mqtt.connection;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3SubAckException;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3Subscription;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAck;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAckReturnCode;
import com.hivemq.client.mqtt.mqtt3.message.unsubscribe.Mqtt3Unsubscribe;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.message.MessageSink;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** MQTT 3.1.1 over the HiveMQ async client: no reason codes, refused publishes look accepted. */
final class Mqtt3ProtocolClient extends HiveMqProtocolClient {

    private final Mqtt3AsyncClient client;

    Mqtt3ProtocolClient(
            Mqtt3AsyncClient client, ConnectionProfile profile, String username, byte[] password, MessageSink sink) {
        super(profile, username, password);
        this.client = client;
        // on the Netty thread with manual acknowledgement: see HiveMqProtocolClient.ON_NETTY_THREAD
        client.publishes(
                MqttGlobalPublishFilter.ALL,
                publish -> {
                    if (deliver(
                            sink,
                            () -> new InboundMessage(
                                    publish.getTopic().toString(),
                                    publish.getPayloadAsBytes(),
                                    publish.getQos().getCode(),
                                    publish.isRetain(),
                                    Instant.now(),
                                    System.nanoTime(),
                                    InboundMessage.MessageProperties.NONE))) {
                        publish.acknowledge();
                    }
                },
                ON_NETTY_THREAD,
                true);
    }

    @Override
    public CompletableFuture<Void> connect() {
        var connect = client.connectWith().cleanSession(profile.cleanStart()).keepAlive(profile.keepAliveSeconds());
        if (username != null) {
            var auth = connect.simpleAuth().username(username);
            if (password != null) {
                auth.password(password);
            }
            connect = auth.applySimpleAuth();
        }
        return connect.send().thenApply(ack -> null);
    }

    @Override
    public CompletableFuture<List<SubscriptionResult>> subscribe(List<SubscriptionSpec> subscriptions) {
        List<Mqtt3Subscription> list = subscriptions.stream()
                .map(s -> Mqtt3Subscription.builder()
                        .topicFilter(s.filter())
                        .qos(MqttQos.fromCode(s.qos()))
                        .build())
                .toList();
        return client.subscribeWith()
                .addSubscriptions(list)
                .send()
                .handle((subAck, failure) -> subscribed(
                        subAck,
                        failure,
                        cause -> cause instanceof Mqtt3SubAckException refused ? refused.getMqttMessage() : null,
                        (Mqtt3SubAck ack) -> results(
                                subscriptions,
                                ack.getReturnCodes(),
                                Mqtt3SubAckReturnCode.FAILURE,
                                Mqtt3SubAckReturnCode::isError,
                                Mqtt3SubAckReturnCode::getCode)));
    }

    @Override
    public CompletableFuture<Void> unsubscribe(List<String> filters) {
        return unsubscribeAll(
                filters,
                topicFilters -> client.unsubscribe(
                        Mqtt3Unsubscribe.builder().addTopicFilters(topicFilters).build()));
    }

    @Override
    public CompletableFuture<PublishOutcome> publish(
            String topic, byte[] payload, int qos, boolean retain, List<Map.Entry<String, String>> userProperties) {
        Mqtt3Publish message;
        try {
            message = Mqtt3Publish.builder()
                    .topic(topic)
                    .payload(payload)
                    .qos(MqttQos.fromCode(qos))
                    .retain(retain)
                    .build();
        } catch (IllegalArgumentException | NullPointerException badInput) {
            return invalidPublish(topic, qos, badInput);
        }
        String note = userProperties.isEmpty()
                ? ConnectionProfile.WARNING_MQTT_3
                : ConnectionProfile.WARNING_MQTT_3 + "; user properties need MQTT 5 and were not sent";
        return client.publish(message)
                .handle((sent, failure) -> failure == null
                        ? new PublishOutcome.Accepted(0, note)
                        : new PublishOutcome.Failed(
                                ConnectionFailures.classify(unwrap(failure)).message()));
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        return client.disconnect();
    }
}
