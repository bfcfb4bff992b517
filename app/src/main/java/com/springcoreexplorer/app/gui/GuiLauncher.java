package com.springcoreexplorer.app.gui;

import com.springcoreexplorer.app.settings.AppDirectories;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
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
    private static volatile CompletableFuture<EngineStartup> engine;

    private GuiLauncher() {
    }

    public static void launch(Options value) {
        options = value;
        // the engine is made while the FX toolkit starts (see EngineStartup)
        engine = EngineStartup.begin(value.directories());
        Application.launch(ExplorerApplication.class);
    }

    /** The engine made beside the toolkit's start; waits for it if it is not ready yet. */
    static EngineStartup engine() {
        return Objects.requireNonNull(engine, "GuiLauncher.launch was not called").join();
    }

    static Options options() {
        return Objects.requireNonNull(options, "GuiLauncher.launch was not called");
    }
}
