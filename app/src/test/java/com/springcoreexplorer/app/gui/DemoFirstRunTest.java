package com.springcoreexplorer.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.app.demo.DemoEnvironment;
import com.springcoreexplorer.app.demo.DemoStore;
import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.ui.connection.ConnectionService;
import com.springcoreexplorer.ui.engine.EngineServices;
import com.springcoreexplorer.ui.engine.StoreCertificateService;
import com.springcoreexplorer.ui.shell.MainWindow;
import com.springcoreexplorer.ui.shell.WindowGeometry;
import com.springcoreexplorer.ui.testing.Fx;
import com.springcoreexplorer.ui.testing.Screenshots;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A new user's first run, as the app wires it: no OS keychain, no store password variable, a fresh
 * home. The real demo (PKI, HiveMQ CE, five simulated readers) starts, the real window connects as
 * the demo Watcher and shows tag rows; the user's store is never asked for a password. Leaves the
 * window's screenshots (light and dark, 1600x1000 and 1024x700) in app/target/screenshots.
 */
class DemoFirstRunTest {

    static {
        // Monocle's headless screen is 1280x800 unless told otherwise: room for the 1600x1000 screenshot
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    Path home;

    private EngineServices engine;
    private DemoSession session;
    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            Fx.run(() -> {
                for (javafx.stage.Window other :
                        javafx.stage.Window.getWindows().stream().toList()) {
                    if (other instanceof Stage stage
                            && other != window.root().getScene().getWindow()) {
                        stage.close();
                    }
                }
                window.close();
            });
        }
        if (session != null) {
            session.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aFirstRunWithNoStorePasswordReachesTheConnectedDemo() throws Exception {
        AppDirectories directories = AppDirectories.under(home);
        // as EngineStartup makes it, minus the OS keychain and the variable (this machine has neither in the test)
        StoreCertificateService certificates = new StoreCertificateService(CertificateStore.at(directories.data())
                        .environment(Map.of())
                        .useOsKeychain(false))
                .withDemoStore(() -> DemoStore.openIfPresent(directories));
        engine = EngineServices.start(ProfileStore.in(directories.config()), certificates, IngestSettings.defaults());
        DemoEnvironment.Options options =
                DemoEnvironment.Options.defaults().withPreferredPort(0).withEnvironment(Map.of());
        AtomicReference<DemoStart> begun = new AtomicReference<>();

        Stage stage = FxToolkit.registerPrimaryStage();
        List<String> notices = new CopyOnWriteArrayList<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        // the first window of a JVM loads a few thousand classes: on a busy machine that outlasts Fx.get's 20 s
        CompletableFuture<MainWindow> shown = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                MainWindow created = new MainWindow(engine.services());
                // the demo starts once the window is built (the app starts it beside the window): the first window
                // of a test JVM can take longer to build than the whole demo, which would leave no progress to show
                DemoStart start = DemoStart.begin(directories, options);
                begun.set(start);
                // as ExplorerApplication does: the engine connects once the views listen, before the first frame
                CompletableFuture<ConnectionService> viewsFollowing = new CompletableFuture<>();
                start.connectWhenReady(viewsFollowing);
                created.show(
                        stage,
                        new WindowGeometry(0, 0, 1600, 1000, false, false),
                        saved -> {},
                        () -> viewsFollowing.complete(engine.connection()));
                created.connection().noticeProperty().addListener((obs, old, text) -> notices.add(text));
                created.connection().problemProperty().addListener((obs, old, text) -> problems.add(text));
                session = DemoSession.open(start, created, engine.springCore());
                shown.complete(created);
            } catch (Throwable failure) {
                shown.completeExceptionally(failure);
            }
        });
        window = shown.get(120, TimeUnit.SECONDS);
        DemoStart start = begun.get();

        Fx.await(
                "connected to the demo as Watcher",
                Duration.ofSeconds(90),
                () -> window.connection().statusProperty().get().connected());
        assertThat(Fx.get(() -> window.connection().selectedProfileProperty().get()))
                .isEqualTo("Demo (Watcher)");
        Fx.await(
                "the first tag row",
                Duration.ofSeconds(60),
                () -> !window.events().visibleRows().isEmpty());
        Fx.await(
                "every reader up", Duration.ofSeconds(60), () -> start.running().isDone());
        Fx.await(
                "the start-up notice gone",
                () -> window.connection().noticeProperty().get().isEmpty());

        // neutral progress while starting, never a red line
        assertThat(notices).anyMatch(text -> text.startsWith("Starting the demo: broker, readers "));
        assertThat(problems).allMatch(String::isEmpty);
        assertThat(Fx.get(() -> ((Label) robot.lookup("#connectionProblem").query()).getText()))
                .isEmpty();
        // the user's own store was neither created nor asked for: the demo's identities are in the demo store
        assertThat(CertificateStore.at(directories.data()).storeExists()).isFalse();
        assertThat(DemoStore.openIfPresent(directories).orElseThrow().list()).hasSize(2);

        shoot(stage, "demo-1600x1000");
        Fx.run(() -> stage.setWidth(1024));
        Fx.run(() -> stage.setHeight(700));
        shoot(stage, "demo-1024x700");
        // at 1024 px, connected, the top bar still fits: its last button ends inside the window
        double[] edges = Fx.get(() -> {
            javafx.scene.Node last = stage.getScene().getRoot().lookup("#themeToggle");
            return new double[] {
                last.localToScene(last.getBoundsInLocal()).getMaxX(),
                stage.getScene().getWidth()
            };
        });
        assertThat(edges[0])
                .as("the theme button's right edge within the %s px window", edges[1])
                .isLessThanOrEqualTo(edges[1]);
        TableView<?> table = Fx.get(() -> window.eventsView().table());
        Fx.run(() -> table.getSelectionModel().select(0));
        Fx.await("the detail pane shown", () -> window.detailShownProperty().get());
        shoot(stage, "demo-1024x700-selected");
    }

    private void shoot(Stage stage, String name) {
        javafx.scene.control.ToggleButton dark = Fx.get(() ->
                (javafx.scene.control.ToggleButton) stage.getScene().getRoot().lookup("#themeToggle"));
        Screenshots.write(stage.getScene(), name + "-light");
        Fx.run(() -> dark.setSelected(true));
        Screenshots.write(stage.getScene(), name + "-dark");
        Fx.run(() -> dark.setSelected(false));
    }
}
