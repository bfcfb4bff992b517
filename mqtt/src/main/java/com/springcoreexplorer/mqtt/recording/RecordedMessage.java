package com.springcoreexplorer.mqtt.recording;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.message.InboundMessage.MessageProperties;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of a recording's {@code messages} table: the message exactly as received.
 *
 * @param id         the row's id (order of reception within one file)
 * @param receivedAt when it was received, to the microsecond (UTC)
 * @param source     the profile it was received with
 */
public record RecordedMessage(
        long id,
        Instant receivedAt,
        String topic,
        int qos,
        boolean retain,
        byte[] payload,
        MessageProperties properties,
        String source) {

    public RecordedMessage {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        properties = properties == null ? MessageProperties.NONE : properties;
        source = source == null ? "" : source;
    }

    /** As if it were arriving now from the broker (for the views and the decoder); keeps its reception time. */
    public InboundMessage toInbound() {
        return new InboundMessage(topic, payload, qos, retain, receivedAt, System.nanoTime(), properties);
    }

    /** Microseconds since 1970 UTC: the unit of the {@code received_at} column. */
    public static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    public static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
