package com.springcoreexplorer.mqtt.springcore.decode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.springcoreexplorer.mqtt.springcore.commands.SequenceId;
import com.springcoreexplorer.mqtt.springcore.topic.BinaryTopic;
import com.springcoreexplorer.mqtt.springcore.topic.Channel;
import java.util.List;
import java.util.Map;

/**
 * A decoded message as a JSON object, for {@code sub --json} ({@code "event"}) and other machine output:
 * {@code {"kind":"tag","device":"DA1275B0","tagId":"047DAE02C84080",...}}. Absent values are left out.
 */
public final class DecodedJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Raw payloads are described by a hex preview of at most this many bytes. */
    public static final int RAW_PREVIEW_BYTES = 256;

    private DecodedJson() {
    }

    public static ObjectNode toJson(DecodedMessage message) {
        ObjectNode o = NODES.objectNode();
        o.put("kind", message.kind());
        if (message.deviceId() != null) {
            o.put("device", message.deviceId());
        }
        switch (message) {
            case TagEvent e -> {
                o.put("format", e.format().name());
                put(o, "interface", e.interfaceName());
                putHex(o, "interfaceCode", e.interfaceCode());
                put(o, "protocol", e.protocol());
                putHex(o, "protocolCode", e.protocolCode());
                put(o, "template", e.template());
                o.put("tagId", e.tagId());
                if (e.move() != Move.NONE) {
                    o.put("move", e.move().name());
                }
                put(o, "rssi", e.rssi());
                put(o, "tagData", e.tagData());
                put(o, "tagDetails", e.tagDetails());
                putUptime(o, e.uptime());
                put(o, "dateTime", e.dateTime());
                put(o, "sequence", e.sequence());
                if (e.format() == WireFormat.TEXT) {
                    o.put("checksum", e.checksum().name());
                }
                putMap(o, "extra", e.extraFields());
            }
            case StatusReport s -> {
                o.put("state", s.state().name());
                put(o, "stateText", s.stateText());
                putUptime(o, s.uptime());
                put(o, "dateTime", s.dateTime());
                if (s.retained()) {
                    o.put("retained", true);
                }
                putMap(o, "extra", s.extraFields());
            }
            case MetaReport m -> {
                putMap(o, "fields", m.fields());
                if (m.retained()) {
                    o.put("retained", true);
                }
            }
            case ReaderCommand c -> {
                o.put("format", c.format().name());
                put(o, "sequence", c.command().sequence());
                if (c.command().sequence() != null) {
                    SequenceId.byCode(c.command().sequence()).ifPresent(id -> o.put("sequenceName", id.label()));
                }
                put(o, "leds", c.command().leds());
                put(o, "buzzerMs", c.command().buzzerMs());
                if (!c.command().raw().isEmpty()) {
                    ObjectNode raw = o.putObject("raw");
                    c.command().raw().forEach((f, v) -> raw.put(f.jsonName(), v));
                }
                o.put("summary", c.command().describe());
                if (c.format() == WireFormat.TEXT) {
                    o.put("checksum", c.checksum().name());
                }
                putMap(o, "extra", c.extraFields());
            }
            case RuleDecoded r -> {
                o.put("rule", r.ruleName());
                putMap(o, "columns", r.columns());
            }
            case Raw r -> {
                o.put("reason", r.reason());
                BinaryTopic.ofTopic(r.topic()).filter(binary -> r.channel() == Channel.DIR || r.channel() == Channel.CCID)
                        .ifPresent(binary -> {
                            o.put("binaryTopic", binary.suffix());
                            o.put("direction", binary.direction().name());
                        });
                o.put("size", r.payload().length);
                o.put("hex", r.hexView(RAW_PREVIEW_BYTES));
            }
        }
        List<String> warnings = message.warnings();
        if (!warnings.isEmpty()) {
            o.set("warnings", NODES.arrayNode().addAll(warnings.stream().map(w -> (JsonNode) NODES.textNode(w)).toList()));
        }
        return o;
    }

    private static void put(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void put(ObjectNode o, String name, Integer value) {
        if (value != null) {
            o.put(name, value.intValue());
        }
    }

    private static void putHex(ObjectNode o, String name, Integer value) {
        if (value != null) {
            o.put(name, String.format("%02X", value));
        }
    }

    private static void putUptime(ObjectNode o, Uptime uptime) {
        if (uptime != null) {
            ObjectNode u = o.putObject("uptime");
            u.put("startups", uptime.startups());
            u.put("seconds", uptime.sinceStart().toMillis() / 1000.0);
        }
    }

    private static void putMap(ObjectNode o, String name, Map<String, String> map) {
        if (!map.isEmpty()) {
            ObjectNode m = o.putObject(name);
            map.forEach(m::put);
        }
    }
}
