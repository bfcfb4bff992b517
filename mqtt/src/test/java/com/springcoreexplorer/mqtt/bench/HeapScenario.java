package com.springcoreexplorer.mqtt.bench;

import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.certstore.testing.ChildJvm;
import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.ingest.IngestStats;
import com.springcoreexplorer.mqtt.ingest.OverflowPolicy;
import com.springcoreexplorer.mqtt.store.StoreSettings;
import com.springcoreexplorer.mqtt.store.StoreStats;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.topictree.FilterResult;
import com.springcoreexplorer.mqtt.topictree.TopicFilter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Many topics, a small budget: 1M messages over 100k topics through the broker into the pipeline
 * with a 64 MB store budget. The live heap (after full GCs taken every 10 %) must stay under
 * budget + 64 MB; then the tree's filters are timed on those 100k topics.
 */
final class HeapScenario {

    record FilterTiming(String kind, String query, int matches, double medianMs, double maxMs) {}

    record Result(
            int messages,
            int topics,
            int budgetMb,
            long received,
            long processed,
            long dropped,
            long evictedByBudget,
            long evictedByDepth,
            long storeUsedBytes,
            long treeEstimatedBytes,
            long storedMessages,
            long treeTopics,
            double rate,
            long liveHeapPeakMb,
            long liveHeapEndMb,
            long peakHeapUsedMb,
            long maxHeapMb,
            long limitMb,
            boolean withinLimit,
            List<FilterTiming> filters) {}

    /** QoS 0 by default: see ThinSubscriber about QoS 1 floods from a single fast publisher. */
    static final int QOS = Integer.getInteger("bench.heapQos", 0);

    private final SpringCorePki pki;
    private final MosquittoBroker broker;

    HeapScenario(SpringCorePki pki, MosquittoBroker broker) {
        this.pki = pki;
        this.broker = broker;
    }

    Result run(int messages, int topicCount, int budgetMb) throws Exception {
        IngestSettings settings =
                IngestSettings.defaults().withStore(StoreSettings.defaults().withBudgetBytes(budgetMb * 1024L * 1024));
        if (System.getProperty("bench.policy") != null) {
            settings = settings.withOverflow(
                    OverflowPolicy.valueOf(System.getProperty("bench.policy")), settings.maxOfferWait());
        }
        IngestPipeline pipeline = IngestPipeline.start(settings);
        Semaphore measure = new Semaphore(0);
        long step = Math.max(1, messages / 10);
        long[] nextStep = {step};
        pipeline.addBatchListener(batch -> {
            if (batch.stats().processed() >= nextStep[0]) {
                nextStep[0] += step;
                measure.release();
            }
        });
        try (HeapSampler heap = new HeapSampler();
                ThinSubscriber explorer = ThinSubscriber.connect(
                        broker,
                        pki.watcherCertificate("bench-watcher"),
                        "bench-explorer-heap",
                        pki.root().certificate(),
                        TagEvents.PREFIX + "/#",
                        QOS,
                        pipeline::offer)) {
            heap.liveHeapNow();
            Thread measurer = Thread.ofPlatform()
                    .name("bench-live-heap")
                    .daemon(true)
                    .start(() -> {
                        try {
                            while (true) {
                                measure.acquire();
                                heap.liveHeapNow();
                            }
                        } catch (InterruptedException stop) {
                            Thread.currentThread().interrupt();
                        }
                    });

            long started = System.nanoTime();
            long published = publishFromAnotherProcess(messages, topicCount);
            awaitProcessed(pipeline, published);
            pipeline.flush().get(60, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - started) / 1e9;
            measurer.interrupt();
            long liveEnd = heap.liveHeapNow();
            if (Boolean.getBoolean("bench.histogram")) {
                new ProcessBuilder(
                                System.getProperty("java.home") + "/bin/jcmd",
                                Long.toString(ProcessHandle.current().pid()),
                                "GC.class_histogram")
                        .inheritIO()
                        .start()
                        .waitFor();
            }

            IngestStats stats = pipeline.stats();
            StoreStats store = pipeline.store().stats();
            List<FilterTiming> filters = List.of(
                    time(pipeline, "substring", "a7f"),
                    time(pipeline, "substring", "rdr/evt"),
                    time(pipeline, "wildcard", TagEvents.PREFIX + "/+/rdr/evt"),
                    time(
                            pipeline,
                            "wildcard",
                            HeapPublisher.topics(topicCount)[topicCount / 2].replace("/rdr/evt", "/#")),
                    time(pipeline, "wildcard", "#"));
            long mb = 1024 * 1024;
            long limitMb = budgetMb + 64L;
            return new Result(
                    messages,
                    topicCount,
                    budgetMb,
                    stats.received(),
                    stats.processed(),
                    stats.dropped(),
                    store.evictedByBudget(),
                    store.evictedByDepth(),
                    store.usedBytes(),
                    store.reservedBytes(),
                    store.storedMessages(),
                    pipeline.topicTree().topicCount(),
                    stats.processed() / seconds,
                    heap.peakLive() / mb,
                    liveEnd / mb,
                    heap.peakUsed() / mb,
                    HeapSampler.maxHeap() / mb,
                    limitMb,
                    heap.peakLive() / mb < limitMb,
                    filters);
        } finally {
            pipeline.close();
        }
    }

    /** Runs {@link HeapPublisher} in its own JVM, with a password-protected PKCS#12 of a Control identity. */
    private long publishFromAnotherProcess(int messages, int topicCount) throws Exception {
        Path directory = Files.createTempDirectory(
                "bench-publisher-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path identity = directory.resolve("control.p12");
        Path ca = directory.resolve("ca.pem");
        String password = Long.toHexString(new SecureRandom().nextLong());
        try {
            IssuedCertificate control = pki.controlCertificate("bench-control");
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("identity", control.privateKey(), password.toCharArray(), control.chainArray());
            try (OutputStream out = Files.newOutputStream(identity)) {
                store.store(out, password.toCharArray());
            }
            Files.writeString(ca, PemFiles.certificates(List.of(pki.root().certificate())));
            List<String> command = ChildJvm.javaCommand();
            command.addAll(List.of(
                    "-Xmx256m",
                    "-Dbench.heapQos=" + QOS,
                    "-cp",
                    System.getProperty("java.class.path"),
                    HeapPublisher.class.getName(),
                    broker.host(),
                    Integer.toString(broker.port()),
                    identity.toString(),
                    password,
                    ca.toString(),
                    Integer.toString(messages),
                    Integer.toString(topicCount)));
            Process publisher = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("publisher.log").toFile())
                    .start();
            if (!publisher.waitFor(30, TimeUnit.MINUTES) || publisher.exitValue() != 0) {
                throw new IllegalStateException(
                        "publisher failed: " + Files.readString(directory.resolve("publisher.log")));
            }
            return messages;
        } finally {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(directory);
        }
    }

    private static void awaitProcessed(IngestPipeline pipeline, long expected) throws InterruptedException {
        long lastProcessed = -1;
        long lastProgress = System.nanoTime();
        while (pipeline.stats().processed() + pipeline.stats().dropped() < expected) {
            long processed = pipeline.stats().processed();
            if (processed != lastProcessed) {
                lastProcessed = processed;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(10)) {
                return; // lost on the way: reported as received < messages
            }
            Thread.sleep(20);
        }
    }

    /** Median and max of 11 timed runs after 3 warm-up runs. */
    private static FilterTiming time(IngestPipeline pipeline, String kind, String query) {
        TopicFilter filter = kind.equals("wildcard") ? TopicFilter.wildcard(query) : TopicFilter.substring(query);
        for (int i = 0; i < 3; i++) {
            pipeline.topicTree().filter(filter);
        }
        List<Long> nanos = new ArrayList<>();
        int matches = 0;
        for (int i = 0; i < 11; i++) {
            FilterResult result = pipeline.topicTree().filter(filter);
            nanos.add(result.took().toNanos());
            matches = result.topics().size();
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new FilterTiming(
                kind,
                query,
                matches,
                FloodScenario.millis(sorted[sorted.length / 2]),
                FloodScenario.millis(Arrays.stream(sorted).max().orElse(0)));
    }
}
