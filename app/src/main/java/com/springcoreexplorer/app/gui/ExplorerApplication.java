package com.springcoreexplorer.app.gui;

import com.springcoreexplorer.app.settings.WindowStateStore;
import com.springcoreexplorer.ui.shell.MainWindow;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window and remembers its size and position. */
public final class ExplorerApplication extends Application {

    @Override
    public void start(Stage stage) {
        GuiLauncher.Options options = GuiLauncher.options();
        WindowStateStore windowState = new WindowStateStore(options.directories().config().resolve("window.json"));
        MainWindow window = new MainWindow();
        window.show(stage, windowState.load(), windowState::save);
    }
}
