package com.springcoreexplorer.app.cli.certs;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.IdentityEntry;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code certs show NAME [--json]}. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show one stored identity in detail (never its key).")
public final class CertsShowCommand extends StoreCommand {

    @Parameters(paramLabel = "NAME", description = "The name shown by 'certs list'.")
    String name;

    @Option(names = "--json", description = "A JSON object with the fields of 'certs list --json'.")
    boolean json;

    @Override
    protected int run() throws CertStoreException {
        IdentityEntry entry = openStore().show(name);
        PrintWriter out = out();
        if (json) {
            out.println(EntryJson.write(EntryJson.identity(entry)));
        } else {
            out.println("name:        " + entry.name());
            out.println("role:        " + entry.role().displayName()
                    + (entry.role().mayPublish() ? "" : " (cannot publish)"));
            out.println("common name: " + entry.commonName() + "   (the client ID to connect with)");
            out.println("subject:     " + entry.subject());
            out.println("issuer:      " + entry.issuerCommonName());
            out.println("valid:       " + entry.notBefore() + " to " + entry.notAfter());
            out.println("key:         " + entry.keyType());
            out.println("sha256:      " + entry.sha256());
            out.println("trusted:     " + (entry.trusted() ? "yes" : "no"));
            out.println("chain:");
            entry.chain().forEach(subject -> out.println("  " + subject));
            if (!entry.notes().isEmpty()) {
                out.println("notes:       " + entry.notes());
            }
            entry.warnings().forEach(warning -> out.println("warning: " + warning));
        }
        out.flush();
        return 0;
    }
}
