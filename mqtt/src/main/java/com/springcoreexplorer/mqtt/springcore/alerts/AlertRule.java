package com.springcoreexplorer.mqtt.springcore.alerts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.springcoreexplorer.mqtt.topic.TopicFilters;
import java.util.List;
import java.util.Optional;

/**
 * One alert rule, as saved in the profile ({@code "alertRules"}) or a {@code --rules} file:
 * {@code {"type":"reboot"}}, {@code {"type":"noReads","minutes":10,"device":"DA1275B0"}}, ... Every
 * rule has an optional {@code name} (shown with its alerts) and, for reader rules, an optional
 * {@code device} (one reader; absent = every reader).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = AlertRule.Offline.class, name = "offline"),
    @JsonSubTypes.Type(value = AlertRule.Back.class, name = "back"),
    @JsonSubTypes.Type(value = AlertRule.Stale.class, name = "stale"),
    @JsonSubTypes.Type(value = AlertRule.Reboot.class, name = "reboot"),
    @JsonSubTypes.Type(value = AlertRule.NoReads.class, name = "noReads"),
    @JsonSubTypes.Type(value = AlertRule.RssiBelow.class, name = "rssiBelow"),
    @JsonSubTypes.Type(value = AlertRule.TagWatch.class, name = "tagWatch"),
    @JsonSubTypes.Type(value = AlertRule.TagAllow.class, name = "tagAllow"),
    @JsonSubTypes.Type(value = AlertRule.Value.class, name = "value")
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface AlertRule {

    /** The name shown with its alerts, or null for the rule's own description. */
    String name();

    /** Plain words of what the rule watches, e.g. "no tag read for 10 min". */
    @JsonIgnore
    String describe();

    /** Why the rule cannot be used, in one line for the user, or empty. */
    @JsonIgnore
    default Optional<String> problem() {
        return Optional.empty();
    }

    /** The name if any, else the description. */
    @JsonIgnore
    default String label() {
        return name() != null && !name().isBlank() ? name() : describe();
    }

    /** Applies to this reader: no {@code device} means every reader. */
    static boolean appliesTo(String device, String deviceId) {
        return device == null || device.isBlank() || device.equalsIgnoreCase(deviceId);
    }

    /** A reader went offline (clean disconnect) or was lost (last will). */
    record Offline(String name, String device) implements AlertRule {
        public String describe() {
            return "reader offline or dead" + on(device);
        }
    }

    /** A reader is online again after offline, dead or stale. */
    record Back(String name, String device) implements AlertRule {
        public String describe() {
            return "reader back online" + on(device);
        }
    }

    /** A reader that claims to be online sent no STATUS for the stale time. */
    record Stale(String name, String device) implements AlertRule {
        public String describe() {
            return "reader stale (no STATUS)" + on(device);
        }
    }

    /** The start-up counter went up (or the uptime back). */
    record Reboot(String name, String device) implements AlertRule {
        public String describe() {
            return "reader rebooted" + on(device);
        }
    }

    /** An online reader read no tag for {@code minutes}. */
    record NoReads(String name, String device, int minutes) implements AlertRule {
        public String describe() {
            return "no tag read for " + minutes + " min" + on(device);
        }

        @Override
        public Optional<String> problem() {
            return minutes >= 1 && minutes <= 10_080
                    ? Optional.empty()
                    : Optional.of("rule '" + label() + "': minutes must be between 1 and 10080, not " + minutes);
        }
    }

    /** The mean RSSI over the last minute fell below {@code threshold} (one interface, or any). */
    record RssiBelow(
            String name,
            String device,
            int threshold,
            @JsonProperty("interface") String interfaceName) implements AlertRule {
        public String describe() {
            return "RSSI 1 min mean below " + threshold + (interfaceName == null ? "" : " on " + interfaceName)
                    + on(device);
        }
    }

    /** A tag on this list was read. */
    record TagWatch(String name, String device, List<String> tags) implements AlertRule {
        public TagWatch {
            tags = tags == null
                    ? List.of()
                    : tags.stream()
                            .map(t -> t.strip().toUpperCase(java.util.Locale.ROOT))
                            .toList();
        }

        public String describe() {
            return "watched tag read (" + tags.size() + " on the list)" + on(device);
        }

        @Override
        public Optional<String> problem() {
            return tags.isEmpty()
                    ? Optional.of("rule '" + label() + "': the watch list is empty; add TagIds to \"tags\"")
                    : Optional.empty();
        }
    }

    /** A tag not on this list was read. */
    record TagAllow(String name, String device, List<String> tags) implements AlertRule {
        public TagAllow {
            tags = tags == null
                    ? List.of()
                    : tags.stream()
                            .map(t -> t.strip().toUpperCase(java.util.Locale.ROOT))
                            .toList();
        }

        public String describe() {
            return "tag not on the allow list (" + tags.size() + " allowed)" + on(device);
        }

        @Override
        public Optional<String> problem() {
            return tags.isEmpty()
                    ? Optional.of("rule '" + label() + "': the allow list is empty; add TagIds to \"tags\"")
                    : Optional.empty();
        }
    }

    /**
     * Any JSON message: on topics matching {@code topic}, the value at {@code pointer} compared with
     * {@code value} by {@code op} ({@code <}, {@code <=}, {@code >}, {@code >=}, {@code ==}, {@code !=}).
     * Raised when the condition becomes true for a topic, again only after it was false.
     */
    record Value(String name, String topic, String pointer, String op, JsonNode value) implements AlertRule {
        public String describe() {
            return topic + " " + pointer + " " + op + " " + (value == null ? "null" : value.toString());
        }

        @Override
        public Optional<String> problem() {
            String label = "rule '" + label() + "': ";
            if (topic == null || topic.isBlank()) {
                return Optional.of(
                        label + "\"topic\" is missing; give a topic filter such as springcard/springcore/+/status");
            }
            Optional<String> filter = TopicFilters.problem(topic);
            if (filter.isPresent()) {
                return Optional.of(label + filter.get());
            }
            try {
                JsonPointer.compile(pointer == null ? "" : pointer);
            } catch (IllegalArgumentException e) {
                return Optional.of(label + "'" + pointer + "' is not a JSON pointer; start it with '/' (e.g. /RSSI)");
            }
            if (pointer == null || pointer.isEmpty()) {
                return Optional.of(label + "\"pointer\" is missing; give a JSON pointer such as /RSSI");
            }
            if (!List.of("<", "<=", ">", ">=", "==", "!=").contains(op)) {
                return Optional.of(label + "\"op\" must be one of < <= > >= == !=, not " + op);
            }
            if (value == null || !(value.isNumber() || value.isTextual() || value.isBoolean())) {
                return Optional.of(label + "\"value\" must be a number, a string or a boolean");
            }
            if (value.isNumber() == false && !List.of("==", "!=").contains(op)) {
                return Optional.of(label + op + " compares numbers; give a number as \"value\" or use == / !=");
            }
            return Optional.empty();
        }

        /** True when {@code actual} (the node at the pointer, or a missing node) meets the condition. */
        public boolean test(JsonNode actual) {
            if (actual == null || actual.isMissingNode() || actual.isNull()) {
                return false;
            }
            if (value.isNumber()) {
                double a;
                if (actual.isNumber()) {
                    a = actual.doubleValue();
                } else if (actual.isTextual()) {
                    try {
                        a = Double.parseDouble(actual.textValue().strip());
                    } catch (NumberFormatException e) {
                        return "!=".equals(op);
                    }
                } else {
                    return "!=".equals(op);
                }
                int c = Double.compare(a, value.doubleValue());
                return switch (op) {
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case ">" -> c > 0;
                    case ">=" -> c >= 0;
                    case "==" -> c == 0;
                    default -> c != 0;
                };
            }
            boolean equal = actual.isValueNode() && actual.asText().equals(value.asText());
            return "==".equals(op) == equal;
        }
    }

    private static String on(String device) {
        return device == null || device.isBlank() ? "" : " (" + device + ")";
    }
}
