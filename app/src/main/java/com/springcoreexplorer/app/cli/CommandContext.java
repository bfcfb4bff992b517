package com.springcoreexplorer.app.cli;

import com.springcoreexplorer.app.settings.AppDirectories;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What a command takes from picocli, shared with {@code @Mixin CommandContext context;} (as HiveMQ's
 * mqtt-cli shares its setup) instead of each command declaring {@code @ParentCommand}/{@code @Spec}:
 * the folders of the root command ({@code --home}), the command's out and err writers, and its usage
 * errors. It adds no option of its own (picocli takes a mixin only with an annotation: hence the bare {@code @Command}).
 */
@Command
public final class CommandContext {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The folders every command works in (the root command's {@code --home}, else the OS's). */
    public AppDirectories directories() {
        return ((RootCommand) command.root().userObject()).directories();
    }

    public PrintWriter out() {
        return command.commandLine().getOut();
    }

    public PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** A usage error of this command (exit 2, one {@code error:} line pointing at its {@code --help}). */
    public CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(command.commandLine(), message);
    }
}
