package com.springcoreexplorer.ui.charts;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
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
        double[] times = new double[count];
        double[] values = new double[count];
        int n = 0;
        for (SeriesPoints batch : taken) {
            for (int i = 0; i < batch.size(); i++) {
                if (batch.times()[i] >= lastTime) {
                    lastTime = batch.times()[i];
                    times[n] = batch.times()[i];
                    values[n] = batch.values()[i];
                    n++;
                }
            }
        }
        if (n == 0) {
            return 0;
        }
        received += n;
        int shown = data.getDataCount();
        int dropped = Math.max(0, shown + n - capacity);
        if (dropped == 0) {
            data.add(java.util.Arrays.copyOf(times, n), java.util.Arrays.copyOf(values, n));
        } else {
            // over the capacity: one new array of the newest points per draw, not a shift per point
            int keepOld = Math.max(0, shown - dropped);
            int skipNew = Math.max(0, n - capacity);
            int size = keepOld + n - skipNew;
            double[] x = new double[size];
            double[] y = new double[size];
            System.arraycopy(data.getValues(DataSet.DIM_X), shown - keepOld, x, 0, keepOld);
            System.arraycopy(data.getValues(DataSet.DIM_Y), shown - keepOld, y, 0, keepOld);
            System.arraycopy(times, skipNew, x, keepOld, n - skipNew);
            System.arraycopy(values, skipNew, y, keepOld, n - skipNew);
            data.set(x, y, false);
        }
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
