package com.springcoreexplorer.mqtt.springcore.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes tag events as CSV or JSON lines (Jackson). Columns, in order: {@link #COLUMNS}. The CSV has a
 * header row; warnings are joined with {@code " | "}, extra fields are one compact JSON object.
 * File exports are written to a temporary file beside the target, then moved into place: a failed
 * export leaves nothing half-written. Call from a worker thread, never the FX thread.
 */
public final class TagEventExport {

    public static final List<String> COLUMNS = List.of("receivedAt", "device", "topic", "format", "interface", "interfaceCode",
            "protocol", "protocolCode", "template", "tagId", "move", "rssi", "tagData", "tagDetails", "uptime", "dateTime",
            "sequence", "checksum", "warnings", "extra", "raw");

    private static final JsonMapper JSON = JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
    private static final CsvMapper CSV = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
    private static final CsvSchema SCHEMA = schema();

    private TagEventExport() {
    }

    public static void writeCsv(Collection<TagEvent> events, Writer out) throws IOException {
        try (SequenceWriter rows = CSV.writerFor(Map.class).with(SCHEMA).writeValues(out)) {
            for (TagEvent e : events) {
                rows.write(row(e));
            }
        }
        out.flush();
    }

    public static void writeJsonLines(Collection<TagEvent> events, Writer out) throws IOException {
        for (TagEvent e : events) {
            ObjectNode node = JSON.createObjectNode();
            node.put("receivedAt", e.receivedAt().toString());
            node.put("device", e.deviceId());
            node.put("topic", e.topic());
            node.put("format", e.format().name());
            node.put("interface", e.interfaceName());
            putInt(node, "interfaceCode", e.interfaceCode());
            node.put("protocol", e.protocol());
            putInt(node, "protocolCode", e.protocolCode());
            putInt(node, "template", e.template());
            node.put("tagId", e.tagId());
            node.put("move", e.move().name());
            putInt(node, "rssi", e.rssi());
            node.put("tagData", e.tagData());
            node.put("tagDetails", e.tagDetails());
            node.put("uptime", e.uptime() == null ? null : uptimeText(e));
            node.put("dateTime", e.dateTime());
            putInt(node, "sequence", e.sequence());
            node.put("checksum", e.checksum().name());
            node.set("warnings", JSON.valueToTree(e.warnings()));
            node.set("extra", JSON.valueToTree(e.extraFields()));
            node.put("raw", e.raw());
            out.write(JSON.writeValueAsString(node));
            out.write('\n');
        }
        out.flush();
    }

    public static void write(Collection<TagEvent> events, ExportFormat format, Writer out) throws IOException {
        if (format == ExportFormat.CSV) {
            writeCsv(events, out);
        } else {
            writeJsonLines(events, out);
        }
    }

    /** Writes {@code events} to {@code file} atomically (temporary file, then move); never throws for I/O. */
    public static ExportResult export(Collection<TagEvent> events, ExportFormat format, Path file) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return new ExportResult.Failed("folder " + dir + " does not exist; choose an existing folder");
        }
        if (Files.isDirectory(target)) {
            return new ExportResult.Failed(target + " is a folder; give a file name such as events." + format.extension());
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                write(events, format, out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new ExportResult.Written(target, events.size());
        } catch (AccessDeniedException e) {
            return new ExportResult.Failed("no permission to write in " + dir + "; choose another folder");
        } catch (NoSuchFileException e) {
            return new ExportResult.Failed("folder " + dir + " disappeared; choose an existing folder");
        } catch (IOException e) {
            return new ExportResult.Failed("could not write " + target + " (" + e.getMessage() + "); check free space and permissions");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the export
                }
            }
        }
    }

    private static Map<String, String> row(TagEvent e) throws IOException {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("receivedAt", e.receivedAt().toString());
        row.put("device", e.deviceId());
        row.put("topic", e.topic());
        row.put("format", e.format().name());
        row.put("interface", e.interfaceName());
        row.put("interfaceCode", e.interfaceCode() == null ? null : String.format("%02X", e.interfaceCode()));
        row.put("protocol", e.protocol());
        row.put("protocolCode", e.protocolCode() == null ? null : String.format("%02X", e.protocolCode()));
        row.put("template", str(e.template()));
        row.put("tagId", e.tagId());
        row.put("move", e.move().name());
        row.put("rssi", str(e.rssi()));
        row.put("tagData", e.tagData());
        row.put("tagDetails", e.tagDetails());
        row.put("uptime", e.uptime() == null ? null : uptimeText(e));
        row.put("dateTime", e.dateTime());
        row.put("sequence", str(e.sequence()));
        row.put("checksum", e.checksum().name());
        row.put("warnings", String.join(" | ", e.warnings()));
        row.put("extra", e.extraFields().isEmpty() ? "" : JSON.writeValueAsString(e.extraFields()));
        row.put("raw", e.raw());
        return row;
    }

    /** Uptime in the device's own notation, {@code CCC:SSS.MMM}. */
    private static String uptimeText(TagEvent e) {
        return e.uptime().startups() + ":" + e.uptime().sinceStart().toSeconds() + "."
                + String.format("%03d", e.uptime().sinceStart().toMillisPart());
    }

    private static String str(Integer i) {
        return i == null ? null : i.toString();
    }

    private static void putInt(ObjectNode node, String name, Integer value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value.intValue());
        }
    }

    private static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        for (String c : COLUMNS) {
            b.addColumn(c);
        }
        return b.build();
    }
}
