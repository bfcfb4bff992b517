package com.springcoreexplorer.ui.live;

import com.springcoreexplorer.ui.detail.MessageHistory;
import com.springcoreexplorer.ui.detail.MessageView;
import java.util.List;
import java.util.function.Consumer;

/**
 * The live views' port onto the ingest engine (pipeline, store, topic model, SpringCore decoder).
 * The window never reaches the engine another way.
 */
public interface LiveFeed extends MessageHistory {

    /**
     * {@code listener} gets one update per ingest batch, on the engine's dispatcher thread: it must
     * only hand the update on (the window coalesces it into one change per FX pulse).
     *
     * @return closes the subscription
     */
    AutoCloseable subscribe(Consumer<LiveUpdate> listener);

    /** The messages kept for a topic, oldest first. May wait for the current batch: call off the FX thread. */
    List<MessageView> history(String topic);

    /** Forgets every message and topic (counters stay); the next update says the tree was cleared. */
    void clear();

    /** The readers' health and the alerts (an engine without them offers none). */
    default com.springcoreexplorer.ui.fleet.FleetFeed fleet() {
        return com.springcoreexplorer.ui.fleet.FleetFeed.NONE;
    }

    /** Numbers of messages over time, for the charts. */
    default com.springcoreexplorer.ui.charts.ChartFeed charts() {
        return com.springcoreexplorer.ui.charts.ChartFeed.NONE;
    }

    /** A feed with nothing in it (no connection yet). */
    LiveFeed EMPTY = new LiveFeed() {
        @Override
        public AutoCloseable subscribe(Consumer<LiveUpdate> listener) {
            return () -> {};
        }

        @Override
        public List<MessageView> history(String topic) {
            return List.of();
        }

        @Override
        public void clear() {}
    };
}
