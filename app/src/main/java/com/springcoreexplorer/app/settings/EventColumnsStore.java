package com.springcoreexplorer.app.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.springcoreexplorer.ui.events.ColumnLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The tag event table's columns (order, widths, shown) between runs, as JSON in the config folder (atomic write). */
public final class EventColumnsStore {

    private static final Logger LOG = LoggerFactory.getLogger(EventColumnsStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public EventColumnsStore(Path file) {
        this.file = file;
    }

    /** The saved layout, or {@link ColumnLayout#NONE} (columns sized to content) when there is none or it cannot be read. */
    public ColumnLayout load() {
        if (!Files.isRegularFile(file)) {
            return ColumnLayout.NONE;
        }
        try {
            return JSON.readValue(file.toFile(), ColumnLayout.class);
        } catch (IOException e) {
            LOG.warn("ignoring unreadable event columns {}: {}", file, e.getMessage());
            return ColumnLayout.NONE;
        }
    }

    public void save(ColumnLayout layout) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), layout);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not save event columns to {}: {}", file, e.getMessage());
        }
    }
}
