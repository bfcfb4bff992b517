package com.springcoreexplorer.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.ui.events.TagEventRow;
import com.springcoreexplorer.ui.readers.ReaderRow;
import com.springcoreexplorer.ui.status.FeedStats;
import com.springcoreexplorer.ui.topictree.TopicChanges;
import com.springcoreexplorer.ui.topictree.TopicSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging many engine updates into the one the next pulse applies: latest wins, lists bounded, nothing silently lost. */
class LiveUpdateMergeTest {

    private static TopicSnapshot node(String path, long count) {
        return new TopicSnapshot(path, path.substring(path.lastIndexOf('/') + 1), count, count, false, 0, null, "");
    }

    private static TagEventRow event(int n) {
        return new TagEventRow(Instant.EPOCH, "R1", "13.56", "NFC-A", "TAG" + n, "", null, "", "", "p/R1/rdr/evt");
    }

    @Test
    void treeChangesKeepTheLatestSnapshotPerTopicAndAClearWins() {
        TopicChanges first = new TopicChanges(false, List.of(node("a", 1), node("a/b", 1)), List.of());
        TopicChanges second = new TopicChanges(false, List.of(node("a/c", 1)), List.of(node("a", 3), node("a/b", 2)));
        TopicChanges merged = first.then(second);
        assertThat(merged.added()).extracting(TopicSnapshot::path).containsExactly("a", "a/b", "a/c");
        assertThat(merged.added()).extracting(TopicSnapshot::messageCount).containsExactly(3L, 2L, 1L);
        assertThat(merged.changed()).isEmpty();
        TopicChanges cleared = new TopicChanges(true, List.of(node("z", 1)), List.of());
        assertThat(merged.then(cleared)).isEqualTo(cleared);
    }

    @Test
    void eventsAreBoundedPerPulseAndTheRestCounted() {
        LiveUpdate update = LiveUpdate.ofEvents(List.of());
        int total = LiveUpdate.MAX_EVENTS_PER_PULSE + 1_234;
        for (int start = 0; start < total; start += 100) {
            List<TagEventRow> batch = new ArrayList<>();
            for (int n = start; n < Math.min(total, start + 100); n++) {
                batch.add(event(n));
            }
            update = update.then(LiveUpdate.ofEvents(batch));
        }
        assertThat(update.events()).hasSize(LiveUpdate.MAX_EVENTS_PER_PULSE);
        assertThat(update.events().getLast().tagId()).isEqualTo("TAG" + (total - 1));
        assertThat(update.skippedEvents()).isEqualTo(1_234);
    }

    @Test
    void readersAndStatsKeepTheLatest() {
        ReaderRow busy = new ReaderRow("R1", ReaderRow.State.BUSY, "", "", "", Instant.EPOCH, false);
        ReaderRow ready = new ReaderRow("R1", ReaderRow.State.READY, "", "", "", Instant.EPOCH, false);
        FeedStats stats = new FeedStats(5, 0, 0, 1, 1, 10, 1);
        LiveUpdate withStats = new LiveUpdate(List.of(), TopicChanges.NONE, List.of(), List.of(busy), stats, 0);
        LiveUpdate merged = withStats.then(LiveUpdate.ofReaders(List.of(ready)));
        assertThat(merged.readers()).containsExactly(ready);
        assertThat(merged.stats())
                .as("an update without counters keeps the last ones")
                .isEqualTo(stats);
    }
}
