package com.springcoreexplorer.ui.fx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Where blocking work (crypto, file I/O, network set-up) runs: a small pool of daemon worker
 * threads, never the FX thread. Results come back to the FX thread through {@link #run}.
 */
public final class Background implements AutoCloseable {

    private final ExecutorService workers;

    public Background() {
        AtomicInteger number = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "ui-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.workers = Executors.newFixedThreadPool(2, factory);
    }

    /** Runs {@code work} on a worker; {@code onFxThread} gets its value or failure on the FX thread. */
    public <T> CompletableFuture<T> run(Supplier<T> work, Consumer<Outcome<T>> onFxThread) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(work, workers);
        future.whenComplete((value, failure) -> Platform.runLater(() -> onFxThread.accept(new Outcome<>(
                value,
                failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                        ? c.getCause()
                        : failure))));
        return future;
    }

    /** Runs {@code work} on a worker, fire and forget (e.g. saving settings). */
    public void execute(Runnable work) {
        workers.execute(work);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** A value or the failure that replaced it. */
    public record Outcome<T>(T value, Throwable failure) {
        public boolean ok() {
            return failure == null;
        }
    }
}
