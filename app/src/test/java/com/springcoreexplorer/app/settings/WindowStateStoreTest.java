package com.springcoreexplorer.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.ui.shell.WindowGeometry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Window size, position and theme survive a restart; a damaged file never stops the window from opening. */
class WindowStateStoreTest {

    @Test
    void remembersSizePositionAndTheme(@TempDir Path config) {
        WindowStateStore store = new WindowStateStore(config.resolve("window.json"));
        assertThat(store.load()).isEqualTo(WindowGeometry.DEFAULT);
        WindowGeometry moved = new WindowGeometry(120, 80, 1500, 950, false, true);
        store.save(moved);
        assertThat(new WindowStateStore(config.resolve("window.json")).load()).isEqualTo(moved);
        assertThat(config.resolve("window.json.tmp")).doesNotExist();
    }

    @Test
    void aDamagedFileGivesTheDefault(@TempDir Path config) throws Exception {
        Files.writeString(config.resolve("window.json"), "{not json");
        assertThat(new WindowStateStore(config.resolve("window.json")).load()).isEqualTo(WindowGeometry.DEFAULT);
    }
}
