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
@Command(
        name = "springcore-explorer",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class,
        description = {
            "Explore SpringCard SpringCore readers over MQTT with mutual TLS.",
            "Without a command, opens the window."
        },
        footer = {"", "Exit codes: 0 success, 1 unexpected failure, 2 bad input (see the 'error:' line)."})
public final class RootCommand implements Callable<Integer> {

    @Option(
            names = "--home",
            paramLabel = "DIR",
            description =
                    "Keep settings, certificates and logs under DIR (default: the OS's folders; env SPRINGCORE_EXPLORER_HOME).")
    Path home;

    @Option(
            names = "--demo",
            description = "Open the window in demo mode: embedded broker, generated PKI, simulated readers.")
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
        RootCommand window = windowOnly(args);
        return window != null ? window.call() : newCommandLine().execute(args);
    }

    /**
     * The window's command when {@code args} hold nothing but its own options ({@code --home},
     * {@code --demo}, {@code --profile}), else null. The window then opens without picocli building
     * every subcommand first: that, and the logging it starts, cost half a second of start-up on two
     * cores for nothing the window uses. Anything else (help, version, a typo) goes through picocli.
     */
    static RootCommand windowOnly(String... args) {
        RootCommand window = new RootCommand();
        try {
            return parseWindowOptions(window, args);
        } catch (java.nio.file.InvalidPathException badPath) {
            return null; // picocli says what is wrong with it
        }
    }

    private static RootCommand parseWindowOptions(RootCommand window, String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (arg.equals("--demo")) {
                window.demo = true;
            } else if (arg.startsWith("--home=") && arg.length() > "--home=".length()) {
                window.home = Path.of(arg.substring("--home=".length()));
            } else if (arg.startsWith("--profile=") && arg.length() > "--profile=".length()) {
                window.profile = arg.substring("--profile=".length());
            } else if (arg.equals("--home") && value != null && !value.startsWith("-")) {
                window.home = Path.of(value);
                i++;
            } else if (arg.equals("--profile") && value != null && !value.startsWith("-")) {
                window.profile = value;
                i++;
            } else {
                return null;
            }
        }
        return window;
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
        err.println("error: " + problem.getMessage() + " (see '"
                + problem.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return CliFailure.BAD_INPUT;
    }

    /** Prints the version filtered in at build time. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "springcore-explorer " + Version.current(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
