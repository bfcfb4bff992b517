package com.springcoreexplorer.mqtt.springcore.decode;

import com.springcoreexplorer.mqtt.springcore.topic.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A payload shown as it is, with the reason it was not decoded. The hex and text views are computed on
 * demand (payloads reach 64 kB and most raw messages are never looked at).
 *
 * @param channel the SpringCore channel, or null when the topic is not SpringCore's
 * @param reason  one line: why it is raw ("not a SpringCore topic", "broken JSON: ...", "dir/ channel: undocumented binary")
 * @param payload the bytes (shared with the received message; do not modify)
 */
public record Raw(String topic, Instant receivedAt, String deviceId, Channel channel, String reason, byte[] payload)
        implements DecodedMessage {

    public Raw {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }

    /** Hex dump of the first {@code maxBytes} bytes, e.g. {@code 24 53 43 ...}, with {@code …} when cut. */
    public String hexView(int maxBytes) {
        return PayloadViews.hex(payload, maxBytes);
    }

    /** The payload as UTF-8 text (invalid sequences become U+FFFD, controls shown as {@code ·}), cut at {@code maxChars}. */
    public String textView(int maxChars) {
        return PayloadViews.text(payload, maxChars);
    }

    /** True when the payload is valid UTF-8. */
    public boolean isUtf8() {
        return PayloadViews.isUtf8(payload);
    }
}
