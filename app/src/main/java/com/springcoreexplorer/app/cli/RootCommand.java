package com.springcoreexplorer.app.cli;

import com.springcoreexplorer.app.Version;
import com.springcoreexplorer.app.gui.GuiLauncher;
import com.springcoreexplorer.app.settings.AppDirectories;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code springcore-explorer}: with no subcommand opens the window; every subcommand is a class of
 * its own, registered in {@link Subcommands}. Exit codes: 0 success, 2 bad input (one line on
 * stderr starting {@code error: }), 1 anything else; some commands add their own (see their help).
 */
@Command(name = "springcore-explorer",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class,
        description = {"Explore SpringCard SpringCore readers over MQTT with mutual TLS.",
                "Without a command, opens the window."},
        footer = {"", "Exit codes: 0 success, 1 unexpected failure, 2 bad input (see the 'error:' line)."})
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--home", paramLabel = "DIR",
            description = "Keep settings, certificates and logs under DIR (default: the OS's folders; env SPRINGCORE_EXPLORER_HOME).")
    Path home;

    @Option(names = "--demo", description = "Open the window in demo mode: embedded broker, generated PKI, simulated readers.")
    boolean demo;

    @Option(names = "--profile", paramLabel = "NAME", description = "Open the window and connect with this profile.")
    String profile;

    /** The folders every command works in; honours --home and SPRINGCORE_EXPLORER_HOME. */
    public AppDirectories directories() {
        return AppDirectories.resolve(home, System.getenv());
    }

    @Override
    public Integer call() {
        // the log folder was set by Launcher.main, before the first logger existed
        GuiLauncher.launch(new GuiLauncher.Options(directories(), demo, profile));
        return 0;
    }

    /** Parses and runs {@code args}; returns the process exit code. */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new RootCommand());
        Subcommands.registerAll(commandLine);
        commandLine.setParameterExceptionHandler(RootCommand::badUsage);
        commandLine.setExecutionExceptionHandler(new CliFailureHandler());
        return commandLine;
    }

    private static int badUsage(CommandLine.ParameterException problem, String[] args) {
        PrintWriter err = problem.getCommandLine().getErr();
        err.println("error: " + problem.getMessage() + " (see '" + problem.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return CliFailure.BAD_INPUT;
    }

    /** Prints the version filtered in at build time. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"springcore-explorer " + Version.current(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
