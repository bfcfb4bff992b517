package com.springcoreexplorer.app.demo;

import com.springcoreexplorer.app.demo.broker.DemoBroker;
import com.springcoreexplorer.app.demo.pki.DemoPki;
import com.springcoreexplorer.app.demo.pki.DemoPkiFiles;
import com.springcoreexplorer.app.demo.reader.ReaderListener;
import com.springcoreexplorer.app.demo.reader.SimulatedReader;
import com.springcoreexplorer.app.demo.reader.SimulatedReaders;
import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the demo: the demo PKI (generated on first run, then reused from {@code <data>/demo}), the
 * embedded broker on 127.0.0.1 (8883 when free), and the simulated readers.
 *
 * <pre>{@code
 * DemoEnvironment.start(directories).thenAccept(demo -> connect(demo.watcherProfileName()));
 * ...
 * demo.close();
 * }</pre>
 * Everything runs off the calling thread; failures complete the future with {@link DemoStartException}.
 */
public final class DemoEnvironment {

    public static final int DEFAULT_READERS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(DemoEnvironment.class);

    private DemoEnvironment() {}

    /**
     * How to run the demo.
     *
     * @param readers        number of simulated readers (1..50)
     * @param preferredPort  8883 by default; 0 = any free port
     * @param prefix         SpringCore topic prefix
     * @param readerSettings STATUS period and tag rate
     * @param listener       told about events and "blinking" readers (MQTT threads: only enqueue)
     * @param environment    process environment (store password variable)
     * @param setUpProfiles  import the Watcher/Control identities into the demo's own store and make a profile per role
     */
    public record Options(
            int readers,
            int preferredPort,
            String prefix,
            SimulatedReader.Settings readerSettings,
            ReaderListener listener,
            Map<String, String> environment,
            boolean setUpProfiles) {
        public Options {
            if (readers < 1 || readers > 50) {
                throw new IllegalArgumentException("readers must be 1..50, not " + readers);
            }
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(readerSettings, "readerSettings");
            Objects.requireNonNull(listener, "listener");
            environment = Map.copyOf(environment);
        }

        /** 5 readers, port 8883 when free, default prefix, STATUS every 10 s, profiles set up. */
        public static Options defaults() {
            return new Options(
                    DEFAULT_READERS,
                    DemoBroker.PREFERRED_PORT,
                    DemoBroker.DEFAULT_PREFIX,
                    SimulatedReader.Settings.DEMO,
                    ReaderListener.NONE,
                    System.getenv(),
                    true);
        }

        public Options withReaders(int value) {
            return new Options(value, preferredPort, prefix, readerSettings, listener, environment, setUpProfiles);
        }

        public Options withPreferredPort(int value) {
            return new Options(readers, value, prefix, readerSettings, listener, environment, setUpProfiles);
        }

        public Options withListener(ReaderListener value) {
            return new Options(readers, preferredPort, prefix, readerSettings, value, environment, setUpProfiles);
        }

        public Options withEnvironment(Map<String, String> value) {
            return new Options(readers, preferredPort, prefix, readerSettings, listener, value, setUpProfiles);
        }

        public Options withProfiles(boolean value) {
            return new Options(readers, preferredPort, prefix, readerSettings, listener, environment, value);
        }

        /** STATUS period, tag rate and troubles (reboots, drop-outs, RSSI drift) of the simulated readers. */
        public Options withReaderSettings(SimulatedReader.Settings value) {
            return new Options(readers, preferredPort, prefix, value, listener, environment, setUpProfiles);
        }
    }

    /** The GUI's entry: defaults, identities in the demo's own store and a profile per role. */
    public static CompletableFuture<RunningDemo> start(AppDirectories directories) {
        return start(directories, Options.defaults());
    }

    public static CompletableFuture<RunningDemo> start(AppDirectories directories, Options options) {
        return start(directories, options, DemoProgress.NONE);
    }

    /**
     * Same, telling {@code progress} each step and when the broker can take a client (before every reader is up).
     *
     * <p>The PKI and the broker start together: HiveMQ's own start-up needs no key, and its listener opens
     * once the PKI is there (see {@link DemoBroker#begin}). The profiles are written as soon as the demo
     * store holds the identities and the broker's port is chosen, so the window connects the moment the
     * broker listens; the readers connect beside it.
     */
    public static CompletableFuture<RunningDemo> start(
            AppDirectories directories, Options options, DemoProgress progress) {
        long started = System.nanoTime();
        Path work = demoDirectory(directories);
        // class loading dominates a cold start: the readers' classes load while the PKI and the broker start
        Thread.ofPlatform().daemon().name("demo-warm-up").start(SimulatedReaders::warmUp);
        progress.step("Starting the demo: certificates");
        CompletableFuture<DemoPki> pki = CompletableFuture.supplyAsync(
                () -> {
                    DemoPki loaded = new DemoPkiFiles(work, options.environment()).loadOrGenerate(options.readers());
                    LOG.info("demo PKI ready after {} ms", millisSince(started));
                    return loaded;
                },
                runnable -> Thread.ofPlatform().daemon().name("demo-pki").start(runnable));
        DemoBroker.Starting starting =
                DemoBroker.begin(pki, new DemoBroker.Options(work, options.preferredPort(), options.prefix()));
        CompletableFuture<DemoBroker> brokerUp = starting.running().whenComplete((broker, failure) -> {
            if (failure == null) {
                LOG.info("demo broker up after {} ms", millisSince(started));
            }
        });
        pki.thenRun(() -> {
            if (!brokerUp.isDone()) {
                progress.step("Starting the demo: broker");
            }
        });
        // reader keys decrypt and the store import runs on the other core while the broker starts
        CompletableFuture<List<IssuedCertificate>> readerIdentities = pki.thenApplyAsync(
                demoPki -> demoPki.devices(options.readers()),
                runnable ->
                        Thread.ofPlatform().daemon().name("demo-reader-keys").start(runnable));
        CompletableFuture<DemoProfiles> profiles = options.setUpProfiles()
                ? pki.thenApplyAsync(
                                demoPki -> DemoStoreSetup.importIdentities(directories, demoPki),
                                runnable -> Thread.ofPlatform()
                                        .daemon()
                                        .name("demo-store-setup")
                                        .start(runnable))
                        .thenCombine(starting.port(), (imported, port) -> {
                            DemoProfiles made = DemoStoreSetup.writeProfiles(
                                    directories, imported, DemoBroker.HOST, port, options.prefix());
                            LOG.info("demo profiles ready after {} ms", millisSince(started));
                            return made;
                        })
                : CompletableFuture.completedFuture(DemoProfiles.NONE);
        return brokerUp.thenCompose(broker -> {
                    progress.step("Starting the demo: broker, readers 0/" + options.readers());
                    CompletableFuture<DemoProfiles> announced = profiles.thenApply(made -> {
                        progress.brokerReady(made);
                        return made;
                    });
                    return startReaders(
                                    readerIdentities,
                                    pki.join(),
                                    broker,
                                    options,
                                    connected -> progress.step("Starting the demo: broker, readers " + connected + "/"
                                            + options.readers()))
                            .thenCombine(announced, (readers, made) -> {
                                Duration took = Duration.ofNanos(System.nanoTime() - started);
                                LOG.info(
                                        "demo ready in {} ms: {} with {} readers",
                                        took.toMillis(),
                                        broker.uri(),
                                        readers.serials().size());
                                return new RunningDemo(pki.join(), broker, readers, options.prefix(), made, took);
                            });
                })
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(DemoStartException.from(failure)));
    }

    private static CompletableFuture<SimulatedReaders> startReaders(
            CompletableFuture<List<IssuedCertificate>> identities,
            DemoPki pki,
            DemoBroker broker,
            Options options,
            java.util.function.IntConsumer connected) {
        return identities
                .thenCompose(devices -> SimulatedReaders.start(
                        broker.host(),
                        broker.port(),
                        options.prefix(),
                        devices,
                        pki.brokerChainAnchors(),
                        options.readerSettings(),
                        options.listener(),
                        connected))
                .whenComplete((readers, failure) -> {
                    if (failure != null) {
                        broker.close();
                    }
                });
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** {@code <data>/demo}: the demo PKI and the broker's per-run folder. */
    public static Path demoDirectory(AppDirectories directories) {
        return directories.data().resolve("demo");
    }

    /** Why the demo could not start, in one line for the user. */
    public static final class DemoStartException extends RuntimeException {
        DemoStartException(String message, Throwable cause) {
            super(message, cause);
        }

        /** Unwraps completion wrappers; keeps an existing DemoStartException. */
        public static DemoStartException from(Throwable failure) {
            Throwable cause = failure;
            while ((cause instanceof CompletionException || cause instanceof java.util.concurrent.ExecutionException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof DemoStartException already) {
                return already;
            }
            String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return new DemoStartException("the demo could not start: " + what, cause);
        }
    }
}
