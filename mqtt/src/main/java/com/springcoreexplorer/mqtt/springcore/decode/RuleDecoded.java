package com.springcoreexplorer.mqtt.springcore.decode;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A payload read by one of the user's decoding rules.
 *
 * @param deviceId the device when the topic is SpringCore's, else null
 * @param ruleName the rule that read it
 * @param columns  column to value, in the rule's order
 */
public record RuleDecoded(
        String topic, Instant receivedAt, String deviceId, String ruleName, Map<String, String> columns)
        implements DecodedMessage {

    public RuleDecoded {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(ruleName, "ruleName");
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }
}
