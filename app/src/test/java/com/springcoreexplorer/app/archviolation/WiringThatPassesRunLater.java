package com.springcoreexplorer.app.archviolation;

import java.util.function.Consumer;
import javafx.application.Platform;

/** Deliberately hands Platform::runLater around as a method reference: the rule must catch that too. */
public final class WiringThatPassesRunLater {

    Consumer<Runnable> toFxThread() {
        return Platform::runLater;
    }
}
