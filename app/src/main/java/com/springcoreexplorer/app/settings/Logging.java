package com.springcoreexplorer.app.settings;

import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Points logback's rolling file at the per-OS log folder before the first logger is made. */
public final class Logging {

    private Logging() {}

    public static void configure(Path logDirectory) {
        if (System.getProperty("springcore.log.dir") == null) {
            System.setProperty(
                    "springcore.log.dir", logDirectory.toAbsolutePath().toString());
        }
        // The window starts logging on two threads at once (see gui.EngineStartup); SLF4J then replays
        // the first calls and says so on stderr, which belongs to the command line's output.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        // HiveMQ and JavaFX log through java.util.logging in places
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
