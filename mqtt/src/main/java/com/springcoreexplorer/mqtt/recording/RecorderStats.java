package com.springcoreexplorer.mqtt.recording;

/**
 * A recorder's counters as of one moment.
 *
 * @param accepted  messages handed to the recorder
 * @param committed messages in committed transactions (a crash keeps these)
 * @param rows      messages in the file now (committed minus pruned, plus what the file held before)
 * @param pruned    oldest messages deleted to stay under the size limit
 * @param fileBytes the file and its write-ahead log on disk
 */
public record RecorderStats(long accepted, long committed, long rows, long pruned, long fileBytes) {

    public static final RecorderStats ZERO = new RecorderStats(0, 0, 0, 0, 0);

    /** Messages handed over but not yet committed. */
    public long pending() {
        return accepted - committed;
    }
}
