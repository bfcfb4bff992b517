package com.springcoreexplorer.app.gui;

import com.springcoreexplorer.ui.connection.ConnectionService;
import com.springcoreexplorer.ui.engine.EngineServices;
import com.springcoreexplorer.ui.fx.FxThread;
import com.springcoreexplorer.ui.recording.RecordingFeature;
import com.springcoreexplorer.ui.shell.MainWindow;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The JavaFX application: wires the real engine to the main window and remembers its size, position and theme. */
public final class ExplorerApplication extends Application {

    /**
     * Set by the installers' build for the one GUI start that trains the JVM's AOT cache
     * ({@code -XX:AOTCacheOutput}): the window opens as a user would see it (with {@code --demo}: the
     * demo's PKI, broker, readers, connection and first tag rows too, a new user's first minute), stays
     * a few seconds so the background loads finish, then the app exits normally (the cache is written
     * at exit).
     */
    public static final String TRAINING_PROPERTY = "springcore.explorer.training";

    private EngineServices engine;
    private DemoSession demo;
    private RecordingFeature recordingFeature;

    @Override
    public void start(Stage stage) {
        StartupClock clock = new StartupClock();
        GuiLauncher.Options options = GuiLauncher.options();
        EngineStartup startup = GuiLauncher.engine();
        clock.mark("engine ready");
        engine = startup.engine();
        MainWindow window = new MainWindow(engine.services());
        // with --demo: the engine connects as the demo Watcher once the views listen and the broker takes clients
        CompletableFuture<ConnectionService> viewsFollowing = new CompletableFuture<>();
        if (options.demo()) {
            GuiLauncher.demo().connectWhenReady(viewsFollowing);
        }
        window.show(
                stage,
                startup.geometry(),
                geometry -> {
                    startup.windowState().save(geometry);
                    startup.columnsStore().save(window.eventsView().columnLayout());
                },
                () -> viewsFollowing.complete(engine.connection()));
        // before the first pulse draws the table: the user's columns, or sized to content
        window.eventsView().applyColumnLayout(startup.columns());
        clock.mark("window shown");
        recordingFeature = RecordingFeature.install(window, engine);
        FxThread.later(() -> clock.mark("first pulse after show").report());
        if (options.demo()) {
            demo = DemoSession.open(GuiLauncher.demo(), window, engine.springCore());
        } else if (options.profile() != null && !options.profile().isBlank()) {
            window.connection().selectedProfileProperty().set(options.profile());
            window.connection().connect();
        }
        if (Boolean.getBoolean(TRAINING_PROPERTY)) {
            if (demo == null) {
                closeAfterTraining();
            } else {
                // the demo's whole way to the first tag row belongs in the cache; a demo that fails ends it too
                demo.firstTagRow()
                        .whenComplete((done, failure) -> FxThread.later(ExplorerApplication::closeAfterTraining));
            }
        }
    }

    /** FX thread. */
    private static void closeAfterTraining() {
        PauseTransition pause = new PauseTransition(Duration.seconds(3));
        pause.setOnFinished(event -> Platform.exit());
        pause.play();
    }

    @Override
    public void stop() {
        if (recordingFeature != null) {
            recordingFeature.close();
        }
        if (engine != null) {
            engine.close();
        }
        if (demo != null) {
            demo.close();
        }
    }
}
