package com.springcoreexplorer.app.cli.mqtt;

import com.springcoreexplorer.app.cli.RootCommand;
import com.springcoreexplorer.app.settings.AppDirectories;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code profiles add|list|remove}: connection profiles, kept in the config folder. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
        description = "Manage connection profiles (broker, identity, trust anchors, MQTT options).",
        subcommands = {ProfilesAddCommand.class, ProfilesListCommand.class, ProfilesRemoveCommand.class})
public final class ProfilesCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    AppDirectories directories() {
        return root.directories();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: add, list or remove");
    }
}
