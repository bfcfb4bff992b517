package com.springcoreexplorer.app.cli.certs;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.CommandContext;
import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * What every {@code certs}/{@code trust} command shares: opening the store in the data folder of
 * the root command ({@code --home}), and turning {@link CertStoreException}s into exit codes and one
 * {@code error:} line. The environment is a field so tests can hand in their own.
 */
public abstract class StoreCommand implements Callable<Integer> {

    @Mixin
    CommandContext context;

    private Map<String, String> environment = System.getenv();
    private boolean useOsKeychain = true;

    /** Tests: the environment to read passwords from, and whether to try the OS keychain. */
    public void environment(Map<String, String> value, boolean osKeychain) {
        this.environment = Map.copyOf(value);
        this.useOsKeychain = osKeychain;
    }

    protected Map<String, String> environment() {
        return environment;
    }

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (CertStoreException e) {
            throw failure(e);
        }
    }

    protected abstract int run() throws CertStoreException;

    protected CertificateStore openStore() throws CertStoreException {
        return CertificateStore.at(context.directories().data())
                .environment(environment)
                .useOsKeychain(useOsKeychain)
                .open();
    }

    protected PrintWriter out() {
        return context.out();
    }

    protected PrintWriter err() {
        return context.err();
    }

    /** Bad input (2) for anything the user can fix by changing what they typed or gave; 1 for the rest. */
    static CliFailure failure(CertStoreException e) {
        String message = e.userMessage();
        if (e.kind() == CertStoreException.Kind.STORE_PASSWORD_NEEDED) {
            message = message.replace(
                    " or enter the master password in the window",
                    ", or open the window once to set a master password");
        }
        return switch (e.kind()) {
            case STORE_DAMAGED, STORE_IO, INTERNAL -> new CliFailure(CliFailure.UNEXPECTED, message);
            default -> CliFailure.badInput(message);
        };
    }
}
