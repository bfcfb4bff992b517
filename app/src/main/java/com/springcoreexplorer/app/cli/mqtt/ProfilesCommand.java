package com.springcoreexplorer.app.cli.mqtt;

import com.springcoreexplorer.app.cli.CommandContext;
import com.springcoreexplorer.app.settings.AppDirectories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code profiles add|list|remove}: connection profiles, kept in the config folder. */
@Command(
        name = "profiles",
        mixinStandardHelpOptions = true,
        description = "Manage connection profiles (broker, identity, trust anchors, MQTT options).",
        subcommands = {ProfilesAddCommand.class, ProfilesListCommand.class, ProfilesRemoveCommand.class})
public final class ProfilesCommand implements Runnable {

    @Mixin
    CommandContext context;

    AppDirectories directories() {
        return context.directories();
    }

    @Override
    public void run() {
        throw context.usageError("missing command: add, list or remove");
    }
}
