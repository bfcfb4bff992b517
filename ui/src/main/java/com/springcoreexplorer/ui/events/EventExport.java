package com.springcoreexplorer.ui.events;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes tag event rows as CSV (RFC 4180: header, CRLF, quoting where needed) or as a JSON array,
 * with Jackson, streaming one row at a time (worker thread: file I/O). Atomic: a temporary file
 * next to the target, then a rename, so a failed export never leaves half a file under its name.
 */
public final class EventExport {

    public enum Format {
        CSV,
        JSON
    }

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema CSV_SCHEMA =
            CSV.schemaFor(ExportedEvent.class).withHeader().withLineSeparator("\r\n");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EventExport() {}

    public static void write(List<TagEventRow> rows, Path file, Format format) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(temporary);
                SequenceWriter writer = format == Format.CSV
                        ? CSV.writer(CSV_SCHEMA).writeValues(out)
                        : JSON.writerFor(ExportedEvent.class).writeValuesAsArray(out)) {
            for (TagEventRow row : rows) {
                writer.write(ExportedEvent.of(row));
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** One exported event: the table's columns plus the topic, in this order; time in ISO-8601 UTC. */
    @JsonPropertyOrder({"time", "device", "interface", "protocol", "tagId", "move", "rssi", "data", "warnings", "topic"
    })
    record ExportedEvent(
            String time,
            String device,
            String iface,
            String protocol,
            String tagId,
            String move,
            Integer rssi,
            String data,
            String warnings,
            String topic) {

        static ExportedEvent of(TagEventRow row) {
            return new ExportedEvent(
                    row.time().toString(),
                    row.device(),
                    row.iface(),
                    row.protocol(),
                    row.tagId(),
                    row.move(),
                    row.rssi(),
                    row.data(),
                    row.warnings(),
                    row.topic());
        }

        @com.fasterxml.jackson.annotation.JsonProperty("interface")
        @Override
        public String iface() {
            return iface;
        }
    }
}
