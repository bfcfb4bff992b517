package com.springcoreexplorer.app.cli.certs;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.TrustAnchorEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code trust add FILE...}. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Trust the CA certificates in FILE... (PEM or DER; several per file is fine), e.g. the broker's "
                + "Cloud CA + Root CA. Each is named by its CN; certificates already trusted are skipped.")
public final class TrustAddCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "CA certificate files.")
    List<Path> files;

    @Override
    protected int run() throws CertStoreException {
        List<ImportFile> importFiles = new ArrayList<>();
        for (Path file : files) {
            importFiles.add(ImportFile.read(file));
        }
        List<TrustAnchorEntry> added = openStore().addTrustAnchors(importFiles);
        if (added.isEmpty()) {
            out().println("nothing new: every certificate in " + files + " is already trusted");
        }
        for (TrustAnchorEntry anchor : added) {
            out().println("trusted '" + anchor.name() + "': " + anchor.subject() + " (sha256 " + anchor.sha256() + ")");
        }
        out().flush();
        return 0;
    }
}
