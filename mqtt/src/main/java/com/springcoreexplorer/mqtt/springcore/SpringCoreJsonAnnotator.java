package com.springcoreexplorer.mqtt.springcore;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedJson;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.decode.MessageDecoder;
import com.springcoreexplorer.mqtt.springcore.devices.DeviceJson;
import com.springcoreexplorer.mqtt.springcore.devices.DeviceRegistry;
import com.springcoreexplorer.mqtt.springcore.devices.RegistrySettings;
import java.io.IOException;

/**
 * Adds {@code "event"} (the decoded message) and {@code "device"} (the reader as known after it) to a
 * {@code sub --json} line. One instance per subscription; call it on one thread, in message order
 * (the ingest dispatcher). {@link #write} streams both fields into a generator (what {@code sub} uses,
 * one line per message); {@link #annotate} adds them to a tree.
 */
public final class SpringCoreJsonAnnotator {

    private final MessageDecoder decoder;
    private final DeviceRegistry registry;

    public SpringCoreJsonAnnotator(DecoderSettings settings, RegistrySettings registrySettings) {
        this.decoder = new MessageDecoder(settings);
        this.registry = new DeviceRegistry(registrySettings);
    }

    public SpringCoreJsonAnnotator(DecoderSettings settings) {
        this(settings, RegistrySettings.DEFAULT);
    }

    public void annotate(InboundMessage message, ObjectNode line) {
        DecodedMessage decoded = decoder.decode(message);
        registry.apply(decoded);
        line.set("event", DecodedJson.toJson(decoded));
        if (decoded.deviceId() != null) {
            registry.device(decoded.deviceId(), message.receivedAt())
                    .ifPresent(device -> line.set("device", DeviceJson.toJson(device)));
        }
    }

    /** Writes the {@code "event"} and (on a reader's topics) {@code "device"} fields inside the line's open object. */
    public void write(InboundMessage message, JsonGenerator line) throws IOException {
        DecodedMessage decoded = decoder.decode(message);
        registry.apply(decoded);
        line.writeFieldName("event");
        DecodedJson.write(line, decoded);
        if (decoded.deviceId() != null) {
            var device = registry.device(decoded.deviceId(), message.receivedAt());
            if (device.isPresent()) {
                line.writeFieldName("device");
                DeviceJson.write(line, device.get());
            }
        }
    }
}
