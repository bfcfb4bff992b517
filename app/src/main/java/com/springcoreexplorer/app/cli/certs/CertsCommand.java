package com.springcoreexplorer.app.cli.certs;

import com.springcoreexplorer.app.cli.CliFailure;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code springcore-explorer certs}: the client identities in the encrypted store. */
@Command(
        name = "certs",
        mixinStandardHelpOptions = true,
        description =
                "Client certificates (Watcher, Control, device identities) in the encrypted certificate store. "
                        + "The store password comes from SPRINGCORE_EXPLORER_STORE_PASSWORD, else the OS keychain, else the window's master password.",
        subcommands = {
            CertsImportCommand.class,
            CertsListCommand.class,
            CertsShowCommand.class,
            CertsExportCommand.class,
            CertsRemoveCommand.class
        },
        footer = {"", "Exit codes: 0 success, 1 unexpected failure, 2 bad input (see the 'error:' line)."})
public final class CertsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw CliFailure.badInput(
                "say what to do: certs import|list|show|export|remove (see 'springcore-explorer certs --help')");
    }
}
