package com.springcoreexplorer.mqtt.recording;

import java.time.Instant;
import java.util.List;

/**
 * What a recording holds.
 *
 * @param messages  rows in {@code messages}
 * @param tagEvents rows in {@code tag_events}
 * @param first     reception time of the oldest message, null when empty
 * @param last      reception time of the newest message, null when empty
 * @param sources   the profiles it was recorded with
 * @param version   the file's format version ({@code PRAGMA user_version})
 */
public record RecordingSummary(
        long messages, long tagEvents, Instant first, Instant last, List<String> sources, int version) {

    public RecordingSummary {
        sources = List.copyOf(sources);
    }
}
