package com.springcoreexplorer.app.cli.certs;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.IdentityEntry;
import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.ImportPreview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code certs import FILE... [--name NAME] [--password-env VAR | --password-file F]}. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import a client identity from the files your PKI gave you: PEM, DER or PKCS#12 (.p12/.pfx), "
                + "key, certificate and chain in one file or several, in any order. Encrypted keys need a password.",
        footer = {
            "",
            "Nothing is stored unless the import succeeds. Exit codes: 0 imported, 1 unexpected failure, 2 bad input."
        })
public final class CertsImportCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Certificate, key, chain or PKCS#12 files.")
    List<Path> files;

    @Option(names = "--name", paramLabel = "NAME", description = "Name in the store (default: the certificate's CN).")
    String name;

    @ArgGroup(exclusive = true)
    PasswordSource password;

    static final class PasswordSource {
        @Option(
                names = "--password-env",
                paramLabel = "VAR",
                description = "Read the files' password from environment variable VAR.")
        String environmentVariable;

        @Option(
                names = "--password-file",
                paramLabel = "F",
                description = "Read the files' password from the first line of file F.")
        Path file;
    }

    @Override
    protected int run() throws CertStoreException {
        List<ImportFile> importFiles = new ArrayList<>();
        for (Path file : files) {
            importFiles.add(ImportFile.read(file));
        }
        ImportPasswords passwords = passwords();
        CertificateStore store = openStore();
        ImportPreview preview;
        try {
            preview = store.importPreview(importFiles, passwords);
        } catch (CertStoreException e) {
            if (e.kind() == CertStoreException.Kind.NEEDS_PASSWORD) {
                throw CliFailure.badInput(e.subject().orElse("a file")
                        + " is encrypted: give its password with --password-env VAR or --password-file F");
            }
            throw e;
        }
        IdentityEntry entry = store.save(preview, name, "");
        out().println("imported '" + entry.name() + "': " + entry.subject() + " ("
                + entry.role().displayName() + ", " + entry.keyType() + ", valid until " + entry.notAfter() + ", "
                + (entry.trusted() ? "trusted" : "untrusted") + ")");
        out().flush();
        for (String warning : entry.warnings()) {
            err().println("warning: " + warning);
        }
        err().flush();
        return 0;
    }

    private ImportPasswords passwords() {
        if (password == null) {
            return ImportPasswords.none();
        }
        if (password.environmentVariable != null) {
            String value = environment().get(password.environmentVariable);
            if (value == null || value.isEmpty()) {
                throw CliFailure.badInput("environment variable " + password.environmentVariable
                        + " is not set: export it with the files' password, or use --password-file");
            }
            return ImportPasswords.same(value.toCharArray());
        }
        try {
            String text = Files.readString(password.file, StandardCharsets.UTF_8);
            String firstLine = text.lines().findFirst().orElse("");
            if (firstLine.isEmpty()) {
                throw CliFailure.badInput(
                        "password file " + password.file + " is empty: put the password on its first line");
            }
            return ImportPasswords.same(firstLine.toCharArray());
        } catch (IOException e) {
            throw CliFailure.badInput("cannot read password file " + password.file + " ("
                    + e.getClass().getSimpleName() + "): check the path and its permissions");
        }
    }
}
