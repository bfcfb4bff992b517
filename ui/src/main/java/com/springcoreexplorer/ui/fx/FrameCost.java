package com.springcoreexplorer.ui.fx;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/**
 * What a change to the scene cost the FX thread: the time from the change to the start of the next
 * pulse, i.e. the rest of the pulse it was made in (CSS, layout, render). Used to pace views whose
 * updates are expensive, so a slow or cold machine gets fewer updates instead of a frozen window.
 */
public final class FrameCost {

    private FrameCost() {}

    /** FX thread: reports, at the next pulse, the nanoseconds since {@code changedAtNanos} ({@link System#nanoTime()}). */
    public static void measureSince(long changedAtNanos, LongConsumer costNanos) {
        FxThread.check("FrameCost.measureSince");
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                // a timer started during a pulse may still see that pulse's (earlier) time stamp
                if (now > changedAtNanos) {
                    stop();
                    costNanos.accept(now - changedAtNanos);
                }
            }
        }.start();
    }
}
