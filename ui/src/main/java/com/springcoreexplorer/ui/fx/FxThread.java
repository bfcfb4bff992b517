package com.springcoreexplorer.ui.fx;

import javafx.application.Platform;

/** The FX-thread boundary made explicit: view-model mutators call {@link #check} first. */
public final class FxThread {

    private FxThread() {
    }

    /** Fails fast when observable state is touched from a thread other than the FX thread. */
    public static void check(String what) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException(what + " must run on the JavaFX thread, not " + Thread.currentThread().getName());
        }
    }
}
