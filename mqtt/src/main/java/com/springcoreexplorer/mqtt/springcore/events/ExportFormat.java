package com.springcoreexplorer.mqtt.springcore.events;

import java.util.Locale;
import java.util.Optional;

/** Tag event export formats. */
public enum ExportFormat {
    /** Comma-separated, header row, RFC 4180 quoting. */
    CSV("csv"),
    /** One JSON object per line. */
    JSON_LINES("jsonl");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** From a file name: {@code .csv}, {@code .jsonl} / {@code .ndjson} / {@code .json}. */
    public static Optional<ExportFormat> fromFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return Optional.of(JSON_LINES);
        }
        return Optional.empty();
    }
}
