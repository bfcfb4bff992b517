package com.springcoreexplorer.mqtt.bench;

import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * PEM files for mosquitto_pub/mosquitto_sub, which only read keys from files. Generated test
 * identities only, in an owner-only temporary folder that {@link #close()} deletes.
 */
final class ClientFiles implements AutoCloseable {

    private final Path directory;
    private final Path caFile;

    ClientFiles(SpringCorePki pki) throws IOException {
        directory = Files.createTempDirectory(
                "bench-clients-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        caFile = directory.resolve("ca.pem");
        Files.writeString(caFile, PemFiles.certificates(List.of(pki.root().certificate())));
    }

    Path caFile() {
        return caFile;
    }

    /** Writes {name}.pem (leaf + intermediates) and {name}-key.pem (owner-only); returns {cert, key}. */
    Path[] identity(String name, IssuedCertificate identity) throws IOException {
        Path cert = directory.resolve(name + ".pem");
        Path key = directory.resolve(name + "-key.pem");
        Files.writeString(cert, PemFiles.certificates(identity.chain()));
        Files.writeString(key, PemFiles.unencryptedPrivateKey(identity.privateKey()));
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        return new Path[] {cert, key};
    }

    Path file(String name) {
        return directory.resolve(name);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
