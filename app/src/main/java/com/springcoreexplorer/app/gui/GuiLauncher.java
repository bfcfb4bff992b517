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
    private static volatile DemoStart demo;

    private GuiLauncher() {}

    public static void launch(Options value) {
        options = value;
        // the engine is made while the FX toolkit starts (see EngineStartup)
        engine = EngineStartup.begin(value.directories());
        // the demo (PKI, broker, readers) starts now too, not after the window: the window joins it when it is shown
        demo = value.demo() ? DemoStart.begin(value.directories()) : null;
        Application.launch(ExplorerApplication.class);
    }

    /** The engine made beside the toolkit's start; waits for it if it is not ready yet. */
    static EngineStartup engine() {
        return Objects.requireNonNull(engine, "GuiLauncher.launch was not called")
                .join();
    }

    /** The demo started beside the toolkit, or null without {@code --demo}. */
    static DemoStart demo() {
        return demo;
    }

    static Options options() {
        return Objects.requireNonNull(options, "GuiLauncher.launch was not called");
    }
}
