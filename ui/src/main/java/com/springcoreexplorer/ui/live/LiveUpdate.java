package com.springcoreexplorer.ui.live;

import com.springcoreexplorer.ui.detail.MessageView;
import com.springcoreexplorer.ui.events.TagEventRow;
import com.springcoreexplorer.ui.readers.ReaderRow;
import com.springcoreexplorer.ui.status.FeedStats;
import com.springcoreexplorer.ui.topictree.TopicChanges;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one or more ingest batches changed, for the live views; immutable. {@link #then} merges two
 * so the engine side can coalesce any number of batches into one pending update per FX pulse. The
 * lists are bounded: under a flood the newest rows win and the rest are counted in
 * {@link #skippedEvents} (the store and the export still hold them).
 *
 * @param latestMessages newest received messages (for "follow latest" in the detail pane), oldest first
 * @param tree           topic tree changes
 * @param events         decoded tag events, oldest first
 * @param readers        readers whose row changed (latest per ID)
 * @param stats          counters after the newest batch, or null when this update carries none
 * @param skippedEvents  events merged away because more arrived in one pulse than a table shows
 */
public record LiveUpdate(
        List<MessageView> latestMessages,
        TopicChanges tree,
        List<TagEventRow> events,
        List<ReaderRow> readers,
        FeedStats stats,
        long skippedEvents) {

    /**
     * More rows than this per pulse is more than anyone can read (60 pulses/s x 1,000 = 60k rows/s):
     * keep the newest, count the rest. It also bounds the FX thread's work per pulse under a flood.
     */
    public static final int MAX_EVENTS_PER_PULSE = 1_000;

    static final int MAX_MESSAGES_PER_PULSE = 64;

    public LiveUpdate {
        latestMessages = List.copyOf(latestMessages);
        events = List.copyOf(events);
        readers = List.copyOf(readers);
    }

    /** Only decoded tag events (the decoder's listener sends these). */
    public static LiveUpdate ofEvents(List<TagEventRow> events) {
        return new LiveUpdate(List.of(), TopicChanges.NONE, events, List.of(), null, 0);
    }

    /** Only reader rows (the device registry's listener sends these). */
    public static LiveUpdate ofReaders(List<ReaderRow> readers) {
        return new LiveUpdate(List.of(), TopicChanges.NONE, List.of(), readers, null, 0);
    }

    public LiveUpdate then(LiveUpdate newer) {
        Map<String, ReaderRow> readersById = new LinkedHashMap<>();
        readers.forEach(row -> readersById.put(row.id(), row));
        newer.readers.forEach(row -> readersById.put(row.id(), row));
        List<TagEventRow> mergedEvents = concatNewest(events, newer.events, MAX_EVENTS_PER_PULSE);
        long skipped =
                skippedEvents + newer.skippedEvents + (events.size() + newer.events.size() - mergedEvents.size());
        return new LiveUpdate(
                concatNewest(latestMessages, newer.latestMessages, MAX_MESSAGES_PER_PULSE),
                tree.then(newer.tree),
                mergedEvents,
                List.copyOf(readersById.values()),
                newer.stats != null ? newer.stats : stats,
                skipped);
    }

    private static <T> List<T> concatNewest(List<T> older, List<T> newer, int limit) {
        if (older.isEmpty() && newer.size() <= limit) {
            return newer;
        }
        if (newer.size() >= limit) {
            return newer.subList(newer.size() - limit, newer.size());
        }
        List<T> all = new ArrayList<>(Math.min(limit, older.size() + newer.size()));
        int fromOlder = Math.min(older.size(), limit - newer.size());
        all.addAll(older.subList(older.size() - fromOlder, older.size()));
        all.addAll(newer);
        return all;
    }
}
