package com.springcoreexplorer.app.cli.certs;

import com.springcoreexplorer.certstore.CertStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code certs remove NAME}. */
@Command(
        name = "remove",
        mixinStandardHelpOptions = true,
        description = "Delete an identity and its private key from the store.")
public final class CertsRemoveCommand extends StoreCommand {

    @Parameters(paramLabel = "NAME", description = "The name shown by 'certs list'.")
    String name;

    @Override
    protected int run() throws CertStoreException {
        openStore().remove(name);
        out().println("removed '" + name + "'");
        out().flush();
        return 0;
    }
}
