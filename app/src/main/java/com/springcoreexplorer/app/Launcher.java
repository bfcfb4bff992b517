package com.springcoreexplorer.app;

import com.springcoreexplorer.app.cli.RootCommand;

/**
 * The one entry point. Deliberately not a JavaFX {@code Application}: with JavaFX on the class
 * path, a main class extending Application does not start from a plain jar. No arguments (or only
 * GUI options such as {@code --demo}) opens the window; a subcommand runs the command line without
 * ever starting JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int exitCode = RootCommand.run(args);
        if (exitCode != RootCommand.GUI_STARTED) {
            System.exit(exitCode);
        }
    }
}
