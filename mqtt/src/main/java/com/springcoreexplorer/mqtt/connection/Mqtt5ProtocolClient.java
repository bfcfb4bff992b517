package com.springcoreexplorer.mqtt.connection;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.datatypes.Mqtt5UserProperties;
import com.hivemq.client.mqtt.mqtt5.datatypes.Mqtt5UserPropertiesBuilder;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubRecException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5SubAckException;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5ConnectBuilder;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;
import com.hivemq.client.mqtt.mqtt5.message.publish.puback.Mqtt5PubAck;
import com.hivemq.client.mqtt.mqtt5.message.publish.pubrec.Mqtt5PubRec;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.Mqtt5Subscription;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAck;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
import com.hivemq.client.mqtt.mqtt5.message.unsubscribe.Mqtt5Unsubscribe;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.message.InboundMessage.MessageProperties;
import com.springcoreexplorer.mqtt.message.MessageSink;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** MQTT 5 over the HiveMQ async client: reason codes for everything. */
final class Mqtt5ProtocolClient extends HiveMqProtocolClient {

    private final Mqtt5AsyncClient client;

    Mqtt5ProtocolClient(
            Mqtt5AsyncClient client, ConnectionProfile profile, String username, byte[] password, MessageSink sink) {
        super(profile, username, password);
        this.client = client;
        // registered before connecting, so messages queued in a persistent session are not missed;
        // on the Netty thread with manual acknowledgement: see HiveMqProtocolClient.ON_NETTY_THREAD
        client.publishes(
                MqttGlobalPublishFilter.ALL,
                publish -> {
                    if (deliver(sink, () -> copy(publish))) {
                        publish.acknowledge();
                    }
                },
                ON_NETTY_THREAD,
                true);
    }

    /** Runs on the Netty thread: copy and hand over, nothing else. */
    private static InboundMessage copy(Mqtt5Publish publish) {
        long nanos = System.nanoTime();
        return new InboundMessage(
                publish.getTopic().toString(),
                publish.getPayloadAsBytes(),
                publish.getQos().getCode(),
                publish.isRetain(),
                Instant.now(),
                nanos,
                hasProperties(publish) ? properties(publish) : MessageProperties.NONE);
    }

    /** Most messages (SpringCore readers') carry no properties: those share one empty value, no copying. */
    private static boolean hasProperties(Mqtt5Publish publish) {
        return !publish.getUserProperties().asList().isEmpty()
                || publish.getContentType().isPresent()
                || publish.getResponseTopic().isPresent()
                || publish.getMessageExpiryInterval().isPresent()
                || publish.getPayloadFormatIndicator().isPresent();
    }

    private static MessageProperties properties(Mqtt5Publish publish) {
        List<Map.Entry<String, String>> userProperties = new ArrayList<>();
        publish.getUserProperties()
                .asList()
                .forEach(p -> userProperties.add(
                        Map.entry(p.getName().toString(), p.getValue().toString())));
        MessageProperties properties = new MessageProperties(
                publish.getContentType().map(Object::toString).orElse(null),
                publish.getResponseTopic().map(Object::toString).orElse(null),
                publish.getMessageExpiryInterval().isPresent()
                        ? publish.getMessageExpiryInterval().getAsLong()
                        : null,
                publish.getPayloadFormatIndicator()
                        .map(f -> f == com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PayloadFormatIndicator.UTF_8)
                        .orElse(null),
                userProperties);
        return properties;
    }

    @Override
    public CompletableFuture<Void> connect() {
        Mqtt5ConnectBuilder.Send<CompletableFuture<com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAck>>
                connect = client.connectWith()
                        .cleanStart(profile.cleanStart())
                        .sessionExpiryInterval(profile.sessionExpirySeconds())
                        .keepAlive(profile.keepAliveSeconds());
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
        List<Mqtt5Subscription> list = subscriptions.stream()
                .map(s -> Mqtt5Subscription.builder()
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
                        cause -> cause instanceof Mqtt5SubAckException refused ? refused.getMqttMessage() : null,
                        (Mqtt5SubAck ack) -> results(
                                subscriptions,
                                ack.getReasonCodes(),
                                Mqtt5SubAckReasonCode.UNSPECIFIED_ERROR,
                                Mqtt5SubAckReasonCode::isError,
                                Mqtt5SubAckReasonCode::getCode)));
    }

    @Override
    public CompletableFuture<Void> unsubscribe(List<String> filters) {
        return unsubscribeAll(
                filters,
                topicFilters -> client.unsubscribe(
                        Mqtt5Unsubscribe.builder().addTopicFilters(topicFilters).build()));
    }

    @Override
    public CompletableFuture<PublishOutcome> publish(
            String topic, byte[] payload, int qos, boolean retain, List<Map.Entry<String, String>> userProperties) {
        Mqtt5Publish message;
        try {
            Mqtt5UserPropertiesBuilder properties = Mqtt5UserProperties.builder();
            userProperties.forEach(p -> properties.add(p.getKey(), p.getValue()));
            message = Mqtt5Publish.builder()
                    .topic(topic)
                    .payload(payload)
                    .qos(MqttQos.fromCode(qos))
                    .retain(retain)
                    .userProperties(properties.build())
                    .build();
        } catch (IllegalArgumentException | NullPointerException badInput) {
            return invalidPublish(topic, qos, badInput);
        }
        return client.publish(message).handle(Mqtt5ProtocolClient::outcome);
    }

    @Override
    public CompletableFuture<PublishOutcome> publish(
            String topic, byte[] payload, int qos, boolean retain, MessageProperties properties) {
        Mqtt5Publish message;
        try {
            Mqtt5UserPropertiesBuilder userProperties = Mqtt5UserProperties.builder();
            properties.userProperties().forEach(p -> userProperties.add(p.getKey(), p.getValue()));
            var builder = Mqtt5Publish.builder()
                    .topic(topic)
                    .payload(payload)
                    .qos(MqttQos.fromCode(qos))
                    .retain(retain)
                    .userProperties(userProperties.build());
            if (properties.contentType() != null) {
                builder.contentType(properties.contentType());
            }
            if (properties.responseTopic() != null) {
                builder.responseTopic(properties.responseTopic());
            }
            if (properties.messageExpirySeconds() != null) {
                builder.messageExpiryInterval(properties.messageExpirySeconds());
            }
            if (properties.payloadIsUtf8() != null) {
                builder.payloadFormatIndicator(
                        properties.payloadIsUtf8()
                                ? com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PayloadFormatIndicator.UTF_8
                                : com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PayloadFormatIndicator.UNSPECIFIED);
            }
            message = builder.build();
        } catch (IllegalArgumentException | NullPointerException badInput) {
            return invalidPublish(topic, qos, badInput);
        }
        return client.publish(message).handle(Mqtt5ProtocolClient::outcome);
    }

    private static PublishOutcome outcome(Mqtt5PublishResult result, Throwable failure) {
        Throwable error = failure != null ? unwrap(failure) : result.getError().orElse(null);
        if (error instanceof Mqtt5PubAckException refused) {
            Mqtt5PubAck ack = refused.getMqttMessage();
            return new PublishOutcome.Refused(
                    ack.getReasonCode().getCode(),
                    ack.getReasonCode().name(),
                    ack.getReasonString().map(Object::toString).orElse(""));
        }
        if (error instanceof Mqtt5PubRecException refused) {
            Mqtt5PubRec rec = refused.getMqttMessage();
            return new PublishOutcome.Refused(
                    rec.getReasonCode().getCode(),
                    rec.getReasonCode().name(),
                    rec.getReasonString().map(Object::toString).orElse(""));
        }
        if (error != null) {
            return new PublishOutcome.Failed(ConnectionFailures.classify(error).message());
        }
        if (result instanceof Mqtt5PublishResult.Mqtt5Qos1Result qos1) {
            return new PublishOutcome.Accepted(qos1.getPubAck().getReasonCode().getCode(), "");
        }
        if (result instanceof Mqtt5PublishResult.Mqtt5Qos2Result qos2) {
            return new PublishOutcome.Accepted(qos2.getPubRec().getReasonCode().getCode(), "");
        }
        return new PublishOutcome.Accepted(0, "QoS 0: sent, the broker does not confirm");
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        return client.disconnect();
    }
}
