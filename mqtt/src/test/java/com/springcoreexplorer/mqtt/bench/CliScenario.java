package com.springcoreexplorer.mqtt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.certstore.testing.ChildJvm;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What a user runs, against what they would compare it with: the real {@code springcore-explorer sub}
 * (the packaged jar, a fresh JVM per run, {@code java -jar}) and {@code mosquitto_sub} ({@code -v} for
 * text, {@code -F %j} for JSON) subscribed to the same mosquitto over mutual TLS, receiving the same
 * flood in the same run. Both are timed from the first published line to their last printed line; every
 * printed line is checked for its (device, Sequence) pair, so a loss cannot hide behind a duplicate.
 */
final class CliScenario {

    private static final String FILTER = TagEvents.PREFIX + "/+/rdr/evt";
    static final String PROBE_DEVICE = "PROBE";
    private static final String PROBE_TOPIC = TagEvents.eventTopic(PROBE_DEVICE);
    private static final String STORE_PASSWORD = "bench-store-password";
    private static final String IDENTITY = "bench-watcher";

    record Result(
            String mode,
            int qos,
            int messages,
            int round,
            int devices,
            double publishSeconds,
            double referenceSeconds,
            long referenceLines,
            long referenceUnique,
            double explorerSeconds,
            long explorerLines,
            long explorerUnique,
            double speedRatio,
            boolean targetMet,
            long droppedReported,
            String loadAverage,
            double referenceCpuSeconds,
            double explorerCpuSeconds,
            long brokerReceived) {}

    private final SpringCorePki pki;
    private final MosquittoBroker broker;
    private final ClientFiles files;
    private final Path appJar;
    private final Path home;
    private final Path[] watcher;
    private final Map<String, List<Path>> floods = new HashMap<>();
    private final Map<String, Path[]> devices = new HashMap<>();
    private int runs;

    private final Path outputDirectory;

    CliScenario(SpringCorePki pki, MosquittoBroker broker, ClientFiles files, Path appJar, Path outputDirectory)
            throws Exception {
        this.outputDirectory = outputDirectory;
        this.pki = pki;
        this.broker = broker;
        this.files = files;
        this.appJar = appJar;
        this.home = files.file("explorer-home");
        this.watcher = files.identity("cli-watcher", pki.watcherCertificate(IDENTITY));
        prepareHome();
    }

    /** The user's set-up, with the app's own commands: trust the root, import the Watcher, add a profile. */
    private void prepareHome() throws Exception {
        app("trust", "add", files.caFile().toString());
        JsonNode anchors = new ObjectMapper().readTree(app("trust", "list", "--json"));
        app("certs", "import", watcher[0].toString(), watcher[1].toString(), "--name", IDENTITY);
        app(
                "profiles",
                "add",
                "bench",
                "--host",
                broker.host(),
                "--port",
                Integer.toString(broker.port()),
                "--identity",
                IDENTITY,
                "--trust",
                anchors.get(0).get("name").asText(),
                "--client-id",
                "bench-cli-sub");
    }

    private String app(String... args) throws Exception {
        Process process =
                appProcess(args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("springcore-explorer " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    private ProcessBuilder appProcess(String... args) {
        List<String> command = new ArrayList<>(ChildJvm.javaCommand()); // java + the pom's jvm.runtime.flags
        String extra = System.getProperty("bench.cliJvmOptions", "").trim(); // e.g. a JFR recording, an AOT cache
        if (!extra.isEmpty() && args[0].equals("sub")) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", appJar.toString(), "--home", home.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SPRINGCORE_EXPLORER_STORE_PASSWORD", STORE_PASSWORD);
        return builder;
    }

    Result run(boolean json, int qos, int messages, int round, int devices) throws Exception {
        List<Path> lineFiles = floodFiles(messages, devices);
        for (int d = 0; d < devices; d++) {
            deviceFiles(TagEvents.deviceId(d));
        }
        int run = ++runs;
        long logStart = Files.size(broker.logFile()); // this run's part of the broker's log starts here
        List<String> reference = new ArrayList<>(List.of(
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
                "bench-cli-reference",
                "-t",
                FILTER,
                "-q",
                Integer.toString(qos),
                "-V",
                "mqttv5"));
        reference.addAll(json ? List.of("-F", "%j") : List.of("-v"));
        Process referenceProcess = new ProcessBuilder(reference)
                .redirectError(files.file("cli-reference-" + run + ".err").toFile())
                .start();
        OutputCheck referenceCheck = OutputCheck.start(referenceProcess.getInputStream(), "bench-cli-reference-reader");
        List<String> sub = new ArrayList<>(List.of("sub", "bench", "-t", FILTER));
        if (json) {
            sub.add("--json");
        }
        Path subErrors = files.file("cli-sub-" + run + ".err");
        Process explorerProcess = appProcess(sub.toArray(String[]::new))
                .redirectError(subErrors.toFile())
                .start();
        OutputCheck explorerCheck = OutputCheck.start(explorerProcess.getInputStream(), "bench-cli-sub-reader");
        List<Process> publishers = new ArrayList<>();
        CountDownLatch received = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(devices);
        try {
            probeUntilBothPrint(referenceCheck, explorerCheck);
            referenceCheck.mark();
            explorerCheck.mark();
            double referenceCpuBefore = cpuSeconds(referenceProcess);
            double explorerCpuBefore = cpuSeconds(explorerProcess);
            long publishStart = System.nanoTime();
            for (int d = 0; d < devices; d++) {
                publishers.add(publisher(TagEvents.deviceId(d), qos, lineFiles.get(d), written, received));
            }
            long publishEnd = awaitPublishers(written);
            awaitBoth(referenceCheck, explorerCheck, messages);
            received.countDown();
            double referenceCpu = cpuSeconds(referenceProcess) - referenceCpuBefore;
            double explorerCpu = cpuSeconds(explorerProcess) - explorerCpuBefore;
            String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            double referenceSeconds = (referenceCheck.lastNanos() - publishStart) / 1e9;
            double explorerSeconds = (explorerCheck.lastNanos() - publishStart) / 1e9;
            keepThreadCpu(run, explorerProcess);
            explorerProcess.destroy(); // SIGTERM, as Ctrl-C: sub says goodbye to the broker and exits
            explorerProcess.waitFor(30, TimeUnit.SECONDS);
            long dropped = Files.readAllLines(subErrors).stream()
                    .filter(l -> l.startsWith("# dropped"))
                    .count();
            double ratio = explorerSeconds > 0 ? referenceSeconds / explorerSeconds : 0;
            long brokerReceived = keepBrokerLog(run, logStart);
            return new Result(
                    json ? "json" : "text",
                    qos,
                    messages,
                    round,
                    devices,
                    (publishEnd - publishStart) / 1e9,
                    referenceSeconds,
                    referenceCheck.linesAfterMark(),
                    referenceCheck.unique(),
                    explorerSeconds,
                    explorerCheck.linesAfterMark(),
                    explorerCheck.unique(),
                    ratio,
                    ratio >= 0.95 && explorerCheck.unique() == messages,
                    dropped,
                    load,
                    referenceCpu,
                    explorerCpu,
                    brokerReceived);
        } finally {
            received.countDown();
            publishers.forEach(Process::destroy);
            explorerProcess.destroy();
            referenceProcess.destroy();
            // the next run's subscribers use the same client IDs: a survivor would take turns with them
            for (Process process : List.of(explorerProcess, referenceProcess)) {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
            keepSubErrors(run, subErrors);
        }
    }

    /**
     * One {@code mosquitto_pub -l} per device. Its input stays open until the subscribers have everything:
     * at the end of its input mosquitto_pub quits with messages still queued or in flight, and those never
     * reach the broker (at QoS 1, and at QoS 0 too once a flood outruns its socket: a 1M QoS 0 run with the
     * input closed at its end delivered 397,101 messages, to mosquitto_sub and sub alike).
     */
    private Process publisher(String id, int qos, Path lines, CountDownLatch written, CountDownLatch received)
            throws IOException {
        Path[] device = deviceFiles(id);
        ProcessBuilder builder = new ProcessBuilder(
                        "mosquitto_pub",
                        "-h",
                        broker.host(),
                        "-p",
                        Integer.toString(broker.port()),
                        "--cafile",
                        files.caFile().toString(),
                        "--cert",
                        device[0].toString(),
                        "--key",
                        device[1].toString(),
                        "-i",
                        id,
                        "-t",
                        TagEvents.eventTopic(id),
                        "-q",
                        Integer.toString(qos),
                        "-l",
                        "-V",
                        "mqttv5")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(files.file("cli-pub-" + id + ".err").toFile());
        Process process = builder.start();
        Thread.ofPlatform().daemon(true).name("bench-cli-feed-" + id).start(() -> {
            try (OutputStream in = process.getOutputStream()) {
                try {
                    Files.copy(lines, in);
                    in.flush();
                } finally {
                    written.countDown();
                }
                received.await(10, TimeUnit.MINUTES);
            } catch (IOException | InterruptedException e) {
                // the run ended or failed; its figures say so
            }
        });
        return process;
    }

    /**
     * CPU time the process used so far (user + system, all its threads: for sub that includes the JIT and
     * the GC), from /proc: unlike a duration, it hardly depends on what else the machine runs.
     */
    private static double cpuSeconds(Process process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime in USER_HZ (100)
        } catch (IOException | RuntimeException gone) {
            return Double.NaN;
        }
    }

    /**
     * Where sub's CPU time went since it started, by thread (JIT compilers, GC, Netty, the dispatcher), from
     * /proc: what a sampling profiler does not show. Thread names with their numbers folded together.
     */
    private void keepThreadCpu(int run, Process process) {
        Map<String, Double> byName = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[0-9]+", "#");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                    byName.merge(name, cpu, Double::sum);
                } catch (IOException | RuntimeException threadGone) {
                    // the thread ended meanwhile
                }
            }
            StringBuilder text = new StringBuilder();
            byName.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> text.append(
                            String.format(java.util.Locale.ROOT, "%8.2f s  %s%n", e.getValue(), e.getKey())));
            Files.createDirectories(outputDirectory);
            Files.writeString(outputDirectory.resolve("cli-sub-" + run + ".threads"), text);
        } catch (IOException | RuntimeException gone) {
            // not on Linux, or sub already exited: the run's figures do without it
        }
    }

    /** sub's stderr, per run. */
    private void keepSubErrors(int run, Path subErrors) throws IOException {
        Files.createDirectories(outputDirectory);
        if (Files.exists(subErrors)) {
            Files.copy(
                    subErrors,
                    outputDirectory.resolve("cli-sub-" + run + ".err"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * What the broker logged during this run about the two subscribers (connects, drops) and the publishers
     * (reconnects), kept per run; returns how many flood messages the broker received from the publishers:
     * a subscriber can print no more than that (a publisher that reconnects under load loses what it had in
     * flight at QoS 0, for both subscribers alike).
     */
    private long keepBrokerLog(int run, long logStart) throws IOException {
        List<String> kept = new ArrayList<>();
        long received = 0;
        try (var channel = java.nio.channels.FileChannel.open(broker.logFile());
                var reader = new java.io.BufferedReader(
                        java.nio.channels.Channels.newReader(channel.position(logStart), StandardCharsets.ISO_8859_1),
                        1 << 16)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.contains("Received PUBLISH from DA")) {
                    received++; // the devices' ids (TagEvents.deviceId); the probes come from bench-cli-control
                } else if (!line.contains("PUBLISH") && !line.contains("PUBACK") && !line.contains("PINGRE")) {
                    kept.add(line);
                }
            }
        }
        Files.createDirectories(outputDirectory);
        Files.write(outputDirectory.resolve("cli-broker-" + run + ".log"), kept);
        return received;
    }

    private Path[] deviceFiles(String id) throws IOException {
        Path[] known = devices.get(id);
        if (known == null) {
            known = files.identity("cli-device-" + id, pki.deviceCertificate(id));
            devices.put(id, known);
        }
        return known;
    }

    /** When every publisher had read its whole input (they stay connected until the subscribers have everything). */
    private static long awaitPublishers(CountDownLatch written) throws InterruptedException {
        written.await(10, TimeUnit.MINUTES);
        return System.nanoTime();
    }

    private List<Path> floodFiles(int messages, int devices) throws IOException {
        String key = messages + "x" + devices;
        List<Path> existing = floods.get(key);
        if (existing != null) {
            return existing;
        }
        List<Path> paths = new ArrayList<>();
        for (int d = 0; d < devices; d++) {
            int count = messages / devices + (d < messages % devices ? 1 : 0);
            StringBuilder lines = new StringBuilder(count * 240);
            for (int i = 0; i < count; i++) {
                lines.append(TagEvents.json(i)).append('\n');
            }
            Path file = files.file("cli-lines-" + key + "-" + d + ".txt");
            Files.writeString(file, lines);
            paths.add(file);
        }
        floods.put(key, paths);
        return paths;
    }

    private void probeUntilBothPrint(OutputCheck reference, OutputCheck explorer) throws Exception {
        Mqtt5BlockingClient control = MqttClient.builder()
                .useMqttVersion5()
                .identifier("bench-cli-control")
                .serverHost(broker.host())
                .serverPort(broker.port())
                .sslConfig(MqttClientSslConfig.builder()
                        .keyManagerFactory(TestTls.keyManagers(pki.controlCertificate("bench-control")))
                        .trustManagerFactory(TestTls.trustManagers(pki.root().certificate()))
                        .build())
                .buildBlocking();
        control.connect();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180); // a JVM start on a busy machine is slow
            while (reference.probes() == 0 || explorer.probes() == 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("subscribers printed no probe within 180 s");
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

    /** Until both printed every message, or neither printed anything new for 15 s (a loss: the result shows it). */
    private static void awaitBoth(OutputCheck reference, OutputCheck explorer, int messages)
            throws InterruptedException {
        long lastProgress = System.nanoTime();
        long lastSeen = -1;
        while (reference.unique() < messages || explorer.unique() < messages) {
            long seen = reference.lines() + explorer.lines();
            if (seen != lastSeen) {
                lastSeen = seen;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(15)) {
                return;
            }
            Thread.sleep(20);
        }
    }
}
