package com.springcoreexplorer.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.springcoreexplorer.app.cli.testing.LauncherProcess;
import com.springcoreexplorer.app.cli.testing.TestHome;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.recording.RecordingReader;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, never part of {@code verify}: the {@code record} command (its own JVM, as a user runs it)
 * against {@code mosquitto_sub} on the same QoS 1 flood of SpringCore tag events from one
 * {@code mosquitto_pub -l}, on the test fixture's real mosquitto (mutual TLS). Both subscribe first; the
 * clock starts at the first published line and stops when each process has exited with every message
 * (record: written, committed and checkpointed). Run:
 * <pre>./mvnw -B -pl app -am test -Dtest=RecordBenchmark -Dbench.record=true -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.sizes=100000,1000000]</pre>
 * Results: app/target/bench/record.txt.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.record", matches = "true")
class RecordBenchmark {

    private static final String STORE_PASSWORD = "bench-store-password";

    @TempDir
    Path home;

    @Test
    void recordAgainstMosquittoSub() throws Exception {
        SpringCorePki pki = SpringCorePki.generate("record bench");
        List<String> report = new ArrayList<>();
        try (MosquittoBroker broker = MosquittoBroker.builder(pki)
                .watcher("watcher")
                .control("control")
                .maxQueuedMessages(5_000_000)
                .start()) {
            SequencedMap<String, IssuedCertificate> identities = new LinkedHashMap<>();
            identities.put("watcher", pki.watcherCertificate("watcher"));
            TestHome.withProfiles(home, STORE_PASSWORD, broker, pki.root().certificate(), identities);
            Path ca = home.resolve("ca.pem");
            Files.writeString(ca, PemFiles.certificates(List.of(pki.root().certificate())));
            Path[] watcher = pem("watcher", pki.watcherCertificate("watcher"));
            Path[] control = pem("control", pki.controlCertificate("control"));
            for (String size :
                    System.getProperty("bench.sizes", "100000,1000000").split(",")) {
                report.add(run(broker, ca, watcher, control, Integer.parseInt(size.strip())));
            }
        }
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.write(out.resolve("record.txt"), report);
        report.forEach(System.out::println);
    }

    private String run(MosquittoBroker broker, Path ca, Path[] watcher, Path[] control, int count) throws Exception {
        String topic = "bench/" + count;
        Path flood = home.resolve("flood-" + count + ".txt");
        try (var writer = Files.newBufferedWriter(flood)) {
            for (int i = 0; i < count; i++) {
                writer.write(String.format(
                        Locale.ROOT,
                        "{\"Interface\":\"13.56\",\"Protocol\":\"NFC-A\",\"Template\":1,\"TagId\":\"04%012X\",\"Move\":\"Insert\",\"Uptime\":\"699:%d.850\"}%n",
                        i,
                        i));
            }
        }
        Path file = home.resolve("record-" + count + ".sqlite");
        LauncherProcess record = LauncherProcess.start(
                home,
                STORE_PASSWORD,
                "record",
                "watcher",
                "--out",
                file.toString(),
                "-t",
                topic + "/#",
                "--count",
                Integer.toString(count));
        await().atMost(Duration.ofSeconds(120))
                .until(() -> record.stderr().contains("# recording into") || !record.isAlive());
        assertThat(record.stderr()).as(record.toString()).contains("# recording into");

        String subId = "bench-sub-" + count;
        Process sub = new ProcessBuilder(clientArgs(
                        "mosquitto_sub",
                        broker,
                        ca,
                        watcher,
                        subId,
                        List.of("-q", "1", "-t", topic + "/#", "-C", Integer.toString(count), "-v")))
                .redirectOutput(home.resolve("sub-" + count + ".txt").toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        await().atMost(Duration.ofSeconds(60)).until(() -> broker.log().contains("Received SUBSCRIBE from " + subId));
        Thread.sleep(500);

        List<String> pub = clientArgs(
                "mosquitto_pub",
                broker,
                ca,
                control,
                "bench-pub-" + count,
                List.of("-q", "1", "-t", topic + "/x", "-l"));
        Process publisher = new ProcessBuilder(pub)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long start = System.nanoTime();
        // its input stays open until both subscribers are done: mosquitto_pub -l disconnects at end of input with QoS 1
        // messages in flight
        Thread feeder = Thread.ofPlatform().daemon(true).start(() -> {
            try {
                Files.copy(flood, publisher.getOutputStream());
                publisher.getOutputStream().flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(sub.waitFor(30, TimeUnit.MINUTES)).isTrue();
        long subNanos = System.nanoTime() - start;
        assertThat(record.waitFor()).as(record.toString()).isZero();
        long recordNanos = System.nanoTime() - start;
        feeder.join();
        publisher.getOutputStream().close();
        publisher.waitFor(60, TimeUnit.SECONDS);
        publisher.destroy();
        long rows;
        try (RecordingReader reader = RecordingReader.open(file)) {
            rows = reader.summary().messages();
        }
        long subLines = Files.lines(home.resolve("sub-" + count + ".txt")).count();
        double ratio = (double) recordNanos / subNanos;
        return String.format(
                Locale.ROOT,
                "%,d messages (QoS 1): mosquitto_sub %.2f s (%,d lines, %,.0f msg/s), record %.2f s (%,d rows, %,.0f msg/s, %.1f MB file): "
                        + "record/mosquitto_sub = %.3f (target <= %.3f) %s",
                count,
                subNanos / 1e9,
                subLines,
                count / (subNanos / 1e9),
                recordNanos / 1e9,
                rows,
                count / (recordNanos / 1e9),
                Files.size(file) / 1e6,
                ratio,
                1 / 0.95,
                ratio <= 1 / 0.95 ? "MET" : "MISSED");
    }

    private static List<String> clientArgs(
            String tool, MosquittoBroker broker, Path ca, Path[] identity, String clientId, List<String> rest) {
        List<String> command = new ArrayList<>(List.of(
                tool,
                "-h",
                broker.host(),
                "-p",
                Integer.toString(broker.port()),
                "--cafile",
                ca.toString(),
                "--cert",
                identity[0].toString(),
                "--key",
                identity[1].toString(),
                "-i",
                clientId,
                "-V",
                "mqttv5"));
        command.addAll(rest);
        return command;
    }

    private Path[] pem(String name, IssuedCertificate identity) throws IOException {
        Path cert = home.resolve(name + ".pem");
        Path key = home.resolve(name + "-key.pem");
        Files.writeString(cert, PemFiles.certificates(identity.chain()), StandardCharsets.US_ASCII);
        Files.writeString(key, PemFiles.unencryptedPrivateKey(identity.privateKey()), StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        return new Path[] {cert, key};
    }
}
