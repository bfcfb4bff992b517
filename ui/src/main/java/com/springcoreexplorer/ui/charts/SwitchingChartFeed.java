package com.springcoreexplorer.ui.charts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The charts window's feed: the live connection's points, or another feed's while the window shows it
 * (an opened recording). Switching, or a restart of the shown feed, tells the charts to follow every
 * series again from the new source. Any thread.
 */
public final class SwitchingChartFeed implements ChartFeed {

    private final ChartFeed live;
    private final List<Runnable> restartListeners = new CopyOnWriteArrayList<>();
    private final Object switching = new Object();
    private volatile ChartFeed shown;
    private AutoCloseable shownRestarts = () -> {};

    public SwitchingChartFeed(ChartFeed live) {
        this.live = live;
        this.shown = live;
    }

    /** Shows {@code other}'s points from now on, or the live ones again with null; the charts follow again. */
    public void show(ChartFeed other) {
        synchronized (switching) {
            closeQuietly(shownRestarts);
            shown = other == null ? live : other;
            shownRestarts = shown.onRestart(this::restart);
        }
        restart();
    }

    /** The feed whose points the charts get now. */
    public ChartFeed shown() {
        return shown;
    }

    @Override
    public AutoCloseable follow(SeriesKey key, Consumer<SeriesPoints> sink) {
        return shown.follow(key, sink);
    }

    @Override
    public AutoCloseable onRestart(Runnable restarted) {
        restartListeners.add(restarted);
        return () -> restartListeners.remove(restarted);
    }

    private void restart() {
        restartListeners.forEach(Runnable::run);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // unsubscribing has nothing to report
        }
    }
}
