package com.springcoreexplorer.app.cli.certs;

import com.springcoreexplorer.certstore.CertStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code trust remove NAME}. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop trusting a CA certificate.")
public final class TrustRemoveCommand extends StoreCommand {

    @Parameters(paramLabel = "NAME", description = "The name shown by 'trust list'.")
    String name;

    @Override
    protected int run() throws CertStoreException {
        openStore().removeTrustAnchor(name);
        out().println("removed trust anchor '" + name + "'");
        out().flush();
        return 0;
    }
}
