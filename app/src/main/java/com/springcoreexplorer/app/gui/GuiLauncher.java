package com.springcoreexplorer.app.gui;

import com.springcoreexplorer.app.settings.AppDirectories;
import java.util.Objects;
import javafx.application.Application;

/** Starts JavaFX with the options the command line parsed; blocks until the window closes. */
public final class GuiLauncher {

    /** What the window opens with. */
    public record Options(AppDirectories directories, boolean demo, String profile) {
        public Options {
            Objects.requireNonNull(directories, "directories");
        }
    }

    private static volatile Options options;

    private GuiLauncher() {
    }

    public static void launch(Options value) {
        options = value;
        Application.launch(ExplorerApplication.class);
    }

    static Options options() {
        return Objects.requireNonNull(options, "GuiLauncher.launch was not called");
    }
}
