package com.springcoreexplorer.ui.fx;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * A notice that has done its job once read ("Exported 306 events to ..."): shown, kept long enough
 * to read, then faded out and cleared. Errors are not shown this way: they stay until replaced.
 * FX thread only.
 */
public final class TransientMessage {

    /** Long enough to read a line and a path. */
    public static final Duration SHOWN_FOR = Duration.seconds(8);

    private static final Duration FADE = Duration.millis(800);

    private final Label label;
    private SequentialTransition running;

    public TransientMessage(Label label) {
        this.label = label;
    }

    /** Shows {@code text} now; it fades and clears after {@link #SHOWN_FOR}. */
    public void show(String text) {
        FxThread.check("TransientMessage.show");
        stop();
        label.setOpacity(1);
        label.setText(text);
        FadeTransition fade = new FadeTransition(FADE, label);
        fade.setToValue(0);
        running = new SequentialTransition(new PauseTransition(SHOWN_FOR), fade);
        running.setOnFinished(event -> {
            label.setText("");
            label.setOpacity(1);
        });
        running.play();
    }

    /** Shows {@code text} until the next message (an error, or a step still under way). */
    public void keep(String text) {
        FxThread.check("TransientMessage.keep");
        stop();
        label.setOpacity(1);
        label.setText(text);
    }

    private void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }
}
