package com.springcoreexplorer.mqtt.springcore.events;

import java.nio.file.Path;

/** The outcome of exporting to a file. */
public sealed interface ExportResult {

    /** {@code count} events written to {@code file}. */
    record Written(Path file, int count) implements ExportResult {
    }

    /** Nothing written (the file is untouched); {@code message} says what is wrong and what to do. */
    record Failed(String message) implements ExportResult {
    }
}
