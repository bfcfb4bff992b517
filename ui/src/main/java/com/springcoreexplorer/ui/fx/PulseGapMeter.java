package com.springcoreexplorer.ui.fx;

import java.util.Arrays;
import javafx.animation.AnimationTimer;

/**
 * Records the time between consecutive FX pulses: the measure of whether the window stays fluid.
 * A long gap means the FX thread was busy (layout, CSS, our appliers) and the user saw a freeze.
 */
public final class PulseGapMeter {

    private final long[] gapsNanos;
    private int count;
    private long last;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (last != 0 && count < gapsNanos.length) {
                gapsNanos[count++] = now - last;
            }
            last = now;
        }
    };

    public PulseGapMeter(int capacity) {
        this.gapsNanos = new long[capacity];
    }

    public void start() {
        FxThread.check("PulseGapMeter.start");
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** FX thread: the gaps recorded so far, summarised. */
    public Summary summary() {
        FxThread.check("PulseGapMeter.summary");
        long[] sorted = Arrays.copyOf(gapsNanos, count);
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new Summary(0, 0, 0, 0);
        }
        return new Summary(
                sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    /** FX thread: every gap recorded so far, in the order they happened (their running sum is the time since start). */
    public double[] gapsMillis() {
        FxThread.check("PulseGapMeter.gapsMillis");
        return Arrays.stream(gapsNanos, 0, count)
                .mapToDouble(nanos -> nanos / 1e6)
                .toArray();
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** Pulse gaps in milliseconds. */
    public record Summary(int pulses, double p50Millis, double p99Millis, double maxMillis) {}
}
