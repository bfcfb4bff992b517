package com.springcoreexplorer.mqtt.springcore.decode;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A STATUS message: {@code {"State":"online,ready","Uptime":"145:1860.081"}}. Also the last will
 * ({@code offline,dead}).
 *
 * @param retained    delivered as a retained message (may be old)
 * @param state       parsed state ({@link DeviceState#UNKNOWN} when absent or undocumented)
 * @param stateText   {@code State} as sent, null when absent
 * @param uptime      parsed {@code Uptime}, null when absent or unreadable
 * @param dateTime    {@code DateTime} as sent, null when absent
 * @param extraFields other fields, in payload order
 */
public record StatusReport(
        String topic,
        Instant receivedAt,
        String deviceId,
        boolean retained,
        DeviceState state,
        String stateText,
        Uptime uptime,
        String dateTime,
        Map<String, String> extraFields,
        List<String> warnings)
        implements DecodedMessage {

    public StatusReport {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(state, "state");
        extraFields = extraFields == null || extraFields.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(extraFields));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** True for the last will: the broker lost the device. */
    public boolean isLastWill() {
        return state == DeviceState.OFFLINE_DEAD;
    }
}
