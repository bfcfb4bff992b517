package com.springcoreexplorer.mqtt.springcore.events;

import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which tag events to show or export; every part optional (null = any).
 *
 * @param deviceId       exact device ID
 * @param protocol       protocol name, case-insensitive ({@code nfc-a} matches {@code NFC-A})
 * @param tagIdContains  text the TagId must contain, case-insensitive
 * @param from           received at or after (inclusive)
 * @param to             received before (exclusive)
 */
public record TagEventFilter(String deviceId, String protocol, String tagIdContains, Instant from, Instant to)
        implements Predicate<TagEvent> {

    public static final TagEventFilter ANY = new TagEventFilter(null, null, null, null, null);

    public TagEventFilter {
        deviceId = blankToNull(deviceId);
        protocol = blankToNull(protocol);
        tagIdContains = blankToNull(tagIdContains);
        tagIdContains = tagIdContains == null ? null : tagIdContains.toUpperCase(Locale.ROOT);
    }

    public TagEventFilter withDevice(String id) {
        return new TagEventFilter(id, protocol, tagIdContains, from, to);
    }

    public TagEventFilter withProtocol(String p) {
        return new TagEventFilter(deviceId, p, tagIdContains, from, to);
    }

    public TagEventFilter withTagIdContaining(String text) {
        return new TagEventFilter(deviceId, protocol, text, from, to);
    }

    public TagEventFilter between(Instant fromInclusive, Instant toExclusive) {
        return new TagEventFilter(deviceId, protocol, tagIdContains, fromInclusive, toExclusive);
    }

    @Override
    public boolean test(TagEvent e) {
        if (deviceId != null && !deviceId.equals(e.deviceId())) {
            return false;
        }
        if (protocol != null && (e.protocol() == null || !protocol.equalsIgnoreCase(e.protocol()))) {
            return false;
        }
        if (tagIdContains != null && !e.tagId().toUpperCase(Locale.ROOT).contains(tagIdContains)) {
            return false;
        }
        if (from != null && e.receivedAt().isBefore(from)) {
            return false;
        }
        return to == null || e.receivedAt().isBefore(to);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
