package com.springcoreexplorer.app.cli.certs;

import com.springcoreexplorer.app.cli.CliFailure;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code springcore-explorer trust}: the CA certificates brokers and identities are checked against. */
@Command(
        name = "trust",
        mixinStandardHelpOptions = true,
        description =
                "Trust anchors: the CA certificates the broker's certificate (and your identities' chains) must build to, "
                        + "e.g. SpringCore Cloud CA + Root CA. Stored apart from identities.",
        subcommands = {TrustAddCommand.class, TrustListCommand.class, TrustRemoveCommand.class},
        footer = {"", "Exit codes: 0 success, 1 unexpected failure, 2 bad input (see the 'error:' line)."})
public final class TrustCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw CliFailure.badInput("say what to do: trust add|list|remove (see 'springcore-explorer trust --help')");
    }
}
