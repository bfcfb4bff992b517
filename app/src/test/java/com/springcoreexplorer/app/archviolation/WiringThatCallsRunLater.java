package com.springcoreexplorer.app.archviolation;

import javafx.application.Platform;

/** Deliberately calls Platform.runLater from app code, which must go through ui.fx.FxThread. */
public final class WiringThatCallsRunLater {

    void showLater(Runnable show) {
        Platform.runLater(show);
    }
}
