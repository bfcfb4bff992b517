package com.springcoreexplorer.ui.charts;

import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One series on the chart: every point kept (the newest {@link #capacity}, for export and zoom), the
 * points waiting for the next draw (filled on engine threads) and the data set the chart draws: the
 * kept points of the visible range thinned to the chart's width ({@link MinMaxDecimation}), so a
 * redraw costs the same with 1,000 or 150,000 points. FX thread only, except {@link #offer}.
 */
final class ChartSeries {

    private final SeriesKey key;
    private final int capacity;
    private final DoubleDataSet shown;
    private final Queue<SeriesPoints> pending = new ConcurrentLinkedQueue<>();
    private double[] times = new double[4096];
    private double[] values = new double[4096];
    private int size;
    private double lastTime = Double.NEGATIVE_INFINITY;
    volatile AutoCloseable subscription;

    ChartSeries(SeriesKey key, int capacity) {
        this.key = key;
        this.capacity = capacity;
        this.shown = new DoubleDataSet(key.label(), 0);
    }

    SeriesKey key() {
        return key;
    }

    /** The thinned points the chart draws. */
    DoubleDataSet shown() {
        return shown;
    }

    /** Points kept (all of them, not the thinned ones drawn). */
    int size() {
        return size;
    }

    double firstTime() {
        return size == 0 ? Double.NaN : times[0];
    }

    /** A copy of every kept point, for export. */
    ChartExport.Column column() {
        return new ChartExport.Column(key.label(), Arrays.copyOf(times, size), Arrays.copyOf(values, size));
    }

    /** Any thread: points to add at the next {@link #drain()}. */
    void offer(SeriesPoints points) {
        pending.add(points);
    }

    /**
     * FX thread: keeps what arrived since the last call, in time order (a point older than the newest
     * kept is dropped: history and live may overlap by a batch), and forgets the oldest beyond the
     * capacity. Does not touch the drawn data set ({@link #show}). Returns how many points were added.
     */
    int drain() {
        // take what is there now; what arrives meanwhile waits for the next draw
        List<SeriesPoints> taken = new ArrayList<>();
        int count = 0;
        SeriesPoints p;
        while ((p = pending.poll()) != null) {
            taken.add(p);
            count += p.size();
        }
        if (count == 0) {
            return 0;
        }
        if (size + count > times.length) {
            int grown = (int) Math.max(size + count, Math.min(capacity, times.length * 2L));
            times = Arrays.copyOf(times, grown);
            values = Arrays.copyOf(values, grown);
        }
        int added = 0;
        for (SeriesPoints batch : taken) {
            for (int i = 0; i < batch.size(); i++) {
                double t = batch.times()[i];
                if (t >= lastTime) {
                    lastTime = t;
                    times[size] = t;
                    values[size] = batch.values()[i];
                    size++;
                    added++;
                }
            }
        }
        if (size > capacity) {
            // one shift per draw over the capacity, not one per point
            int dropped = size - capacity;
            System.arraycopy(times, dropped, times, 0, capacity);
            System.arraycopy(values, dropped, values, 0, capacity);
            size = capacity;
        }
        return added;
    }

    /**
     * FX thread: the drawn data set becomes the kept points between {@code from} and {@code to}
     * (seconds; NaN for the whole series, plus the neighbours just outside so the line reaches the
     * edges), thinned to {@code columns} pixel columns; one change notification.
     */
    void show(double from, double to, int columns) {
        int start = 0;
        int end = size;
        if (!Double.isNaN(from) && !Double.isNaN(to)) {
            start = Math.max(0, lowerBound(from) - 1);
            end = Math.min(size, lowerBound(to) + 1);
        }
        MinMaxDecimation.Points points = MinMaxDecimation.of(times, values, start, Math.max(start, end), columns);
        shown.set(points.times(), points.values(), points.size(), false);
    }

    /** The index of the first kept point at or after {@code time}. */
    private int lowerBound(double time) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times[mid] < time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    void close() {
        AutoCloseable s = subscription;
        if (s != null) {
            try {
                s.close();
            } catch (Exception ignored) {
                // the feed has nothing to report on unsubscribe
            }
        }
    }
}
