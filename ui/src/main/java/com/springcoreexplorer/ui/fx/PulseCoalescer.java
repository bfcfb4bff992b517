package com.springcoreexplorer.ui.fx;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * The one door from engine threads to the FX thread: {@link #offerFromAnyThread} merges an update
 * into the pending one (lock-free, never blocks the ingest dispatcher), and once per FX pulse an
 * {@link AnimationTimer} takes whatever is pending and applies it. However fast batches arrive, the
 * views change at most once per pulse (an apply that took long buys the renderer the next pulses),
 * and nothing queues up on {@code Platform.runLater}.
 *
 * @param <U> an immutable update; {@code merge(older, newer)} must be cheap and bounded
 */
public final class PulseCoalescer<U> {

    private final AtomicReference<U> pending = new AtomicReference<>();
    private final BinaryOperator<U> merge;
    private final Consumer<U> applyOnFxThread;
    private final AnimationTimer timer;
    private volatile long appliedUpdates;
    private volatile long applyNanosTotal;
    private volatile long applyNanosMax;
    private long notBefore;

    public PulseCoalescer(BinaryOperator<U> merge, Consumer<U> applyOnFxThread) {
        this.merge = Objects.requireNonNull(merge, "merge");
        this.applyOnFxThread = Objects.requireNonNull(applyOnFxThread, "applyOnFxThread");
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                // an apply that took long buys the renderer the next pulse(s): the applier never owns the FX thread
                if (now >= notBefore) {
                    long took = applyPendingOnFxThread();
                    if (took > 0) {
                        notBefore = now + 2 * took;
                    }
                }
            }
        };
    }

    /** Starts applying on every pulse; call on the FX thread. */
    public void start() {
        FxThread.check("PulseCoalescer.start");
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** Any thread: merges {@code update} into the pending one; returns at once. */
    public void offerFromAnyThread(U update) {
        Objects.requireNonNull(update, "update");
        pending.accumulateAndGet(update, (older, newer) -> older == null ? newer : merge.apply(older, newer));
    }

    /** FX thread: applies what is pending now (the timer calls this every pulse; tests may too); returns the nanoseconds it took. */
    public long applyPendingOnFxThread() {
        FxThread.check("PulseCoalescer.apply");
        U update = pending.getAndSet(null);
        if (update == null) {
            return 0;
        }
        long start = System.nanoTime();
        applyOnFxThread.accept(update);
        long took = System.nanoTime() - start;
        appliedUpdates++;
        applyNanosTotal += took;
        applyNanosMax = Math.max(applyNanosMax, took);
        return took;
    }

    /** Time spent applying updates on the FX thread, in total and the longest single apply (nanoseconds). */
    public long applyNanosTotal() {
        return applyNanosTotal;
    }

    public long applyNanosMax() {
        return applyNanosMax;
    }

    /** How many merged updates reached the FX thread (each one pulse at most). */
    public long appliedUpdates() {
        return appliedUpdates;
    }
}
