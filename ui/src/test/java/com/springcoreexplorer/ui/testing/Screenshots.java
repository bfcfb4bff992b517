package com.springcoreexplorer.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Every UI test leaves a PNG of what it showed in {@code ui/target/screenshots/} (to look at). */
public final class Screenshots {

    public static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screenshots() {}

    /** Snapshots the whole scene of {@code node} (so popups aside, what a user would see). */
    public static Path write(Node node, String name) {
        return write(node.getScene(), name);
    }

    public static Path write(Scene scene, String name) {
        WritableImage image = Fx.get(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        try {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
