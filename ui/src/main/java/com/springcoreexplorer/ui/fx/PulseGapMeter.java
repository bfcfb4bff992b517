package com.springcoreexplorer.ui.fx;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import javafx.animation.AnimationTimer;

/**
 * Records the time between consecutive FX pulses: the measure of whether the window stays fluid.
 * A long gap means the user saw a freeze: either the FX thread was busy (layout, CSS, our appliers) or
 * it waited (for the CPU, a GC pause, the renderer). The FX thread's CPU time during each gap tells the two apart.
 */
public final class PulseGapMeter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long[] gapsNanos;
    private final long[] fxCpuNanos;
    private final long[] rendererCpuNanos;
    private int count;
    private long last;
    private long lastCpu;
    private long lastRendererCpu;
    private long rendererThreadId = -1;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long rendererCpu = rendererThreadId < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(rendererThreadId));
            if (last != 0 && count < gapsNanos.length) {
                fxCpuNanos[count] = cpu - lastCpu;
                rendererCpuNanos[count] = rendererCpu - lastRendererCpu;
                gapsNanos[count++] = now - last;
            }
            last = now;
            lastCpu = cpu;
            lastRendererCpu = rendererCpu;
        }
    };

    public PulseGapMeter(int capacity) {
        this.gapsNanos = new long[capacity];
        this.fxCpuNanos = new long[capacity];
        this.rendererCpuNanos = new long[capacity];
    }

    public void start() {
        FxThread.check("PulseGapMeter.start");
        // JavaFX draws on its own thread; the FX thread waits for the last frame before it draws the next
        rendererThreadId = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::threadId)
                .findFirst()
                .orElse(-1);
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
            return new Summary(0, 0, 0, 0, 0, 0, 0);
        }
        double p99 = percentile(sorted, 0.99);
        long slowGaps = 0;
        long slowGapNanos = 0;
        long slowCpuNanos = 0;
        long slowRendererNanos = 0;
        for (int i = 0; i < count; i++) {
            if (gapsNanos[i] / 1e6 >= p99) {
                slowGaps++;
                slowGapNanos += gapsNanos[i];
                slowCpuNanos += fxCpuNanos[i];
                slowRendererNanos += rendererCpuNanos[i];
            }
        }
        return new Summary(
                sorted.length,
                percentile(sorted, 0.50),
                p99,
                sorted[sorted.length - 1] / 1e6,
                slowGapNanos / 1e6 / slowGaps,
                slowCpuNanos / 1e6 / slowGaps,
                slowRendererNanos / 1e6 / slowGaps);
    }

    /** FX thread: every gap recorded so far, in the order they happened (their running sum is the time since start). */
    public double[] gapsMillis() {
        FxThread.check("PulseGapMeter.gapsMillis");
        return Arrays.stream(gapsNanos, 0, count)
                .mapToDouble(nanos -> nanos / 1e6)
                .toArray();
    }

    /** FX thread: per gap, in order: {gap, FX thread CPU, renderer thread CPU}, in milliseconds. */
    public double[][] gapsWithCpuMillis() {
        FxThread.check("PulseGapMeter.gapsWithCpuMillis");
        double[][] rows = new double[count][];
        for (int i = 0; i < count; i++) {
            rows[i] = new double[] {gapsNanos[i] / 1e6, fxCpuNanos[i] / 1e6, rendererCpuNanos[i] / 1e6};
        }
        return rows;
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /**
     * Pulse gaps in milliseconds; for the gaps at or above p99, their mean length and the FX thread's
     * mean CPU time within them (much less than the gap: the FX thread was waiting, not working) and
     * the renderer thread's.
     */
    public record Summary(
            int pulses,
            double p50Millis,
            double p99Millis,
            double maxMillis,
            double slowGapMeanMillis,
            double slowGapFxCpuMeanMillis,
            double slowGapRendererCpuMeanMillis) {}
}
