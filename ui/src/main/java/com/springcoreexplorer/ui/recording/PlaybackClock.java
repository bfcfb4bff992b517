package com.springcoreexplorer.ui.recording;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time inside an opened recording: the moment the playback has reached, not the wall clock, so a
 * reader that sent STATUS shortly before that moment is not stale and rates decay in recorded time.
 * Set by the playback thread, read by the ingest dispatcher and the device registry.
 */
final class PlaybackClock extends Clock {

    private volatile Instant now;

    PlaybackClock(Instant start) {
        this.now = start;
    }

    /** Playback thread: the recording has reached {@code at}. */
    void moveTo(Instant at) {
        now = at;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // the registry only asks for instants; a zone would not change them
        return this;
    }
}
