package com.springcoreexplorer.ui.charts;

import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One series on the chart: its data set (FX thread only) and the points waiting for the next draw
 * (filled on engine threads). Keeps the newest {@link #capacity} points.
 */
final class ChartSeries {

    private final SeriesKey key;
    private final int capacity;
    private final DoubleDataSet data;
    private final Queue<SeriesPoints> pending = new ConcurrentLinkedQueue<>();
    private double lastTime = Double.NEGATIVE_INFINITY;
    private long received;
    volatile AutoCloseable subscription;

    ChartSeries(SeriesKey key, int capacity) {
        this.key = key;
        this.capacity = capacity;
        this.data = new DoubleDataSet(key.label(), Math.min(capacity, 4096));
    }

    SeriesKey key() {
        return key;
    }

    DoubleDataSet data() {
        return data;
    }

    /** Any thread: points to add at the next {@link #drain()}. */
    void offer(SeriesPoints points) {
        pending.add(points);
    }

    /**
     * FX thread: adds what arrived since the last call, in time order (a point older than the newest
     * shown is dropped: history and live may overlap by a batch), and forgets the oldest beyond
     * the capacity. Returns how many points were added.
     */
    int drain() {
        int count = 0;
        for (SeriesPoints p : pending) {
            count += p.size();
        }
        if (count == 0) {
            pending.clear();
            return 0;
        }
        double[] times = new double[count];
        double[] values = new double[count];
        int n = 0;
        SeriesPoints p;
        while ((p = pending.poll()) != null) {
            for (int i = 0; i < p.size() && n < count; i++) {
                if (p.times()[i] >= lastTime) {
                    lastTime = p.times()[i];
                    times[n] = p.times()[i];
                    values[n] = p.values()[i];
                    n++;
                }
            }
        }
        if (n == 0) {
            return 0;
        }
        received += n;
        int overflow = data.getDataCount() + n - capacity;
        if (overflow > 0) {
            // one shift per draw, not per point
            data.remove(0, Math.min(overflow, data.getDataCount()));
        }
        int skip = Math.max(0, n - capacity);
        data.add(java.util.Arrays.copyOfRange(times, skip, n), java.util.Arrays.copyOfRange(values, skip, n));
        return n;
    }

    long received() {
        return received;
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
