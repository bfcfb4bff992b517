package com.springcoreexplorer.app.demo.broker;

import com.hivemq.configuration.service.InternalConfigurations;
import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.springcoreexplorer.app.demo.pki.DemoPki;
import com.springcoreexplorer.app.settings.Folders;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded HiveMQ CE broker that enforces the SpringCore roles: loopback only, MQTT over TLS with
 * client certificates REQUIRED, role by issuing CA (see {@link IssuingCaRoles}). Start with
 * {@link #start}; {@link #close()} stops it and deletes its run folder.
 *
 * <p>Each run gets its own owner-only folder for HiveMQ's files (HiveMQ reads its key from a file):
 * the broker key is there only in a key store with a random per-run password, and the folder is
 * deleted at close (a folder left by a killed process is removed by the next start).
 */
public final class DemoBroker implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final int PREFERRED_PORT = 8883;
    public static final String DEFAULT_PREFIX = "springcard/springcore";
    private static final Logger LOG = LoggerFactory.getLogger(DemoBroker.class);
    private static final String RUN_PREFIX = "broker-run-";

    private final EmbeddedHiveMQ hivemq;
    private final Path runDirectory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int port;
    private boolean closed;

    /**
     * @param workDirectory where the per-run folder goes (e.g. {@code <data>/demo})
     * @param preferredPort 8883 by default; another free port when taken; 0 for any free port
     * @param prefix        SpringCore topic prefix the reader rule uses
     */
    public record Options(Path workDirectory, int preferredPort, String prefix) {
        public Options {
            Objects.requireNonNull(workDirectory, "workDirectory");
            Objects.requireNonNull(prefix, "prefix");
        }

        public static Options in(Path workDirectory) {
            return new Options(workDirectory, PREFERRED_PORT, DEFAULT_PREFIX);
        }
    }

    private DemoBroker(EmbeddedHiveMQ hivemq, Path runDirectory, FileChannel lockChannel, FileLock lock, int port) {
        this.hivemq = hivemq;
        this.runDirectory = runDirectory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.port = port;
    }

    /** Prepares files on a worker thread, then starts HiveMQ; completes when it accepts connections. */
    public static CompletableFuture<DemoBroker> start(DemoPki pki, Options options) {
        return begin(CompletableFuture.completedFuture(pki), options).running();
    }

    /**
     * A broker on its way up: {@link #port()} is known as soon as the configuration is written (before
     * HiveMQ starts), {@link #running()} completes when it accepts connections.
     */
    public record Starting(CompletableFuture<Integer> port, CompletableFuture<DemoBroker> running) {}

    /**
     * Starts HiveMQ at once, beside the PKI's generation: its own start-up (configuration, Guice,
     * persistence, extension system) needs no key. Its TLS listener opens only after the embedded
     * extension's start, which waits for {@code pki} and the broker's key store written from it; if the
     * PKI fails, no key store exists, no listener opens and {@code running} fails with the PKI's failure.
     */
    public static Starting begin(CompletableFuture<DemoPki> pki, Options options) {
        Starting starting = new Starting(new CompletableFuture<>(), new CompletableFuture<>());
        Thread.ofPlatform().daemon().name("demo-broker-start").start(() -> {
            try {
                starting.running().complete(startBlocking(pki, options, starting.port()));
            } catch (Throwable failure) {
                starting.port().completeExceptionally(failure);
                starting.running().completeExceptionally(failure);
            }
        });
        return starting;
    }

    private static DemoBroker startBlocking(
            CompletableFuture<DemoPki> pki, Options options, CompletableFuture<Integer> portChosen) throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(options.workDirectory());
        removeStaleRuns(options.workDirectory());
        Path run = Files.createTempDirectory(
                options.workDirectory(),
                RUN_PREFIX,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        FileChannel lockChannel =
                FileChannel.open(run.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockChannel.lock();
        EmbeddedHiveMQ hivemq = null;
        CompletableFuture<IssuingCaRoles> keyMaterial = null;
        Thread.UncaughtExceptionHandler appHandler = Thread.getDefaultUncaughtExceptionHandler();
        try {
            Path config = Files.createDirectories(run.resolve("conf"));
            Path data = Files.createDirectories(run.resolve("data"));
            Path extensions = Files.createDirectories(run.resolve("extensions"));
            String keyPassword = randomPassword();
            String trustPassword = randomPassword();
            Path keyStore = config.resolve("broker.jks");
            Path trustStore = config.resolve("clients-trust.jks");
            int port = choosePort(options.preferredPort());
            // validated before HiveMQ reads it: a file HiveMQ cannot read makes it open 0.0.0.0:1883 in plain text
            BrokerConfigFile.write(
                    config,
                    new BrokerConfigFile.Settings(HOST, port, keyStore, keyPassword, trustStore, trustPassword));
            LOG.info("demo broker configuration written and checked after {} ms", millisSince(started));
            portChosen.complete(port);

            // the trust store first, the key store last: without a key store the TLS listener cannot open
            keyMaterial = pki.thenApplyAsync(
                    demoPki -> {
                        try {
                            writeTrustStore(trustStore, demoPki.clientIssuingCas(), trustPassword);
                            writeKeyStore(keyStore, demoPki.broker(), keyPassword);
                        } catch (IOException | GeneralSecurityException e) {
                            throw new CompletionException("cannot write the demo broker's key stores", e);
                        }
                        LOG.info("demo broker key stores written after {} ms", millisSince(started));
                        return new IssuingCaRoles(
                                demoPki.clientCaCertificate(),
                                demoPki.watchCaCertificate(),
                                demoPki.controlCaCertificate());
                    },
                    task -> Thread.ofPlatform()
                            .daemon()
                            .name("demo-broker-keys")
                            .start(task));
            EmbeddedExtension extension = EmbeddedExtension.builder()
                    .withId("springcore-roles")
                    .withName("SpringCore roles by issuing CA")
                    .withVersion("1")
                    .withAuthor("SpringCore Explorer")
                    .withPriority(1000)
                    .withStartPriority(1000)
                    .withExtensionMain(new SpringCoreRolesExtension(keyMaterial, new TopicRules(options.prefix())))
                    .build();
            // HiveMQ's home defaults to the folder of its own jar, found through its classes' CodeSource;
            // a class mapped from the installers' AOT cache (trained with the demo) once had none there
            // (NullPointerException in SystemInformationImpl): name the home, this run's folder
            System.setProperty("hivemq.home", run.toAbsolutePath().toString());
            hivemq = EmbeddedHiveMQ.builder()
                    .withConfigurationFolder(config)
                    .withDataFolder(data)
                    .withExtensionsFolder(extensions)
                    .withEmbeddedExtension(extension)
                    .withoutLoggingBootstrap()
                    .build();
            // build() switches HiveMQ to "allow all when no authenticator": deny instead, whatever happens to the
            // extension
            InternalConfigurations.AUTH_DENY_UNAUTHENTICATED_CONNECTIONS.set(true);
            // no JMX MBeans for the broker's metrics: nobody attaches a JMX console to the demo, and registering
            // them (the platform MBean server's start included) is part of a first start's critical path
            InternalConfigurations.JMX_REPORTER_ENABLED.set(false);
            AppLoggingGuard.ensureAppConfiguration();
            hivemq.start().join();
            // the PKI's failure is the one to report (the listener then never opened)
            keyMaterial.join();
            LOG.info("demo broker listening on mqtts://{}:{} (run folder {})", HOST, port, run);
            return new DemoBroker(hivemq, run, lockChannel, lock, port);
        } catch (Exception | Error failure) {
            if (hivemq != null) {
                stopQuietly(hivemq);
            }
            lock.release();
            lockChannel.close();
            deleteRecursively(run);
            Throwable cause = failure;
            if (keyMaterial != null && keyMaterial.isCompletedExceptionally()) {
                cause = keyMaterial.handle((roles, pkiFailure) -> pkiFailure).join();
            }
            while (cause instanceof CompletionException wrapped && wrapped.getCause() != null) {
                cause = wrapped.getCause();
            }
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw failure;
        } finally {
            // HiveMQ installs its own default handler, which may call System.exit(1)
            Thread.setDefaultUncaughtExceptionHandler(appHandler);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }
    /** {@code mqtts://127.0.0.1:PORT} */
    public String uri() {
        return "mqtts://" + HOST + ":" + port;
    }

    /** Stops the broker (stop AND close: stop alone leaves a non-daemon thread) and deletes the run folder. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Thread.UncaughtExceptionHandler appHandler = Thread.getDefaultUncaughtExceptionHandler();
        stopQuietly(hivemq);
        Thread.setDefaultUncaughtExceptionHandler(appHandler);
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.debug("releasing run lock", e);
        }
        deleteRecursively(runDirectory);
        LOG.info("demo broker on port {} stopped", port);
    }

    private static void stopQuietly(EmbeddedHiveMQ hivemq) {
        try {
            hivemq.stop().join();
        } catch (RuntimeException e) {
            LOG.warn("demo broker stop failed", e);
        }
        try {
            hivemq.close();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("demo broker close failed", e);
        }
    }

    /**
     * 8883 when free on loopback, else any free port. The probe binds as HiveMQ's listener does, without
     * SO_REUSEADDR (Java's default on Linux): otherwise the probe succeeds while the last run's connections
     * still wait in TIME_WAIT on the port, and the broker then fails to bind (an app restarted within a
     * minute showed "UnrecoverableException" instead of the demo).
     */
    static int choosePort(int preferred) throws IOException {
        if (preferred > 0) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(false);
                probe.bind(new InetSocketAddress(InetAddress.getByName(HOST), preferred), 1);
                return preferred;
            } catch (IOException taken) {
                LOG.info("port {} is taken; the demo broker uses a free port instead", preferred);
            }
        }
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return probe.getLocalPort();
        }
    }

    /*
     * The broker's two files are JKS, which HiveMQ reads by default: PKCS#12 would stretch the password with
     * 10,000-round key derivations on every write and read (about 100,000 rounds per start, run interpreted on a
     * cold JVM, then compiled: seconds of a first start on two cores). Stretching protects passwords a person
     * chose; these are 192 random bits made for this run, in an owner-only folder deleted when the broker stops.
     */
    private static Path writeKeyStore(Path file, IssuedCertificate broker, String password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("JKS");
        store.load(null, null);
        store.setKeyEntry("broker", broker.privateKey(), password.toCharArray(), broker.chainArray());
        return storeTo(file, store, password);
    }

    private static Path writeTrustStore(Path file, List<X509Certificate> cas, String password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("JKS");
        store.load(null, null);
        for (int i = 0; i < cas.size(); i++) {
            store.setCertificateEntry("client-ca-" + i, cas.get(i));
        }
        return storeTo(file, store, password);
    }

    private static Path storeTo(Path file, KeyStore store, String password)
            throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Run folders whose lock nobody holds belong to a process that died: remove them. */
    private static void removeStaleRuns(Path workDirectory) {
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(workDirectory, RUN_PREFIX + "*")) {
            for (Path run : runs) {
                Path lockFile = run.resolve("lock");
                boolean stale;
                try (FileChannel channel =
                                FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock held = channel.tryLock()) {
                    stale = held != null;
                } catch (java.nio.channels.OverlappingFileLockException ownProcess) {
                    stale = false;
                } catch (IOException unreadable) {
                    stale = false;
                }
                if (stale) {
                    LOG.info("removing stale demo broker folder {}", run);
                    deleteRecursively(run);
                }
            }
        } catch (IOException e) {
            LOG.debug("cannot list {}", workDirectory, e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try {
            Folders.deleteTree(directory);
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", directory, e.getMessage());
        }
    }
}
