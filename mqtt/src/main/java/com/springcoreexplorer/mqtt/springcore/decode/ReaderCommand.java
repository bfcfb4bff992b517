package com.springcoreexplorer.mqtt.springcore.decode;

import com.springcoreexplorer.mqtt.springcore.commands.Command;
import com.springcoreexplorer.mqtt.springcore.sctext.ChecksumStatus;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A command seen on {@code rdr/cmd} (sent by us or by another Control client), JSON or {@code $SCCMD}.
 *
 * @param command     what it asks the reader to do
 * @param format      JSON or TEXT ($SCCMD)
 * @param checksum    $SCCMD checksum outcome ({@link ChecksumStatus#NOT_APPLICABLE} for JSON)
 * @param extraFields fields or keys no documentation names, in payload order
 * @param raw         the payload as text
 */
public record ReaderCommand(
        String topic,
        Instant receivedAt,
        String deviceId,
        Command command,
        WireFormat format,
        ChecksumStatus checksum,
        Map<String, String> extraFields,
        List<String> warnings,
        String raw)
        implements DecodedMessage {

    public ReaderCommand {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(checksum, "checksum");
        extraFields = extraFields == null || extraFields.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(extraFields));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        raw = raw == null ? "" : raw;
    }
}
