package com.springcoreexplorer.mqtt.bench;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.ingest.IngestStats;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.SpringCoreModel;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One flood, two subscribers in the same run: mosquitto_sub (the reference) and the product's own
 * connection feeding our ingest pipeline, with the SpringCore decoder, device registry and tag event
 * log attached as in the window. Devices publish with {@code mosquitto_pub -l}, one process per device,
 * each with its own X.509 v1 device certificate, over mutual TLS on loopback.
 */
final class FloodScenario {

    private static final String PROBE_TOPIC = TagEvents.eventTopic("PROBE");

    record Result(
            int qos,
            int messages,
            int devices,
            double publishSeconds,
            double publishRate,
            long referenceReceived,
            double referenceRate,
            long explorerReceived,
            long explorerUnique,
            double explorerRate,
            double ratio,
            double latencyP50Ms,
            double latencyP99Ms,
            double latencyMaxMs,
            long dropped,
            long batches,
            double averageBatch,
            long referenceLost,
            long explorerLost,
            long peakHeapUsedMb) {}

    private final SpringCorePki pki;
    private final MosquittoBroker broker;
    private final ClientFiles files;

    FloodScenario(SpringCorePki pki, MosquittoBroker broker, ClientFiles files) {
        this.pki = pki;
        this.broker = broker;
        this.files = files;
    }

    Result run(int qos, int messages, int devices) throws Exception {
        Path[] watcher = files.identity("watcher", pki.watcherCertificate("bench-watcher"));
        List<String> ids = new ArrayList<>();
        List<Path[]> deviceFiles = new ArrayList<>();
        List<Path> lineFiles = new ArrayList<>();
        int perDevice = messages / devices;
        for (int d = 0; d < devices; d++) {
            String id = TagEvents.deviceId(d);
            ids.add(id);
            deviceFiles.add(files.identity("device-" + id, pki.deviceCertificate(id)));
            StringBuilder lines = new StringBuilder(perDevice * 200);
            int count = perDevice + (d < messages % devices ? 1 : 0);
            for (int i = 0; i < count; i++) {
                lines.append(TagEvents.json(i)).append('\n');
            }
            Path lineFile = files.file("lines-" + id + ".txt");
            Files.writeString(lineFile, lines);
            lineFiles.add(lineFile);
        }

        Process reference = new ProcessBuilder(
                        "mosquitto_sub",
                        "-h",
                        broker.host(),
                        "-p",
                        Integer.toString(broker.port()),
                        "--cafile",
                        files.caFile().toString(),
                        "--cert",
                        watcher[0].toString(),
                        "--key",
                        watcher[1].toString(),
                        "-i",
                        "bench-reference-q" + qos,
                        "-t",
                        TagEvents.PREFIX + "/+/rdr/evt",
                        "-q",
                        Integer.toString(qos),
                        "-V",
                        "mqttv5")
                .redirectError(files.file("mosquitto_sub.err").toFile())
                .start();
        LineCounter referenceLines = LineCounter.start(reference.getInputStream(), "bench-mosquitto_sub-reader");

        IngestPipeline pipeline = IngestPipeline.start(IngestSettings.defaults());
        FloodCheck check = new FloodCheck();
        pipeline.addMessageListener(new SpringCoreModel());
        pipeline.addMessageListener(check::onBatch);
        pipeline.addBatchListener(batch -> check.batchDone());
        try (HeapSampler heap = new HeapSampler();
                ProductSubscriber explorer = ProductSubscriber.connect(
                        broker,
                        pki.watcherCertificate("bench-watcher"),
                        "bench-explorer-q" + qos,
                        pki.root().certificate(),
                        TagEvents.PREFIX + "/+/rdr/evt",
                        qos,
                        pipeline::offer)) {
            probeUntilBothListen(referenceLines, check);
            long referenceMark = referenceLines.mark();
            check.startMeasuring();
            IngestStats before = pipeline.stats();

            List<Process> publishers = new ArrayList<>();
            long publishStart = System.nanoTime();
            for (int d = 0; d < devices; d++) {
                publishers.add(new ProcessBuilder(
                                "mosquitto_pub",
                                "-h",
                                broker.host(),
                                "-p",
                                Integer.toString(broker.port()),
                                "--cafile",
                                files.caFile().toString(),
                                "--cert",
                                deviceFiles.get(d)[0].toString(),
                                "--key",
                                deviceFiles.get(d)[1].toString(),
                                "-i",
                                ids.get(d),
                                "-t",
                                TagEvents.eventTopic(ids.get(d)),
                                "-q",
                                Integer.toString(qos),
                                "-l",
                                "-V",
                                "mqttv5")
                        .redirectInput(lineFiles.get(d).toFile())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(files.file("mosquitto_pub-" + ids.get(d) + ".err")
                                .toFile())
                        .start());
            }
            for (Process publisher : publishers) {
                if (!publisher.waitFor(10, TimeUnit.MINUTES) || publisher.exitValue() != 0) {
                    throw new IllegalStateException("mosquitto_pub failed: "
                            + Files.readString(
                                    files.file("mosquitto_pub-" + ids.get(publishers.indexOf(publisher)) + ".err")));
                }
            }
            long publishEnd = System.nanoTime();
            awaitBoth(referenceLines, referenceMark, check, messages);
            pipeline.flush().get(30, TimeUnit.SECONDS);

            IngestStats after = pipeline.stats();
            long referenceReceived = referenceLines.lines() - referenceMark;
            double referenceRate =
                    rate(referenceReceived, referenceLines.firstAfterMarkNanos(), referenceLines.lastNanos());
            long explorerReceived = check.floodMessages();
            double explorerRate = rate(explorerReceived, check.firstReceivedNanos(), check.lastBatchNanos());
            long batches = after.batches() - before.batches();
            double publishSeconds = (publishEnd - publishStart) / 1e9;
            return new Result(
                    qos,
                    messages,
                    devices,
                    publishSeconds,
                    messages / publishSeconds,
                    referenceReceived,
                    referenceRate,
                    explorerReceived,
                    check.uniqueMessages(),
                    explorerRate,
                    explorerRate / referenceRate,
                    millis(after.latencyP50().toNanos()),
                    millis(after.latencyP99().toNanos()),
                    millis(after.latencyMax().toNanos()),
                    after.dropped(),
                    batches,
                    batches == 0 ? 0 : (double) (after.processed() - before.processed()) / batches,
                    messages - referenceReceived,
                    messages - check.uniqueMessages(),
                    heap.peakUsed() / (1024 * 1024));
        } finally {
            pipeline.close();
            reference.destroy();
            reference.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Publishes a probe until both subscribers got one: only then is the flood measured. */
    private void probeUntilBothListen(LineCounter reference, FloodCheck explorer) throws Exception {
        Mqtt5BlockingClient control = MqttClient.builder()
                .useMqttVersion5()
                .identifier("bench-control")
                .serverHost(broker.host())
                .serverPort(broker.port())
                .sslConfig(MqttClientSslConfig.builder()
                        .keyManagerFactory(TestTls.keyManagers(pki.controlCertificate("bench-control")))
                        .trustManagerFactory(TestTls.trustManagers(pki.root().certificate()))
                        .build())
                .buildBlocking();
        control.connect();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (reference.lines() == 0 || explorer.probes() == 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("subscribers did not receive the probe within 20 s");
                }
                control.publishWith()
                        .topic(PROBE_TOPIC)
                        .payload("probe".getBytes(StandardCharsets.US_ASCII))
                        .send();
                Thread.sleep(100);
            }
        } finally {
            control.disconnect();
        }
        Thread.sleep(500); // late probes land before the mark
    }

    private static void awaitBoth(LineCounter reference, long referenceMark, FloodCheck explorer, int messages)
            throws InterruptedException {
        long lastProgress = System.nanoTime();
        long lastSeen = -1;
        while (reference.lines() - referenceMark < messages || explorer.floodMessages() < messages) {
            long seen = reference.lines() + explorer.floodMessages();
            if (seen != lastSeen) {
                lastSeen = seen;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(10)) {
                return; // messages were lost: the result reports how many
            }
            Thread.sleep(20);
        }
    }

    private static double rate(long count, long firstNanos, long lastNanos) {
        return lastNanos > firstNanos ? count / ((lastNanos - firstNanos) / 1e9) : 0;
    }

    static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    /** Runs on the dispatcher: counts flood messages and distinct (device, Sequence) pairs. */
    private static final class FloodCheck {
        private final Map<String, BitSet> sequences = new HashMap<>();
        private volatile boolean measuring;
        private volatile long probes;
        private volatile long floodMessages;
        private volatile long unique;
        private volatile long firstReceivedNanos;
        private volatile long lastBatchNanos;
        private boolean floodInBatch;

        void onBatch(List<InboundMessage> batch) {
            for (InboundMessage message : batch) {
                if (message.topic().equals(PROBE_TOPIC)) {
                    probes++;
                    continue;
                }
                if (!measuring) {
                    continue;
                }
                if (firstReceivedNanos == 0) {
                    firstReceivedNanos = message.receivedNanos();
                }
                floodInBatch = true;
                String device = message.topic().substring(TagEvents.PREFIX.length() + 1, TagEvents.PREFIX.length() + 9);
                BitSet seen = sequences.computeIfAbsent(device, d -> new BitSet());
                int sequence = TagEvents.sequenceOf(message.payload());
                if (sequence >= 0 && !seen.get(sequence)) {
                    seen.set(sequence);
                    unique++;
                }
                floodMessages++;
            }
        }

        void batchDone() {
            if (floodInBatch) {
                lastBatchNanos = System.nanoTime();
                floodInBatch = false;
            }
        }

        void startMeasuring() {
            measuring = true;
        }

        long probes() {
            return probes;
        }

        long floodMessages() {
            return floodMessages;
        }

        long uniqueMessages() {
            return unique;
        }

        long firstReceivedNanos() {
            return firstReceivedNanos;
        }

        long lastBatchNanos() {
            return lastBatchNanos;
        }
    }
}
