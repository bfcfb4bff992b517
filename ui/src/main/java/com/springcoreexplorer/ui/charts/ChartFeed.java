package com.springcoreexplorer.ui.charts;

import java.util.function.Consumer;

/** The charts' port onto the engine: the points of a series, from the stored history on, then live. */
public interface ChartFeed {

    /**
     * Sends the stored messages' points of {@code key} first, then new points as batches arrive, on an
     * engine thread (the sink only hands them on). Returns the remover.
     */
    AutoCloseable follow(SeriesKey key, Consumer<SeriesPoints> sink);

    /**
     * {@code restarted} runs (on any thread) when the points sent so far no longer hold: the feed now
     * shows another source (an opened recording, or live again) or went back in time. The charts then
     * drop their points and follow every series again. Returns the remover.
     */
    default AutoCloseable onRestart(Runnable restarted) {
        return () -> {};
    }

    ChartFeed NONE = (key, sink) -> () -> {};
}
