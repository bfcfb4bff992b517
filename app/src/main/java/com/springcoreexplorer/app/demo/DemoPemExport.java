package com.springcoreexplorer.app.demo;

import com.springcoreexplorer.app.demo.pki.DemoPki;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Writes the demo's client material as PEM so other clients (mosquitto_sub, MQTT Explorer) can
 * connect to the demo broker. The keys are unencrypted on purpose (those tools want plain PEM) and
 * each file says it is demo material; they are created owner-only.
 */
public final class DemoPemExport {

    private static final String CERT_NOTE = """
            SpringCore Explorer DEMO material: certificate issued by the demo PKI (%s).
            It works only with the demo broker started by 'springcore-explorer demo'.
            """;
    private static final String KEY_NOTE = """
            SpringCore Explorer DEMO material: UNENCRYPTED private key of the demo %s identity.
            Written on request (--export-dir) for tools that want a plain PEM key. Never use it for
            anything but the demo broker; real keys belong in the encrypted certificate store.
            """;

    private DemoPemExport() {}

    /**
     * The files written.
     *
     * @param ca          the chain that signs the broker certificate (Cloud CA + root)
     * @param watcherCert Watcher certificate + Watch CA
     * @param watcherKey  Watcher key (PKCS#8, unencrypted, owner-only)
     * @param controlCert Control certificate + Control CA
     * @param controlKey  Control key (PKCS#8, unencrypted, owner-only)
     */
    public record ExportedFiles(Path ca, Path watcherCert, Path watcherKey, Path controlCert, Path controlKey) {
        public List<Path> all() {
            return List.of(ca, watcherCert, watcherKey, controlCert, controlKey);
        }
    }

    public static ExportedFiles write(DemoPki pki, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path ca = directory.resolve("ca.pem");
        writePublic(
                ca,
                "SpringCore Explorer DEMO material: the CA chain that signs the demo broker's certificate\n"
                        + "(Cloud CA, then root). Give it to a client as its CA file (mosquitto_sub --cafile).\n",
                PemFiles.certificates(pki.brokerChainAnchors()));
        Path watcherCert = directory.resolve("watcher-cert.pem");
        Path watcherKey = directory.resolve("watcher-key.pem");
        Path controlCert = directory.resolve("control-cert.pem");
        Path controlKey = directory.resolve("control-key.pem");
        writeIdentity(pki.watcher(), "Watcher", watcherCert, watcherKey);
        writeIdentity(pki.control(), "Control", controlCert, controlKey);
        return new ExportedFiles(ca, watcherCert, watcherKey, controlCert, controlKey);
    }

    private static void writeIdentity(IssuedCertificate identity, String role, Path certFile, Path keyFile)
            throws IOException {
        // leaf + its issuing CA: the broker needs the intermediate to place the client under its role
        writePublic(
                certFile,
                CERT_NOTE.formatted(role + ", CN=" + identity.commonName()),
                PemFiles.certificates(identity.chain().subList(0, 2)));
        writePrivate(keyFile, KEY_NOTE.formatted(role) + PemFiles.unencryptedPrivateKey(identity.privateKey()));
    }

    private static void writePublic(Path file, String note, String pem) throws IOException {
        Files.writeString(file, note + pem, StandardCharsets.US_ASCII);
    }

    /** Owner-only from the first byte: the file is created with its permissions, then written. */
    private static void writePrivate(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        if (Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
