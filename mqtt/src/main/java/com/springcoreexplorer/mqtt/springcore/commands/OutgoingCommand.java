package com.springcoreexplorer.mqtt.springcore.commands;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A command ready to publish.
 *
 * @param topic    {@code {prefix}/{id}/rdr/cmd}
 * @param payload  the bytes to publish (do not modify)
 * @param command  what it asks
 * @param format   JSON or $SCCMD text
 */
public record OutgoingCommand(String topic, byte[] payload, Command command, CommandFormat format) {

    public OutgoingCommand {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(format, "format");
    }

    /** The payload as text (commands are ASCII). */
    public String payloadText() {
        return new String(payload, StandardCharsets.US_ASCII);
    }
}
