package com.springcoreexplorer.ui.shell;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Where the main window goes: its size and place on first run and later runs, its icons and its minimum size. */
final class WindowPlacement {

    private static final int[] ICON_SIZES = {16, 32, 64, 256};

    private WindowPlacement() {}

    /**
     * First run: a size that fits the primary screen. Later runs: where it was, unless that spot is on
     * no screen any more (a monitor was unplugged), then centred.
     */
    static WindowGeometry placeOnScreen(WindowGeometry saved) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(saved.width(), screen.getWidth());
        double height = Math.min(saved.height(), screen.getHeight());
        if (Double.isNaN(saved.x())) {
            // a small screen (1024x768, a remote desktop) gets all of it; a large one a comfortable 1440x900
            boolean small = screen.getWidth() < 1280;
            return new WindowGeometry(
                    Double.NaN,
                    Double.NaN,
                    small ? screen.getWidth() : Math.min(1440, screen.getWidth() * 0.94),
                    small ? screen.getHeight() : Math.min(900, screen.getHeight() * 0.92),
                    saved.maximized(),
                    saved.darkTheme());
        }
        boolean visible = !Screen.getScreensForRectangle(saved.x(), saved.y(), Math.max(1, width), 40)
                .isEmpty();
        return visible
                ? new WindowGeometry(saved.x(), saved.y(), width, height, saved.maximized(), saved.darkTheme())
                : new WindowGeometry(Double.NaN, Double.NaN, width, height, saved.maximized(), saved.darkTheme());
    }

    /** Title, icons, minimum size and place of a stage whose scene is set; {@code onHidden} gets where it was left. */
    static void place(Stage stage, WindowGeometry placed, Supplier<Boolean> dark, Consumer<WindowGeometry> onHidden) {
        stage.setTitle("SpringCore Explorer");
        for (int size : ICON_SIZES) {
            var icon = WindowPlacement.class.getResource(
                    "/com/springcoreexplorer/ui/assets/icons/springcore-explorer-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        // the layout is made for 1024x700 and up (side panels collapse below 1280 and 1100 px)
        stage.setMinWidth(Math.min(1000, Screen.getPrimary().getVisualBounds().getWidth()));
        stage.setMinHeight(560);
        if (!Double.isNaN(placed.x())) {
            stage.setX(placed.x());
            stage.setY(placed.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(placed.maximized());
        stage.setOnHidden(event -> onHidden.accept(new WindowGeometry(
                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(), dark.get())));
    }
}
