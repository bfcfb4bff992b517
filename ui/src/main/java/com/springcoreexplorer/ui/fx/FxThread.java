package com.springcoreexplorer.ui.fx;

import javafx.application.Platform;

/**
 * The FX-thread boundary made explicit: view-model mutators call {@link #check} first, and work
 * from another thread reaches the FX thread through {@link #later} (the ArchUnit rules keep
 * {@code Platform.runLater} inside {@code ui.fx}).
 */
public final class FxThread {

    private FxThread() {}

    /** Fails fast when observable state is touched from a thread other than the FX thread. */
    public static void check(String what) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException(what + " must run on the JavaFX thread, not "
                    + Thread.currentThread().getName());
        }
    }

    /** Runs {@code work} on the FX thread, after what is queued there; callable from any thread. */
    public static void later(Runnable work) {
        Platform.runLater(work);
    }
}
