package com.springcoreexplorer.ui.testing;

import com.springcoreexplorer.ui.shell.MainWindow;
import com.springcoreexplorer.ui.shell.WindowGeometry;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The real main window over a {@link TestHome}'s real engine, on TestFX's primary stage (Monocle). */
public final class WindowFixture implements AutoCloseable {

    public static final WindowGeometry SIZE = new WindowGeometry(Double.NaN, Double.NaN, 1360, 860, false, false);

    private final Stage stage;
    private final MainWindow window;
    public final FxRobot robot = new FxRobot();

    private WindowFixture(Stage stage, MainWindow window) {
        this.stage = stage;
        this.window = window;
    }

    public static WindowFixture open(TestHome home) {
        return open(home, SIZE);
    }

    public static WindowFixture open(TestHome home, WindowGeometry geometry) {
        try {
            Stage stage = FxToolkit.registerPrimaryStage();
            MainWindow window = Fx.get(() -> {
                MainWindow created = new MainWindow(home.engine().services());
                created.show(stage, geometry, saved -> {});
                stage.toFront();
                return created;
            });
            return new WindowFixture(stage, window);
        } catch (TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
    }

    public MainWindow window() {
        return window;
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public void close() {
        Fx.run(() -> {
            for (Window other : Window.getWindows().stream().toList()) {
                if (other != stage && other instanceof Stage otherStage) {
                    otherStage.close();
                }
            }
            window.close();
        });
    }
}
