package com.springcoreexplorer.mqtt.springcore.decode;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.springcoreexplorer.mqtt.springcore.commands.SequenceId;
import com.springcoreexplorer.mqtt.springcore.topic.BinaryTopic;
import com.springcoreexplorer.mqtt.springcore.topic.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A decoded message as a JSON object, for {@code sub --json} ({@code "event"}) and other machine output:
 * {@code {"kind":"tag","device":"DA1275B0","tagId":"047DAE02C84080",...}}. Absent values are left out.
 * {@link #write} streams it (no tree: {@code sub --json} writes one per message); {@link #toJson} builds it as a tree.
 */
public final class DecodedJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Raw payloads are described by a hex preview of at most this many bytes. */
    public static final int RAW_PREVIEW_BYTES = 256;

    private DecodedJson() {}

    public static ObjectNode toJson(DecodedMessage message) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            write(buffer, message);
            return MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException("a token buffer does not fail", e);
        }
    }

    /** Writes the message as one JSON object at the generator's current position. */
    public static void write(JsonGenerator o, DecodedMessage message) throws IOException {
        o.writeStartObject();
        o.writeStringField("kind", message.kind());
        if (message.deviceId() != null) {
            o.writeStringField("device", message.deviceId());
        }
        switch (message) {
            case TagEvent e -> {
                o.writeStringField("format", e.format().name());
                put(o, "interface", e.interfaceName());
                putHex(o, "interfaceCode", e.interfaceCode());
                put(o, "protocol", e.protocol());
                putHex(o, "protocolCode", e.protocolCode());
                put(o, "template", e.template());
                o.writeStringField("tagId", e.tagId());
                if (e.move() != Move.NONE) {
                    o.writeStringField("move", e.move().name());
                }
                put(o, "rssi", e.rssi());
                put(o, "tagData", e.tagData());
                put(o, "tagDetails", e.tagDetails());
                putUptime(o, e.uptime());
                put(o, "dateTime", e.dateTime());
                put(o, "sequence", e.sequence());
                if (e.format() == WireFormat.TEXT) {
                    o.writeStringField("checksum", e.checksum().name());
                }
                putMap(o, "extra", e.extraFields());
            }
            case StatusReport s -> {
                o.writeStringField("state", s.state().name());
                put(o, "stateText", s.stateText());
                putUptime(o, s.uptime());
                put(o, "dateTime", s.dateTime());
                if (s.retained()) {
                    o.writeBooleanField("retained", true);
                }
                putMap(o, "extra", s.extraFields());
            }
            case MetaReport m -> {
                putMap(o, "fields", m.fields());
                if (m.retained()) {
                    o.writeBooleanField("retained", true);
                }
            }
            case ReaderCommand c -> {
                o.writeStringField("format", c.format().name());
                put(o, "sequence", c.command().sequence());
                if (c.command().sequence() != null) {
                    java.util.Optional<SequenceId> named =
                            SequenceId.byCode(c.command().sequence());
                    if (named.isPresent()) {
                        o.writeStringField("sequenceName", named.get().label());
                    }
                }
                put(o, "leds", c.command().leds());
                put(o, "buzzerMs", c.command().buzzerMs());
                if (!c.command().raw().isEmpty()) {
                    o.writeObjectFieldStart("raw");
                    for (var raw : c.command().raw().entrySet()) {
                        o.writeStringField(raw.getKey().jsonName(), raw.getValue());
                    }
                    o.writeEndObject();
                }
                o.writeStringField("summary", c.command().describe());
                if (c.format() == WireFormat.TEXT) {
                    o.writeStringField("checksum", c.checksum().name());
                }
                putMap(o, "extra", c.extraFields());
            }
            case RuleDecoded r -> {
                o.writeStringField("rule", r.ruleName());
                putMap(o, "columns", r.columns());
            }
            case Raw r -> {
                o.writeStringField("reason", r.reason());
                java.util.Optional<BinaryTopic> binary = BinaryTopic.ofTopic(r.topic())
                        .filter(b -> r.channel() == Channel.DIR || r.channel() == Channel.CCID);
                if (binary.isPresent()) {
                    o.writeStringField("binaryTopic", binary.get().suffix());
                    o.writeStringField("direction", binary.get().direction().name());
                }
                o.writeNumberField("size", r.payload().length);
                o.writeStringField("hex", r.hexView(RAW_PREVIEW_BYTES));
            }
        }
        List<String> warnings = message.warnings();
        if (!warnings.isEmpty()) {
            o.writeArrayFieldStart("warnings");
            for (String warning : warnings) {
                o.writeString(warning);
            }
            o.writeEndArray();
        }
        o.writeEndObject();
    }

    private static void put(JsonGenerator o, String name, String value) throws IOException {
        if (value != null) {
            o.writeStringField(name, value);
        }
    }

    private static void put(JsonGenerator o, String name, Integer value) throws IOException {
        if (value != null) {
            o.writeNumberField(name, value.intValue());
        }
    }

    private static void putHex(JsonGenerator o, String name, Integer value) throws IOException {
        if (value != null) {
            String hex = Integer.toHexString(value).toUpperCase(Locale.ROOT); // "%02X" without the formatter's cost
            o.writeStringField(name, hex.length() < 2 ? "0" + hex : hex);
        }
    }

    /** {@code "uptime":{"startups":699,"seconds":16.85}}; also used for a reader's uptime. */
    public static void putUptime(JsonGenerator o, Uptime uptime) throws IOException {
        if (uptime != null) {
            o.writeObjectFieldStart("uptime");
            o.writeNumberField("startups", uptime.startups());
            o.writeNumberField("seconds", uptime.sinceStart().toMillis() / 1000.0);
            o.writeEndObject();
        }
    }

    /** {@code "name":{...}} with the map's entries in order; nothing for an empty map. */
    public static void putMap(JsonGenerator o, String name, Map<String, String> map) throws IOException {
        if (!map.isEmpty()) {
            o.writeObjectFieldStart(name);
            for (Map.Entry<String, String> entry : map.entrySet()) {
                o.writeStringField(entry.getKey(), entry.getValue());
            }
            o.writeEndObject();
        }
    }
}
