package com.springcoreexplorer.mqtt.connection;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3SubAckException;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3Subscription;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAck;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAckReturnCode;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/** MQTT 3.1.1 over the HiveMQ async client: no reason codes, refused publishes look accepted. */
final class Mqtt3ProtocolClient implements ProtocolClient {

    private final Mqtt3AsyncClient client;
    private final ConnectionProfile profile;
    private final String username;
    private final byte[] password;

    Mqtt3ProtocolClient(Mqtt3AsyncClient client, ConnectionProfile profile, String username, byte[] password,
                        Consumer<InboundMessage> sink) {
        this.client = client;
        this.profile = profile;
        this.username = username;
        this.password = password;
        client.publishes(MqttGlobalPublishFilter.ALL, publish -> sink.accept(new InboundMessage(publish.getTopic().toString(),
                publish.getPayloadAsBytes(), publish.getQos().getCode(), publish.isRetain(), Instant.now(), System.nanoTime(),
                InboundMessage.MessageProperties.NONE)));
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
                .map(s -> Mqtt3Subscription.builder().topicFilter(s.filter()).qos(MqttQos.fromCode(s.qos())).build())
                .toList();
        return client.subscribeWith().addSubscriptions(list).send().handle((subAck, failure) -> {
            if (failure == null) {
                return results(subscriptions, subAck);
            }
            Throwable cause = Mqtt5ProtocolClient.unwrap(failure);
            if (cause instanceof Mqtt3SubAckException refused) {
                return results(subscriptions, refused.getMqttMessage());
            }
            throw new CompletionException(new ConnectionException(ConnectionFailures.classify(cause), cause));
        });
    }

    private static List<SubscriptionResult> results(List<SubscriptionSpec> asked, Mqtt3SubAck subAck) {
        List<SubscriptionResult> results = new ArrayList<>();
        List<Mqtt3SubAckReturnCode> codes = subAck.getReturnCodes();
        for (int i = 0; i < asked.size(); i++) {
            Mqtt3SubAckReturnCode code = i < codes.size() ? codes.get(i) : Mqtt3SubAckReturnCode.FAILURE;
            results.add(new SubscriptionResult(asked.get(i).filter(), code.isError() ? -1 : code.getCode(), code.getCode(), code.name()));
        }
        return List.copyOf(results);
    }

    @Override
    public CompletableFuture<Void> unsubscribe(List<String> filters) {
        if (filters.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        var builder = com.hivemq.client.mqtt.mqtt3.message.unsubscribe.Mqtt3Unsubscribe.builder().addTopicFilter(filters.getFirst());
        for (String filter : filters.subList(1, filters.size())) {
            builder = builder.addTopicFilter(filter);
        }
        return client.unsubscribe(builder.build()).thenApply(ack -> null);
    }

    @Override
    public CompletableFuture<PublishOutcome> publish(String topic, byte[] payload, int qos, boolean retain,
                                                     List<Map.Entry<String, String>> userProperties) {
        Mqtt3Publish message;
        try {
            message = Mqtt3Publish.builder().topic(topic).payload(payload).qos(MqttQos.fromCode(qos)).retain(retain).build();
        } catch (IllegalArgumentException | NullPointerException badInput) {
            return CompletableFuture.completedFuture(new PublishOutcome.Failed(PublishValidation.explain(topic, qos, badInput)));
        }
        String note = userProperties.isEmpty() ? ConnectionProfile.WARNING_MQTT_3
                : ConnectionProfile.WARNING_MQTT_3 + "; user properties need MQTT 5 and were not sent";
        return client.publish(message).handle((sent, failure) -> failure == null
                ? new PublishOutcome.Accepted(0, note)
                : new PublishOutcome.Failed(ConnectionFailures.classify(Mqtt5ProtocolClient.unwrap(failure)).message()));
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        return client.disconnect();
    }
}
