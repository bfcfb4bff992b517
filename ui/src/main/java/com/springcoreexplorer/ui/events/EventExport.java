package com.springcoreexplorer.ui.events;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes tag event rows as CSV or JSON (worker thread: file I/O). Atomic: a temporary file then a rename. */
public final class EventExport {

    public enum Format { CSV, JSON }

    private EventExport() {
    }

    public static void write(List<TagEventRow> rows, Path file, Format format) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            if (format == Format.CSV) {
                writeCsv(rows, out);
            } else {
                writeJson(rows, out);
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeCsv(List<TagEventRow> rows, Writer out) throws IOException {
        out.write("time,device,interface,protocol,tagId,move,rssi,data,warnings,topic\r\n");
        for (TagEventRow row : rows) {
            out.write(String.join(",", csv(row.time().toString()), csv(row.device()), csv(row.iface()), csv(row.protocol()),
                    csv(row.tagId()), csv(row.move()), row.rssi() == null ? "" : row.rssi().toString(), csv(row.data()),
                    csv(row.warnings()), csv(row.topic())));
            out.write("\r\n");
        }
    }

    static String csv(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static void writeJson(List<TagEventRow> rows, Writer out) throws IOException {
        out.write("[\n");
        for (int i = 0; i < rows.size(); i++) {
            TagEventRow row = rows.get(i);
            out.write("  {\"time\":" + json(row.time().toString()) + ",\"device\":" + json(row.device())
                    + ",\"interface\":" + json(row.iface()) + ",\"protocol\":" + json(row.protocol())
                    + ",\"tagId\":" + json(row.tagId()) + ",\"move\":" + json(row.move())
                    + ",\"rssi\":" + (row.rssi() == null ? "null" : row.rssi().toString())
                    + ",\"data\":" + json(row.data()) + ",\"warnings\":" + json(row.warnings())
                    + ",\"topic\":" + json(row.topic()) + "}" + (i + 1 < rows.size() ? "," : "") + "\n");
        }
        out.write("]\n");
    }

    static String json(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }
}
