package com.springcoreexplorer.app.brokerkit;

import com.springcoreexplorer.app.settings.Folders;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes what an integrator needs for a stock mosquitto 2.x with the SpringCore roles approximated
 * by name: {@code mosquitto.conf} (TLS listener, client certificate required, CN as user name,
 * TLS 1.2+), {@code acl}, {@code ca.pem}, the broker certificate, client identities as encrypted
 * PKCS#12 and a README that explains the limit. The folder is built aside and moved into place, so a
 * failure leaves nothing half-written.
 */
public final class MosquittoKit {

    public static final String DEFAULT_PREFIX = "springcard/springcore";

    private MosquittoKit() {}

    /**
     * What to write.
     *
     * @param directory   a new or empty folder
     * @param hostname    the name clients use to reach the broker (goes into the certificate's SANs)
     * @param port        listener port (8883 by default)
     * @param bindAddress listener address, or null for every interface
     * @param prefix      SpringCore topic prefix for the readers' rule
     * @param password    protects the PKCS#12 files (identities and CA keys)
     */
    public record Options(
            Path directory, String hostname, int port, String bindAddress, String prefix, char[] password) {
        public Options {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(hostname, "hostname");
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(password, "password");
        }
    }

    /** Paths of what was written. */
    public record Written(
            Path directory,
            Path config,
            Path acl,
            Path caFile,
            Path readme,
            List<Path> clientFiles,
            boolean brokerCertificateIncluded) {}

    /** A fresh PKI for the kit. */
    public static KitPki generatedPki(String hostname) {
        return GeneratedKitPki.generate(hostname);
    }

    public static Written write(Options options, KitPki pki) throws IOException {
        Path target = options.directory().toAbsolutePath().normalize();
        if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
            throw new KitException(target + " already exists and is not an empty folder; choose a new folder");
        }
        Path parent = Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
        try {
            List<Path> clientFiles = writeInto(staging, target, options, pki);
            if (posix(staging)) {
                // the broker runs as its own user: it must be able to enter the folder (keys protect themselves)
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return new Written(
                    target,
                    target.resolve("mosquitto.conf"),
                    target.resolve("acl"),
                    target.resolve("ca.pem"),
                    target.resolve("README.md"),
                    clientFiles.stream()
                            .map(p -> target.resolve(staging.relativize(p)))
                            .toList(),
                    pki.broker().isPresent());
        } finally {
            deleteRecursively(staging);
        }
    }

    private static List<Path> writeInto(Path staging, Path finalDirectory, Options options, KitPki pki)
            throws IOException {
        writeText(staging.resolve("ca.pem"), PemFiles.certificates(pki.caCertificates()), "rw-r--r--");
        if (pki.broker().isPresent()) {
            IssuedCertificate broker = pki.broker().get();
            writeText(
                    staging.resolve("server.pem"),
                    PemFiles.certificates(broker.chain().subList(0, 2)),
                    "rw-r--r--");
            // mosquitto reads its key unattended, so it cannot be encrypted: owner-only instead
            writeText(
                    staging.resolve("server-key.pem"),
                    PemFiles.unencryptedPrivateKey(broker.privateKey()),
                    "rw-------");
        }
        writeText(staging.resolve("acl"), acl(options.prefix(), pki), "rw-r--r--");
        writeText(staging.resolve("mosquitto.conf"), config(finalDirectory, options), "rw-r--r--");
        List<Path> written = new ArrayList<>();
        Path clients = Files.createDirectories(staging.resolve("clients"));
        for (KitPki.NamedIdentity client : pki.clients()) {
            written.add(writePkcs12(clients.resolve(client.name() + ".p12"), client.identity(), options.password()));
            writeText(
                    clients.resolve(client.name() + "-cert.pem"),
                    PemFiles.certificates(client.identity().chain()),
                    "rw-r--r--");
        }
        if (!pki.caKeys().isEmpty()) {
            Path cas = Files.createDirectories(staging.resolve("ca-keys"));
            for (KitPki.NamedIdentity ca : pki.caKeys()) {
                written.add(writePkcs12(cas.resolve(ca.name() + ".p12"), ca.identity(), options.password()));
            }
        }
        writeText(staging.resolve("README.md"), KitReadme.text(options, pki), "rw-r--r--");
        return written;
    }

    static String config(Path directory, Options options) {
        String listener = options.bindAddress() == null
                ? String.valueOf(options.port())
                : options.port() + " " + options.bindAddress();
        return """
                # mosquitto 2.x configuration written by 'springcore-explorer broker-kit mosquitto'.
                # SpringCore roles approximated by certificate CN: see README.md for the limits.
                per_listener_settings false
                allow_anonymous false
                acl_file %1$s/acl

                # A slow or offline subscriber with a kept session (profiles add --session-expiry): mosquitto
                # queues its QoS 1/2 messages, by default at most 1000 and then drops the rest silently.
                # 100,000 SpringCore events (~250 bytes) are ~25 MB per such client; the byte limit bounds
                # memory when payloads are larger (whichever limit is reached first applies).
                max_queued_messages 100000
                max_queued_bytes 67108864
                # QoS 1/2 messages sent to one client before its acknowledgements come back (default 20):
                # 20 caps a subscriber at 20 messages per round trip (400 msg/s over a 50 ms link).
                max_inflight_messages 1000

                listener %2$s
                cafile %1$s/ca.pem
                certfile %1$s/server.pem
                keyfile %1$s/server-key.pem
                require_certificate true
                use_identity_as_username true
                tls_version tlsv1.2
                """.formatted(directory, listener);
    }

    static String acl(String prefix, KitPki pki) {
        StringBuilder acl = new StringBuilder("""
                # SpringCore roles by certificate CN (mosquitto's user name with use_identity_as_username).
                # Stock mosquitto cannot tell which CA issued a certificate: these names must be unique
                # across your whole PKI (see README.md).
                """);
        for (String watcher : pki.watcherNames()) {
            acl.append("\n# Watcher: subscribe to everything, publish nothing\nuser ")
                    .append(watcher)
                    .append("\ntopic read #\n");
        }
        for (String control : pki.controlNames()) {
            acl.append("\n# Control: read and write everything\nuser ")
                    .append(control)
                    .append("\ntopic readwrite #\n");
        }
        acl.append("\n# Readers (client ID = CN = serial number): only their own topics\npattern readwrite ")
                .append(prefix)
                .append("/%u/#\n");
        return acl.toString();
    }

    private static Path writePkcs12(Path file, IssuedCertificate identity, char[] password) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(identity.commonName(), identity.privateKey(), password, identity.chainArray());
            createOwnerOnly(file);
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
            return file;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static void writeText(Path file, String text, String permissions) throws IOException {
        if (permissions.equals("rw-------")) {
            createOwnerOnly(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        if (posix(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (posix(file.getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    private static boolean posix(Path path) throws IOException {
        return Files.getFileStore(Files.exists(path) ? path : path.getParent()).supportsFileAttributeView("posix");
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteRecursively(Path directory) {
        try {
            Folders.deleteTree(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A problem the user can fix (exists, not writable, ...), in one line. */
    public static final class KitException extends IOException {
        public KitException(String message) {
            super(message);
        }
    }
}
