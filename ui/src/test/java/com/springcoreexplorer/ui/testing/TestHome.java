package com.springcoreexplorer.ui.testing;

import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.ui.engine.EngineServices;
import com.springcoreexplorer.ui.engine.StoreCertificateService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

/**
 * A fresh app home for one test (config, data, PEM files) and the REAL engine over it: certificate
 * store (password from the test's environment map, never the OS keychain), profile store, ingest.
 */
public final class TestHome implements AutoCloseable {

    public static final String STORE_PASSWORD = "ui-test-store-password";

    private final Path root;
    private final StoreCertificateService certificates;
    private final EngineServices engine;

    public TestHome(String name) {
        this(name, Map.of(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE, STORE_PASSWORD));
    }

    /** A home like a new user's on a machine with no OS keychain: {@code environment} may hold no store password. */
    public TestHome(String name, Map<String, String> environment) {
        try {
            root = Files.createTempDirectory(Path.of("target"), "ui-home-" + name + "-")
                    .toAbsolutePath();
            Files.createDirectories(files());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        certificates = new StoreCertificateService(CertificateStore.at(root.resolve("data"))
                .environment(environment)
                .useOsKeychain(false));
        engine = EngineServices.start(ProfileStore.in(root.resolve("config")), certificates, IngestSettings.defaults());
    }

    public Path data() {
        return root.resolve("data");
    }

    public Path files() {
        return root.resolve("files");
    }

    public EngineServices engine() {
        return engine;
    }

    public StoreCertificateService certificates() {
        return certificates;
    }

    /** Leaf + issuers as one PEM file. */
    public Path certificateFile(String name, IssuedCertificate identity) {
        return write(name, PemFiles.certificates(identity.chain()));
    }

    public Path certificateFile(String name, X509Certificate... certificates) {
        return write(name, PemFiles.certificates(List.of(certificates)));
    }

    public Path encryptedKeyFile(String name, IssuedCertificate identity, String password) {
        return write(name, PemFiles.encryptedPrivateKey(identity.privateKey(), password.toCharArray()));
    }

    /** For mosquitto_pub/sub only (they cannot read encrypted keys); lives in target/ and is deleted with it. */
    public Path plainKeyFile(String name, IssuedCertificate identity) {
        Path file = write(name, PemFiles.unencryptedPrivateKey(identity.privateKey()));
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: test material in target/
        }
        return file;
    }

    public Path write(String name, String content) {
        Path file = files().resolve(name);
        PemFiles.write(file, content);
        return file;
    }

    @Override
    public void close() {
        engine.close();
    }
}
