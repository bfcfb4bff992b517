package com.springcoreexplorer.ui.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs test code on the FX thread and waits for FX-side conditions. */
public final class Fx {

    private Fx() {}

    public static <T> T get(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS); // a busy 2-core CI machine can hold the FX thread for many seconds
        } catch (Exception e) {
            throw new IllegalStateException("FX call failed: " + e, e);
        }
    }

    public static void run(Runnable work) {
        get(() -> {
            work.run();
            return null;
        });
    }

    /** Polls {@code condition} on the FX thread until it holds; fails naming {@code what}. */
    public static void await(String what, Duration timeout, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(get(condition))) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for: " + what);
    }

    public static void await(String what, Callable<Boolean> condition) {
        await(what, Duration.ofSeconds(20), condition);
    }
}
