package com.springcoreexplorer.app.cli.mqtt;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.CommandContext;
import com.springcoreexplorer.app.cli.session.ProfileSession;
import com.springcoreexplorer.mqtt.profile.ProfileStoreException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code profiles remove NAME}. */
@Command(
        name = "remove",
        mixinStandardHelpOptions = true,
        description = "Remove a connection profile (the certificates stay in the store).")
public final class ProfilesRemoveCommand implements Callable<Integer> {

    @Mixin
    CommandContext context;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        try {
            if (!ProfileSession.profiles(context.directories()).remove(name)) {
                throw CliFailure.badInput("no profile named '" + name + "'; see 'springcore-explorer profiles list'");
            }
        } catch (ProfileStoreException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        context.out().println("profile '" + name + "' removed");
        context.out().flush();
        return 0;
    }
}
