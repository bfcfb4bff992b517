package com.springcoreexplorer.mqtt.springcore.decode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.topic.SpringCoreTopic;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the decoders share: tolerant JSON reading, field names and values, short reasons. All total. */
final class Fields {

    /** Compact JSON reading; trailing garbage after the object is an error, not silently ignored. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** One reader for every payload: the mapper's readTree looks the JsonNode type up again on each call. */
    private static final ObjectReader TREE = JSON.readerFor(JsonNode.class);

    /** Documented tag event fields (lower case), JSON firmware field sets old and new. */
    static final java.util.Set<String> TAG_FIELDS = java.util.Set.of(
            "interface",
            "protocol",
            "tagid",
            "tagdata",
            "tagdetails",
            "datetime",
            "move",
            "state",
            "template",
            "sequence",
            "rssi",
            "uptime");

    private Fields() {}

    /** A parsed JSON object, or (node null) why the payload is not one. */
    record JsonRead(JsonNode node, String problem) {}

    /** A JSON object, or why not; cheap rejection before Jackson for what clearly is not JSON. */
    static JsonRead readObject(byte[] p) {
        int i = 0;
        while (i < p.length && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n')) {
            i++;
        }
        if (i == p.length) {
            return new JsonRead(null, "blank payload");
        }
        if (p[i] != '{') {
            return new JsonRead(null, p[i] == '[' ? "a JSON array, expected an object" : "not JSON");
        }
        try {
            JsonNode node = TREE.readTree(p);
            if (node == null || !node.isObject()) {
                return new JsonRead(null, "not a JSON object");
            }
            return new JsonRead(node, null);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            int newline = message == null ? -1 : message.indexOf('\n');
            String first = message == null
                    ? e.getClass().getSimpleName()
                    : newline < 0 ? message : message.substring(0, newline);
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            return new JsonRead(
                    null, "broken JSON" + (column > 0 ? " at column " + column : "") + " (" + shorten(first) + ")");
        } catch (java.io.IOException e) {
            return new JsonRead(null, "unreadable (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The field name in lower case; the usual spellings skip the copy (this runs for every field of every message). */
    static String lower(String key) {
        return switch (key) {
            case "Interface" -> "interface";
            case "Protocol" -> "protocol";
            case "TagId" -> "tagid";
            case "TagData" -> "tagdata";
            case "TagDetails" -> "tagdetails";
            case "DateTime" -> "datetime";
            case "Move" -> "move";
            case "State" -> "state";
            case "Template" -> "template";
            case "Sequence" -> "sequence";
            case "RSSI", "Rssi" -> "rssi";
            case "Uptime" -> "uptime";
            case "Leds" -> "leds";
            case "Buzzer" -> "buzzer";
            default -> key.toLowerCase(Locale.ROOT);
        };
    }

    /** Scalars as written (strings without quotes), objects and arrays as compact JSON. */
    static String text(JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** An int from a JSON integer or a decimal string; otherwise a warning and the value kept as extra. */
    static Integer integer(String key, JsonNode v, Map<String, String> extra, List<String> warnings) {
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual()) {
            String t = v.textValue().strip();
            if (!t.isEmpty() && t.length() <= 9) {
                boolean digits = true;
                for (int i = (t.charAt(0) == '-' && t.length() > 1) ? 1 : 0; i < t.length(); i++) {
                    digits &= t.charAt(i) >= '0' && t.charAt(i) <= '9';
                }
                if (digits) {
                    return Integer.parseInt(t);
                }
            }
        }
        warnings.add(key + " '" + shorten(text(v)) + "' is not an integer");
        extra.put(key, text(v));
        return null;
    }

    /** An {@code Uptime} value; one that is not CCC:SSS.MMM is kept as an extra field, with a warning. */
    static Uptime uptime(String key, JsonNode v, Map<String, String> extra, List<String> warnings) {
        String t = text(v);
        Uptime uptime = Uptime.parse(t).orElse(null);
        if (uptime == null) {
            warnings.add("Uptime '" + shorten(t) + "' is not CCC:SSS.MMM");
            extra.put(key, t);
        }
        return uptime;
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    static Raw raw(InboundMessage m, SpringCoreTopic topic, String reason) {
        return new Raw(
                m.topic(),
                m.receivedAt(),
                topic == null ? null : topic.deviceId(),
                topic == null ? null : topic.channel(),
                reason,
                m.payload());
    }
}
