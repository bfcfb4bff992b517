package com.springcoreexplorer.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    private final Path home = Path.of("/home/ada");

    @Test
    void homeOptionWinsOverEnvironment() {
        AppDirectories directories =
                AppDirectories.resolve(Path.of("/tmp/x"), Map.of("SPRINGCORE_EXPLORER_HOME", "/tmp/y"));
        assertThat(directories.data()).isEqualTo(Path.of("/tmp/x/data"));
        assertThat(directories.config()).isEqualTo(Path.of("/tmp/x/config"));
        assertThat(directories.logs()).isEqualTo(Path.of("/tmp/x/logs"));
    }

    @Test
    void environmentVariableSelectsOneFolder() {
        assertThat(AppDirectories.resolve(null, Map.of("SPRINGCORE_EXPLORER_HOME", "/tmp/y"))
                        .data())
                .isEqualTo(Path.of("/tmp/y/data"));
    }

    @Test
    void linuxFollowsXdg() {
        AppDirectories defaults = AppDirectories.forOperatingSystem("Linux", home, Map.of());
        assertThat(defaults.config()).isEqualTo(Path.of("/home/ada/.config/springcore-explorer"));
        assertThat(defaults.data()).isEqualTo(Path.of("/home/ada/.local/share/springcore-explorer"));
        assertThat(defaults.logs()).isEqualTo(Path.of("/home/ada/.local/state/springcore-explorer/logs"));
        AppDirectories custom = AppDirectories.forOperatingSystem("Linux", home, Map.of("XDG_CONFIG_HOME", "/cfg"));
        assertThat(custom.config()).isEqualTo(Path.of("/cfg/springcore-explorer"));
    }

    @Test
    void windowsAndMacUseTheirConventions() {
        AppDirectories windows = AppDirectories.forOperatingSystem(
                "Windows 11", home, Map.of("APPDATA", "/w/Roaming", "LOCALAPPDATA", "/w/Local"));
        assertThat(windows.config()).isEqualTo(Path.of("/w/Roaming/SpringCore Explorer"));
        assertThat(windows.logs()).isEqualTo(Path.of("/w/Local/SpringCore Explorer/Logs"));
        AppDirectories mac = AppDirectories.forOperatingSystem("Mac OS X", home, Map.of());
        assertThat(mac.logs()).isEqualTo(Path.of("/home/ada/Library/Logs/SpringCore Explorer"));
    }
}
