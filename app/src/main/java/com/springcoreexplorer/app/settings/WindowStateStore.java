package com.springcoreexplorer.app.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.springcoreexplorer.ui.shell.WindowGeometry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Window size, position and theme between runs, as JSON in the config folder (atomic write). */
public final class WindowStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(WindowStateStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public WindowStateStore(Path file) {
        this.file = file;
    }

    /** The saved geometry, or the default when there is none or it cannot be read. */
    public WindowGeometry load() {
        if (!Files.isRegularFile(file)) {
            return WindowGeometry.DEFAULT;
        }
        try {
            return JSON.readValue(file.toFile(), WindowGeometry.class);
        } catch (IOException e) {
            LOG.warn("ignoring unreadable window state {}: {}", file, e.getMessage());
            return WindowGeometry.DEFAULT;
        }
    }

    public void save(WindowGeometry geometry) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), geometry);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not save window state to {}: {}", file, e.getMessage());
        }
    }
}
