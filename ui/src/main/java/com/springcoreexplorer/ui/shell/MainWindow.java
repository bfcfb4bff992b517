package com.springcoreexplorer.ui.shell;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The main window. FX thread only. */
public final class MainWindow {

    public void show(Stage stage, WindowGeometry geometry, Consumer<WindowGeometry> onClose) {
        BorderPane root = new BorderPane(new Label("Not connected"));
        root.setPadding(new Insets(12));
        stage.setTitle("SpringCore Explorer");
        stage.setScene(new Scene(root, geometry.width(), geometry.height()));
        if (!Double.isNaN(geometry.x())) {
            stage.setX(geometry.x());
            stage.setY(geometry.y());
        }
        stage.setOnHidden(event -> onClose.accept(new WindowGeometry(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized(), geometry.darkTheme())));
        stage.show();
    }
}
