package com.springcoreexplorer.app.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its files, per OS conventions, or all under one folder given with
 * {@code --home DIR} / {@code SPRINGCORE_EXPLORER_HOME} (tests, portable installs).
 *
 * @param config window state, settings, connection profiles
 * @param data   the encrypted certificate store, demo PKI
 * @param logs   rolling log files
 */
public record AppDirectories(Path config, Path data, Path logs) {

    public static final String HOME_ENVIRONMENT_VARIABLE = "SPRINGCORE_EXPLORER_HOME";
    private static final String APP = "springcore-explorer";

    /** Everything under one folder. */
    public static AppDirectories under(Path home) {
        Path root = home.toAbsolutePath().normalize();
        return new AppDirectories(root.resolve("config"), root.resolve("data"), root.resolve("logs"));
    }

    /** {@code --home} wins, then the environment variable, then the OS convention. */
    public static AppDirectories resolve(Path homeOption, Map<String, String> environment) {
        if (homeOption != null) {
            return under(homeOption);
        }
        String fromEnvironment = environment.get(HOME_ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return under(Path.of(fromEnvironment));
        }
        return forOperatingSystem(
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), environment);
    }

    static AppDirectories forOperatingSystem(String osName, Path userHome, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = pathOr(environment.get("APPDATA"), userHome.resolve("AppData/Roaming"));
            Path local = pathOr(environment.get("LOCALAPPDATA"), userHome.resolve("AppData/Local"));
            return new AppDirectories(
                    roaming.resolve("SpringCore Explorer"),
                    local.resolve("SpringCore Explorer"),
                    local.resolve("SpringCore Explorer/Logs"));
        }
        if (os.contains("mac")) {
            Path library = userHome.resolve("Library");
            return new AppDirectories(
                    library.resolve("Application Support/SpringCore Explorer"),
                    library.resolve("Application Support/SpringCore Explorer"),
                    library.resolve("Logs/SpringCore Explorer"));
        }
        Path config = pathOr(environment.get("XDG_CONFIG_HOME"), userHome.resolve(".config"))
                .resolve(APP);
        Path data = pathOr(environment.get("XDG_DATA_HOME"), userHome.resolve(".local/share"))
                .resolve(APP);
        Path state = pathOr(environment.get("XDG_STATE_HOME"), userHome.resolve(".local/state"))
                .resolve(APP);
        return new AppDirectories(config, data, state.resolve("logs"));
    }

    private static Path pathOr(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
