package com.springcoreexplorer.app.cli.testing;

import com.springcoreexplorer.app.cli.RootCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine;

/** The real root command in this JVM with {@code --home} a test folder: the exit code and what the last run printed. */
public final class InProcessCli {

    private final Path home;
    private final Consumer<CommandLine> prepare;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    public InProcessCli(Path home) {
        this(home, commandLine -> {});
    }

    /** {@code prepare} sees the command line before each run (e.g. to hand commands a test environment). */
    public InProcessCli(Path home, Consumer<CommandLine> prepare) {
        this.home = home;
        this.prepare = prepare;
    }

    /** Runs {@code springcore-explorer --home HOME args...}; {@link #out()} and {@link #err()} then hold only this run's output. */
    public int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = RootCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        prepare.accept(commandLine);
        String[] withHome = new String[args.length + 2];
        withHome[0] = "--home";
        withHome[1] = home.toString();
        System.arraycopy(args, 0, withHome, 2, args.length);
        return commandLine.execute(withHome);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
