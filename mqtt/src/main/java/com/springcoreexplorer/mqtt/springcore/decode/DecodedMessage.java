package com.springcoreexplorer.mqtt.springcore.decode;

import java.time.Instant;
import java.util.List;

/**
 * What one received message means. {@link MessageDecoder#decode} gives exactly one of these for every
 * message, however malformed: anything not understood is a {@link Raw} with the reason. All variants
 * are immutable and safe to hand to any thread.
 */
public sealed interface DecodedMessage permits TagEvent, StatusReport, MetaReport, ReaderCommand, RuleDecoded, Raw {

    /** The topic it was received on. */
    String topic();

    /** When our client received it. */
    Instant receivedAt();

    /** The {@code {id}} level of a SpringCore topic, or null when the topic is not SpringCore's. */
    String deviceId();

    /** What is odd about the message but did not stop decoding (checksum mismatch, unexpected types...). */
    List<String> warnings();

    /** A short name of the kind, for tables and {@code sub --json}: {@code tag}, {@code status}, {@code meta}, {@code command}, {@code rule}, {@code raw}. */
    default String kind() {
        return switch (this) {
            case TagEvent e -> "tag";
            case StatusReport s -> "status";
            case MetaReport m -> "meta";
            case ReaderCommand c -> "command";
            case RuleDecoded r -> "rule";
            case Raw r -> "raw";
        };
    }
}
