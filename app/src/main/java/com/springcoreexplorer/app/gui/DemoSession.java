package com.springcoreexplorer.app.gui;

import com.springcoreexplorer.app.demo.DemoEnvironment;
import com.springcoreexplorer.app.demo.RunningDemo;
import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.ui.shell.MainWindow;
import javafx.application.Platform;

/**
 * {@code --demo} in the window: starts the embedded broker with simulated readers (off the FX
 * thread), then opens the window's connection as the demo Watcher.
 */
final class DemoSession {

    private volatile RunningDemo running;
    private volatile boolean closed;

    private DemoSession() {
    }

    static DemoSession open(AppDirectories directories, MainWindow window) {
        DemoSession session = new DemoSession();
        window.connection().problemProperty().set("Starting the demo: embedded broker, generated PKI, simulated readers...");
        DemoEnvironment.start(directories).whenComplete((demo, failure) -> {
            if (session.closed && demo != null) {
                demo.close();
                return;
            }
            session.running = demo;
            Platform.runLater(() -> {
                if (failure != null) {
                    window.connection().problemProperty().set("The demo could not start: "
                            + DemoEnvironment.DemoStartException.from(failure).getMessage());
                    return;
                }
                window.connection().reload();
                String profile = demo.watcherProfileName();
                if (profile == null) {
                    window.connection().problemProperty().set("Demo broker running at " + demo.uri()
                            + ", but no demo profile was set up in the store");
                    return;
                }
                window.connection().problemProperty().set("");
                window.connection().selectedProfileProperty().set(profile);
                window.connection().connect();
            });
        });
        return session;
    }

    void close() {
        closed = true;
        RunningDemo demo = running;
        if (demo != null) {
            demo.close();
        }
    }
}
