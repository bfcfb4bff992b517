package com.springcoreexplorer.app;

import com.springcoreexplorer.app.cli.RootCommand;
import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.app.settings.Logging;
import java.nio.file.Path;

/**
 * The one entry point. Deliberately not a JavaFX {@code Application}: with JavaFX on the class
 * path, a main class extending Application does not start from a plain jar. No arguments (or only
 * GUI options such as {@code --demo}) opens the window; a subcommand runs the command line without
 * ever starting JavaFX.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        quietNettyUnlessUnsafeAllowed();
        nettyLeakDetectionOffUnlessAsked();
        // before any class makes a logger: logback reads the folder once, at its first use
        Logging.configure(
                AppDirectories.resolve(homeOption(args), System.getenv()).logs());
        System.exit(RootCommand.run(args));
    }

    /**
     * Netty probes {@code sun.misc.Unsafe}, which JDK 25 answers with four WARNING lines on stderr
     * (they would pollute every command's output) unless the JVM runs with
     * {@code --sun-misc-unsafe-memory-access=allow}, as the installers' launchers and the tests do.
     * Started without it (plain {@code java -jar}), Netty is told to use its portable code instead.
     */
    static void quietNettyUnlessUnsafeAllowed() {
        boolean allowed = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(argument -> argument.equals("--sun-misc-unsafe-memory-access=allow"));
        if (!allowed && System.getProperty("io.netty.noUnsafe") == null) {
            System.setProperty("io.netty.noUnsafe", "true");
        }
    }

    /**
     * Netty's buffer leak detection (on by default, "simple") samples received buffers and records where
     * they were used: a debugging aid that costs CPU on every message of a flood (sub, the window). Off
     * unless asked for with {@code -Dio.netty.leakDetection.level=...}.
     */
    static void nettyLeakDetectionOffUnlessAsked() {
        if (System.getProperty("io.netty.leakDetection.level") == null
                && System.getProperty("io.netty.leakDetectionLevel") == null) {
            System.setProperty("io.netty.leakDetection.level", "disabled");
        }
    }

    /** {@code --home DIR} or {@code --home=DIR} among the global options, else null. */
    static Path homeOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--home=")) {
                return Path.of(args[i].substring("--home=".length()));
            }
        }
        return null;
    }
}
