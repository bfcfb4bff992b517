package com.springcoreexplorer.mqtt.springcore.devices;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A device snapshot as a JSON object, for {@code devices --json} and {@code sub --json} ({@code "device"}).
 * {@link #write} streams it (no tree); {@link #toJson} builds it as a tree.
 */
public final class DeviceJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DeviceJson() {}

    public static ObjectNode toJson(DeviceSnapshot d) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            write(buffer, d);
            return MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException("a token buffer does not fail", e);
        }
    }

    /** Writes the snapshot as one JSON object at the generator's current position. */
    public static void write(JsonGenerator o, DeviceSnapshot d) throws IOException {
        o.writeStartObject();
        o.writeStringField("device", d.deviceId());
        o.writeStringField("state", d.state().name());
        if (d.stateText() != null) {
            o.writeStringField("stateText", d.stateText());
        }
        o.writeBooleanField("stale", d.stale());
        if (d.productName() != null) {
            o.writeStringField("product", d.productName());
        }
        if (d.firmware() != null) {
            o.writeStringField("firmware", d.firmware());
        }
        if (d.firmwareBuild() != null) {
            o.writeStringField("firmwareBuild", d.firmwareBuild());
        }
        if (d.macAddress() != null) {
            o.writeStringField("mac", d.macAddress());
        }
        if (d.ipAddress() != null) {
            o.writeStringField("ip", d.ipAddress());
        }
        if (d.serialNumber() != null) {
            o.writeStringField("serial", d.serialNumber());
        }
        if (d.meta() != null) {
            o.writeFieldName("meta");
            o.writeStartObject();
            for (var field : d.meta().fields().entrySet()) {
                o.writeStringField(field.getKey(), field.getValue());
            }
            o.writeEndObject();
        }
        DecodedJson.putUptime(o, d.uptime());
        o.writeStringField("firstSeen", d.firstSeen().toString());
        String lastSeen = d.lastSeen().toString();
        o.writeStringField("lastSeen", lastSeen);
        if (d.lastStatusAt() != null) {
            o.writeStringField("lastStatus", d.lastStatusAt().toString());
        }
        o.writeNumberField("events", d.eventCount());
        o.writeNumberField("messages", d.messageCount());
        o.writeNumberField("eventRate", Math.round(d.eventRate() * 100) / 100.0);
        if (d.lastTag() != null) {
            o.writeObjectFieldStart("lastTag");
            o.writeStringField("tagId", d.lastTag().tagId());
            if (d.lastTag().protocol() != null) {
                o.writeStringField("protocol", d.lastTag().protocol());
            }
            // on a tag event's line the tag is what was just seen: its time is formatted once
            o.writeStringField(
                    "at",
                    d.lastTag().at().equals(d.lastSeen())
                            ? lastSeen
                            : d.lastTag().at().toString());
            o.writeEndObject();
        }
        if (d.lastCommand() != null) {
            o.writeObjectFieldStart("lastCommand");
            o.writeStringField("summary", d.lastCommand().describe());
            o.writeStringField("format", d.lastCommand().format().name());
            o.writeStringField("at", d.lastCommand().at().toString());
            o.writeEndObject();
        }
        o.writeEndObject();
    }
}
