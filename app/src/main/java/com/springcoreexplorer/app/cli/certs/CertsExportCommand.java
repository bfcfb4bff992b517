package com.springcoreexplorer.app.cli.certs;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.certstore.CertStoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code certs export NAME --out FILE}: certificate + chain as PEM, never the key. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Write an identity's certificate and chain (leaf first) as PEM. The private key is never exported.")
public final class CertsExportCommand extends StoreCommand {

    @Parameters(paramLabel = "NAME", description = "The name shown by 'certs list'.")
    String name;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            required = true,
            description = "The PEM file to write (replaced if it exists).")
    Path out;

    @Override
    protected int run() throws CertStoreException {
        String pem = openStore().exportPem(name);
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw CliFailure.badInput(out + " is a folder: give a file name, e.g. --out "
                    + out.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pem"));
        }
        try {
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.writeString(temp, pem, StandardCharsets.US_ASCII);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw CliFailure.badInput(
                    "folder " + target.getParent() + " does not exist: create it or choose another --out");
        } catch (IOException e) {
            throw CliFailure.badInput(
                    "cannot write " + out + " (" + e.getClass().getSimpleName() + "): check the folder's permissions");
        }
        long certificates = pem.lines()
                .filter(line -> line.equals("-----BEGIN CERTIFICATE-----"))
                .count();
        out().println("exported '" + name + "' (" + certificates + " certificate" + (certificates == 1 ? "" : "s")
                + ", no key) to " + out);
        out().flush();
        return 0;
    }
}
