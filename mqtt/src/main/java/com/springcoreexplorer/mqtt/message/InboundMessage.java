package com.springcoreexplorer.mqtt.message;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message as it left the broker, copied off the Netty thread: immutable and safe to hand to
 * any thread. This is the unit that travels through ingest, the message store and the topic tree.
 *
 * @param topic          the topic it was published to
 * @param payload        the payload bytes (never mutated after construction; do not modify)
 * @param qos            0, 1 or 2
 * @param retain         true for a retained message delivered on subscribe
 * @param receivedAt     when our client received it (wall clock)
 * @param receivedNanos  {@link System#nanoTime()} at reception, for latency measurements
 * @param properties     MQTT 5 properties (content type, response topic, ...) and user properties;
 *                       empty on MQTT 3.1.1
 */
public record InboundMessage(
        String topic,
        byte[] payload,
        int qos,
        boolean retain,
        Instant receivedAt,
        long receivedNanos,
        MessageProperties properties) {

    public InboundMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(receivedAt, "receivedAt");
        properties = properties == null ? MessageProperties.NONE : properties;
    }

    /** A message received now, without MQTT 5 properties (tests, simulators). */
    public static InboundMessage now(String topic, byte[] payload, int qos, boolean retain) {
        return new InboundMessage(
                topic, payload, qos, retain, Instant.now(), System.nanoTime(), MessageProperties.NONE);
    }

    public static InboundMessage now(String topic, String utf8Payload) {
        return now(topic, utf8Payload.getBytes(StandardCharsets.UTF_8), 0, false);
    }

    /** MQTT 5 publish properties worth showing; all optional. */
    public record MessageProperties(
            String contentType,
            String responseTopic,
            Long messageExpirySeconds,
            Boolean payloadIsUtf8,
            List<Map.Entry<String, String>> userProperties) {
        public static final MessageProperties NONE = new MessageProperties(null, null, null, null, List.of());

        public MessageProperties {
            userProperties = userProperties == null ? List.of() : List.copyOf(userProperties);
        }
    }
}
