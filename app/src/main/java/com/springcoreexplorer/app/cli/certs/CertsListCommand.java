package com.springcoreexplorer.app.cli.certs;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.IdentityEntry;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code certs list [--json]}. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the stored identities with role, expiry and trust.")
public final class CertsListCommand extends StoreCommand {

    @Option(
            names = "--json",
            description = "A JSON array: name, role, commonName, subject, issuerCommonName, notBefore, notAfter, "
                    + "keyType, sha256, chain, trusted, warnings.")
    boolean json;

    @Override
    protected int run() throws CertStoreException {
        List<IdentityEntry> entries = openStore().list();
        PrintWriter out = out();
        if (json) {
            out.println(EntryJson.write(EntryJson.identities(entries)));
        } else if (entries.isEmpty()) {
            out.println("no certificates stored: add one with 'springcore-explorer certs import FILE...'");
        } else {
            int width = Math.max(
                    4, entries.stream().mapToInt(e -> e.name().length()).max().orElse(4));
            out.printf("%-" + width + "s  %-8s  %-10s  %-9s  %s%n", "NAME", "ROLE", "EXPIRES", "TRUST", "COMMON NAME");
            for (IdentityEntry entry : entries) {
                out.printf(
                        "%-" + width + "s  %-8s  %-10s  %-9s  %s%s%n",
                        entry.name(),
                        entry.role().displayName(),
                        entry.notAfter().toString().substring(0, 10),
                        entry.trusted() ? "trusted" : "untrusted",
                        entry.commonName(),
                        entry.warnings().isEmpty()
                                ? ""
                                : "  (" + entry.warnings().size() + " warning"
                                        + (entry.warnings().size() == 1 ? ")" : "s)"));
            }
        }
        out.flush();
        return 0;
    }
}
