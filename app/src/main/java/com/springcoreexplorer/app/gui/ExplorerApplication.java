package com.springcoreexplorer.app.gui;

import com.springcoreexplorer.app.settings.WindowStateStore;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.ui.engine.EngineServices;
import com.springcoreexplorer.ui.engine.StoreCertificateService;
import com.springcoreexplorer.ui.shell.MainWindow;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: wires the real engine to the main window and remembers its size, position and theme. */
public final class ExplorerApplication extends Application {

    private EngineServices engine;
    private DemoSession demo;

    @Override
    public void start(Stage stage) {
        GuiLauncher.Options options = GuiLauncher.options();
        WindowStateStore windowState = new WindowStateStore(options.directories().config().resolve("window.json"));
        StoreCertificateService certificates = new StoreCertificateService(
                CertificateStore.at(options.directories().data()).environment(System.getenv()));
        engine = EngineServices.start(ProfileStore.in(options.directories().config()), certificates, IngestSettings.defaults());
        MainWindow window = new MainWindow(engine.services());
        window.show(stage, windowState.load(), windowState::save);
        if (options.demo()) {
            demo = DemoSession.open(options.directories(), window, certificates, engine.springCore());
        } else if (options.profile() != null && !options.profile().isBlank()) {
            window.connection().selectedProfileProperty().set(options.profile());
            window.connection().connect();
        }
        if (Boolean.getBoolean(TRAINING_PROPERTY)) {
            closeAfterTraining();
        }
    }

    /**
     * Set by the installers' build for the one GUI start that trains the JVM's AOT cache
     * ({@code -XX:AOTCacheOutput}): the window opens as a user would see it, stays a few seconds so
     * the background loads finish, then the app exits normally (the cache is written at exit).
     */
    public static final String TRAINING_PROPERTY = "springcore.explorer.training";

    private static void closeAfterTraining() {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
        pause.setOnFinished(event -> javafx.application.Platform.exit());
        pause.play();
    }

    @Override
    public void stop() {
        if (engine != null) {
            engine.close();
        }
        if (demo != null) {
            demo.close();
        }
    }
}
