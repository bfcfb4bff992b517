package com.springcoreexplorer.ui.fx;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/**
 * What every secondary window of the app has: Escape closes it, and a Close button does too (with
 * no window manager, e.g. a bare X session or a kiosk, the title bar's cross is not there).
 */
public final class Dialogs {

    private Dialogs() {}

    /** {@code content} with a bottom bar holding a Close button that closes {@code stage}. */
    public static BorderPane withCloseButton(Node content, Stage stage, String closeButtonId) {
        Button close = new Button("Close");
        close.setId(closeButtonId);
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        HBox bar = new HBox(close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(0, 10, 10, 10));
        BorderPane frame = new BorderPane(content);
        frame.setBottom(bar);
        return frame;
    }

    /** Escape anywhere in the scene closes the stage (unless a control used the key, e.g. an open combo box). */
    public static void closeOnEscape(Scene scene, Stage stage) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !event.isConsumed()) {
                event.consume();
                stage.close();
            }
        });
    }
}
