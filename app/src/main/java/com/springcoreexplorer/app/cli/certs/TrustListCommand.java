package com.springcoreexplorer.app.cli.certs;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.TrustAnchorEntry;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trust list [--json]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the trust anchors.")
public final class TrustListCommand extends StoreCommand {

    @Option(names = "--json", description = "A JSON array: name, subject, sha256, notAfter.")
    boolean json;

    @Override
    protected int run() throws CertStoreException {
        List<TrustAnchorEntry> anchors = openStore().trustAnchors();
        PrintWriter out = out();
        if (json) {
            out.println(EntryJson.write(anchors.stream().map(EntryJson::anchor).toList()));
        } else if (anchors.isEmpty()) {
            out.println("no trust anchors: add your broker's CA chain with 'springcore-explorer trust add FILE...'");
        } else {
            int width = Math.max(
                    4, anchors.stream().mapToInt(a -> a.name().length()).max().orElse(4));
            out.printf("%-" + width + "s  %-10s  %s%n", "NAME", "EXPIRES", "SUBJECT");
            for (TrustAnchorEntry anchor : anchors) {
                out.printf(
                        "%-" + width + "s  %-10s  %s%n",
                        anchor.name(),
                        anchor.notAfter().toString().substring(0, 10),
                        anchor.subject());
            }
        }
        out.flush();
        return 0;
    }
}
