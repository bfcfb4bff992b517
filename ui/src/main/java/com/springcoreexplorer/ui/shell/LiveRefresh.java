package com.springcoreexplorer.ui.shell;

import com.springcoreexplorer.ui.detail.DetailViewModel;
import com.springcoreexplorer.ui.events.TagEventsViewModel;
import com.springcoreexplorer.ui.fx.FxThread;
import com.springcoreexplorer.ui.fx.PulseCoalescer;
import com.springcoreexplorer.ui.live.LiveFeed;
import com.springcoreexplorer.ui.live.LiveUpdate;
import com.springcoreexplorer.ui.readers.ReaderRow;
import com.springcoreexplorer.ui.readers.ReadersViewModel;
import com.springcoreexplorer.ui.status.FeedStats;
import com.springcoreexplorer.ui.status.StatusBar;
import com.springcoreexplorer.ui.topictree.TopicChanges;
import com.springcoreexplorer.ui.topictree.TopicTreeViewModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Engine updates on their way to the views. Engine threads offer updates to one {@link PulseCoalescer},
 * which merges them and hands the FX thread at most one per pulse. New topics, new readers and the
 * detail pane follow every pulse; event rows at most every 100 ms ({@link TagEventsViewModel}); counters,
 * rates, tree badges and reader rows at 4 Hz: nobody reads them faster, and each of those refreshes
 * relays out a part of the window.
 */
final class LiveRefresh {

    static final long SLOW_VIEWS_INTERVAL_NANOS = 250_000_000L;

    private final TopicTreeViewModel tree;
    private final TagEventsViewModel events;
    private final ReadersViewModel readers;
    private final DetailViewModel detail;
    private final StatusBar statusBar;
    private final PulseCoalescer<LiveUpdate> coalescer;
    private final Timeline slowViewsTimer;
    private final Map<String, ReaderRow> heldReaders = new LinkedHashMap<>();
    private TopicChanges heldTree = TopicChanges.NONE;
    private FeedStats heldStats;
    private long slowViewsAppliedAt;
    private AutoCloseable subscription;

    LiveRefresh(
            TopicTreeViewModel tree,
            TagEventsViewModel events,
            ReadersViewModel readers,
            DetailViewModel detail,
            StatusBar statusBar) {
        this.tree = tree;
        this.events = events;
        this.readers = readers;
        this.detail = detail;
        this.statusBar = statusBar;
        this.coalescer = new PulseCoalescer<>(LiveUpdate::then, this::applyOnFxThread);
        // 10 Hz: the last rows and counters of a burst never wait for another update to show them
        this.slowViewsTimer = new Timeline(
                new KeyFrame(Duration.millis(TagEventsViewModel.SHOW_INTERVAL_NANOS / 1_000_000), event -> {
                    long now = System.nanoTime();
                    // one of the two per tick: each relays out a part of the window
                    if (now - slowViewsAppliedAt >= SLOW_VIEWS_INTERVAL_NANOS) {
                        flushSlowViews();
                    } else {
                        events.showPendingIfDue(now);
                    }
                }));
        slowViewsTimer.setCycleCount(Animation.INDEFINITE);
    }

    /** FX thread: starts following {@code feed}. */
    void start(LiveFeed feed) {
        FxThread.check("LiveRefresh.start");
        subscription = feed.subscribe(coalescer::offerFromAnyThread);
        coalescer.start();
        slowViewsTimer.play();
    }

    /**
     * FX thread: follows another feed (an opened recording, or the live one again). The views start
     * empty; the clearing goes through the coalescer, so a pending update of the old feed cannot land
     * after it.
     */
    void switchTo(LiveFeed feed) {
        FxThread.check("LiveRefresh.switchTo");
        closeSubscription();
        heldTree = TopicChanges.NONE;
        heldReaders.clear();
        heldStats = null;
        events.clear();
        readers.clear();
        detail.clear();
        coalescer.offerFromAnyThread(
                new LiveUpdate(List.of(), new TopicChanges(true, List.of(), List.of()), List.of(), List.of(), null, 0));
        subscription = feed.subscribe(coalescer::offerFromAnyThread);
    }

    void stop() {
        coalescer.stop();
        slowViewsTimer.stop();
        closeSubscription();
    }

    PulseCoalescer<LiveUpdate> coalescer() {
        return coalescer;
    }

    /** FX thread, once per pulse: the merged engine updates since the last pulse. */
    private void applyOnFxThread(LiveUpdate update) {
        heldTree = heldTree.then(update.tree());
        if (update.stats() != null) {
            heldStats = update.stats();
        }
        update.readers().forEach(row -> heldReaders.put(row.id(), row));
        boolean structural = !update.tree().added().isEmpty()
                || update.tree().cleared()
                || update.readers().stream().anyMatch(row -> !readers.knows(row.id()));
        boolean flushed = structural || System.nanoTime() - slowViewsAppliedAt >= SLOW_VIEWS_INTERVAL_NANOS;
        if (flushed) {
            flushSlowViews();
        }
        if (update.tree().cleared()) {
            detail.clear();
        }
        events.append(update.events(), update.skippedEvents());
        if (!flushed) {
            // the tree, readers and counters relaid out this pulse: the table's rows wait for the next one
            events.showPendingIfDue(System.nanoTime());
        }
        detail.onMessages(update.latestMessages());
    }

    /** FX thread: applies held tree changes and counters (also from the timer, so nothing stays held when updates stop). */
    private void flushSlowViews() {
        slowViewsAppliedAt = System.nanoTime();
        if (!heldTree.added().isEmpty() || !heldTree.changed().isEmpty() || heldTree.cleared()) {
            tree.apply(heldTree);
            heldTree = TopicChanges.NONE;
        }
        if (!heldReaders.isEmpty()) {
            readers.apply(List.copyOf(heldReaders.values()));
            heldReaders.clear();
        }
        if (heldStats != null) {
            statusBar.update(heldStats);
            heldStats = null;
        }
    }

    private void closeSubscription() {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception ignored) {
            // closing a subscription has nothing to report
        }
        subscription = null;
    }
}
