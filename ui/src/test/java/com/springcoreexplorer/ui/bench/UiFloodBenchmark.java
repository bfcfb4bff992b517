package com.springcoreexplorer.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.ingest.IngestStats;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.ui.connection.ProfileForm;
import com.springcoreexplorer.ui.fx.PulseGapMeter;
import com.springcoreexplorer.ui.testing.Fx;
import com.springcoreexplorer.ui.testing.MosquittoClients;
import com.springcoreexplorer.ui.testing.Screenshots;
import com.springcoreexplorer.ui.testing.TestHome;
import com.springcoreexplorer.ui.testing.WindowFixture;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * UI flood benchmark (not a timed test: {@code ./mvnw -pl ui -am -Pbench verify}). Real mosquitto over
 * mutual TLS, the real engine and the real window (headless Monocle): {@value #PUBLISHERS}
 * {@code mosquitto_pub -l} processes paced to {@value #RATE} msg/s in total for {@value #SECONDS} s of
 * SpringCore tag events. Measures the gap between FX pulses while idle (the reference, same run) and
 * during the flood: p50, p99, max. Targets: p99 < 50 ms, max < 250 ms.
 */
@Tag("bench")
class UiFloodBenchmark {

    static final int PUBLISHERS = 4;
    static final int RATE = 20_000;
    static final int SECONDS = 10;
    static final String PREFIX = "springcard/springcore";

    @Test
    void fxPulsesStayRegularUnderA20kMessagesPerSecondFlood() throws Exception {
        SpringCorePki pki = SpringCorePki.generate("UI bench");
        try (MosquittoBroker broker = MosquittoBroker.builder(pki)
                        .watcher("bench-watcher")
                        .control("bench-control")
                        .maxQueuedMessages(1_000_000)
                        .start();
                TestHome home = new TestHome("bench")) {
            watcherProfile(pki, broker, home);
            IssuedCertificate control = pki.controlCertificate("bench-control");
            Path cert = home.certificateFile("control.pem", control);
            Path key = home.plainKeyFile("control.key", control);

            try (WindowFixture fixture = WindowFixture.open(home)) {
                connect(fixture);

                // the reference is a settled window: the start-up table warm-up (a second or so) is over
                Fx.await(
                        "start-up warm-up over",
                        Duration.ofSeconds(30),
                        () -> fixture.window().warmUpFinished());
                PulseGapMeter idle = new PulseGapMeter(100_000);
                Fx.run(idle::start);
                Thread.sleep(3_000);
                PulseGapMeter.Summary idleGaps = Fx.get(() -> {
                    idle.stop();
                    return idle.summary();
                });

                List<Process> publishers = new ArrayList<>();
                for (int p = 0; p < PUBLISHERS; p++) {
                    List<String> command = new ArrayList<>(List.of("mosquitto_pub"));
                    command.addAll(MosquittoClients.tls(broker, cert, key, "bench-pub-" + p));
                    command.addAll(List.of("-q", "0", "-l", "-t", PREFIX + "/R" + p + "/rdr/evt"));
                    publishers.add(new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start());
                }
                Thread.sleep(1_000);
                PulseGapMeter flood = new PulseGapMeter(100_000);
                Fx.run(flood::start);
                long sent = pace(publishers);
                long floodEnd = System.nanoTime();
                for (Process publisher : publishers) {
                    publisher.getOutputStream().close();
                    publisher.waitFor(20, TimeUnit.SECONDS);
                }
                // backpressure: what the engine has not read yet waits at the broker; the flood is over
                // when every message reached the engine (or 60 s passed: the report then says how many did not)
                long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (home.engine().pipeline().stats().received() < sent && System.nanoTime() < drainDeadline) {
                    Thread.sleep(50);
                }
                home.engine().pipeline().flush().get(30, TimeUnit.SECONDS);
                Thread.sleep(500);
                PulseGapMeter.Summary floodGaps = Fx.get(() -> {
                    flood.stop();
                    return flood.summary();
                });
                double[] floodSeries = Fx.get(flood::gapsMillis);
                double[][] floodCpu = Fx.get(flood::gapsWithCpuMillis);
                long drainMillis = (System.nanoTime() - floodEnd) / 1_000_000;
                IngestStats stats = home.engine().pipeline().stats();
                long shown =
                        Fx.get(() -> fixture.window().events().totalProperty().get());
                Screenshots.write(fixture.stage().getScene(), "bench-after-flood");

                String report = String.format(
                        Locale.ROOT,
                        """
                        UI flood benchmark (%d publishers, paced %,d msg/s for %d s, QoS 0, mutual TLS, headless Monocle)
                        sent %,d; received by the engine %,d; dropped %,d; tag events reaching the table model %,d
                        FX pulse gap idle (reference): pulses %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms
                        FX pulse gap under flood:      pulses %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms
                        slowest 1%% of flood gaps: mean %.1f ms, FX thread CPU within them %.1f ms, renderer thread CPU %.1f ms
                        p99 flood / idle: %.2f; engine drained %d ms after the last line was written
                        pulse applies: %d (merged updates reaching the FX thread), FX time in appliers: total %d ms, longest %.1f ms
                        machine load average at the end: %s; JIT: %s
                        """,
                        PUBLISHERS,
                        RATE,
                        SECONDS,
                        sent,
                        stats.received(),
                        stats.dropped(),
                        shown,
                        idleGaps.pulses(),
                        idleGaps.p50Millis(),
                        idleGaps.p99Millis(),
                        idleGaps.maxMillis(),
                        floodGaps.pulses(),
                        floodGaps.p50Millis(),
                        floodGaps.p99Millis(),
                        floodGaps.maxMillis(),
                        floodGaps.slowGapMeanMillis(),
                        floodGaps.slowGapFxCpuMeanMillis(),
                        floodGaps.slowGapRendererCpuMeanMillis(),
                        floodGaps.p99Millis() / Math.max(0.001, idleGaps.p99Millis()),
                        drainMillis,
                        Fx.get(() -> fixture.window().live().appliedUpdates()),
                        Fx.get(() -> fixture.window().live().applyNanosTotal()) / 1_000_000,
                        Fx.get(() -> fixture.window().live().applyNanosMax()) / 1e6,
                        Files.readString(Path.of("/proc/loadavg")).strip(),
                        jit());
                System.out.println(report);
                Files.createDirectories(Path.of("target", "bench"));
                Files.writeString(Path.of("target", "bench", "ui-flood.txt"), report);
                Files.writeString(Path.of("target", "bench", "ui-flood-gaps.csv"), gapSeries(floodCpu));
                PulseGapChart.write(
                        Path.of("target", "bench", "ui-flood.png"),
                        floodSeries,
                        String.format(
                                Locale.ROOT,
                                "flood: %d pulses, p50 %.1f ms, p99 %.1f ms, max %.1f ms; idle (same run) p99 %.1f ms; %,d received, %,d dropped; load %s",
                                floodGaps.pulses(),
                                floodGaps.p50Millis(),
                                floodGaps.p99Millis(),
                                floodGaps.maxMillis(),
                                idleGaps.p99Millis(),
                                stats.received(),
                                stats.dropped(),
                                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
                assertThat(stats.received()).as("the flood reached the engine").isPositive();
                assertThat(floodGaps.pulses()).isGreaterThan(0);
                Fx.run(() -> fixture.window().connection().disconnect());
            }
        }
    }

    static final int CHART_SERIES = 10;
    static final int CHART_RATE = 1_000;
    static final int CHART_SECONDS = 20;
    static final int CHART_PRELOAD = 100_000;

    /**
     * Charts running: {@value #CHART_SERIES} series of RSSI (one per reader topic, through the real
     * chart feed) each preloaded with {@value #CHART_PRELOAD} points, then {@value #CHART_RATE} points/s
     * in all from {@value #CHART_SERIES} paced {@code mosquitto_pub -l} for {@value #CHART_SECONDS} s.
     * Pulse gaps with the loaded charts idle (reference, same run) and while they stream. Target p99 < 50 ms.
     */
    @Test
    void fxPulsesStayRegularWithTenChartSeriesStreaming() throws Exception {
        SpringCorePki pki = SpringCorePki.generate("UI chart bench");
        try (MosquittoBroker broker = MosquittoBroker.builder(pki)
                        .watcher("bench-watcher")
                        .control("bench-control")
                        .start();
                TestHome home = new TestHome("chart-bench")) {
            watcherProfile(pki, broker, home);
            IssuedCertificate control = pki.controlCertificate("bench-control");
            Path cert = home.certificateFile("control.pem", control);
            Path key = home.plainKeyFile("control.key", control);

            try (WindowFixture fixture = WindowFixture.open(home)) {
                connect(fixture);
                Fx.await(
                        "start-up warm-up over",
                        Duration.ofSeconds(30),
                        () -> fixture.window().warmUpFinished());

                var charts = Fx.get(() -> fixture.window().showCharts());
                List<com.springcoreexplorer.ui.charts.SeriesKey> keys = new ArrayList<>();
                for (int i = 0; i < CHART_SERIES; i++) {
                    keys.add(new com.springcoreexplorer.ui.charts.SeriesKey(PREFIX + "/C" + i + "/rdr/evt", "/RSSI"));
                }
                Fx.run(() -> keys.forEach(charts::addSeries));
                // the last hour as history: 100k points per series, ending now
                double now = System.currentTimeMillis() / 1000.0;
                for (int s = 0; s < CHART_SERIES; s++) {
                    double[] times = new double[CHART_PRELOAD];
                    double[] values = new double[CHART_PRELOAD];
                    for (int i = 0; i < CHART_PRELOAD; i++) {
                        times[i] = now - 3600 + i * (3600.0 / CHART_PRELOAD);
                        values[i] = -40 - s * 3 - (i % 97) / 10.0;
                    }
                    charts.offer(new com.springcoreexplorer.ui.charts.SeriesPoints(keys.get(s), times, values));
                }
                Fx.await(
                        "preloaded",
                        Duration.ofSeconds(60),
                        () -> keys.stream().allMatch(k -> charts.pointCount(k) == CHART_PRELOAD));
                // the reference starts once the loaded charts were drawn and the window settled: the first
                // draw of the preloaded points is not "idle" (measured from its start, a 3 s window that
                // one long draw fills shows no pulse at all)
                PulseGapMeter settling = new PulseGapMeter(1_000);
                Fx.run(settling::start);
                Fx.await(
                        "charts drawn, window settled",
                        Duration.ofSeconds(120),
                        () -> settling.summary().pulses() >= 30);
                Fx.run(settling::stop);

                PulseGapMeter idle = new PulseGapMeter(100_000);
                Fx.run(idle::start);
                Thread.sleep(3_000);
                PulseGapMeter.Summary idleGaps = Fx.get(() -> {
                    idle.stop();
                    return idle.summary();
                });

                List<Process> publishers = new ArrayList<>();
                for (int p = 0; p < CHART_SERIES; p++) {
                    List<String> command = new ArrayList<>(List.of("mosquitto_pub"));
                    command.addAll(MosquittoClients.tls(broker, cert, key, "chart-pub-" + p));
                    command.addAll(List.of("-q", "0", "-l", "-t", PREFIX + "/C" + p + "/rdr/evt"));
                    publishers.add(new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start());
                }
                Thread.sleep(1_000);
                PulseGapMeter streaming = new PulseGapMeter(100_000);
                Fx.run(streaming::start);
                long sent = paceCharts(publishers);
                for (Process publisher : publishers) {
                    publisher.getOutputStream().close();
                    publisher.waitFor(20, TimeUnit.SECONDS);
                }
                home.engine().pipeline().flush().get(30, TimeUnit.SECONDS);
                Thread.sleep(1_000);
                PulseGapMeter.Summary gaps = Fx.get(() -> {
                    streaming.stop();
                    return streaming.summary();
                });
                double[] series = Fx.get(streaming::gapsMillis);
                double[][] seriesCpu = Fx.get(streaming::gapsWithCpuMillis);
                long plotted =
                        Fx.get(() -> keys.stream().mapToLong(charts::pointCount).sum())
                                - (long) CHART_SERIES * CHART_PRELOAD;
                Screenshots.write(charts, "bench-charts-streaming");

                String report = String.format(
                        Locale.ROOT,
                        """
                        UI chart benchmark (%d series preloaded with %,d points each, then %,d points/s in all for %d s over mosquitto, mutual TLS, headless Monocle)
                        points sent %,d; live points plotted %,d
                        FX pulse gap, charts loaded and idle (reference): pulses %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms
                        FX pulse gap, charts streaming:                   pulses %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms
                        slowest 1%% of streaming gaps: mean %.1f ms, FX thread CPU within them %.1f ms, renderer thread CPU %.1f ms
                        p99 streaming / idle: %.2f
                        machine load average at the end: %s
                        """,
                        CHART_SERIES,
                        CHART_PRELOAD,
                        CHART_RATE,
                        CHART_SECONDS,
                        sent,
                        plotted,
                        idleGaps.pulses(),
                        idleGaps.p50Millis(),
                        idleGaps.p99Millis(),
                        idleGaps.maxMillis(),
                        gaps.pulses(),
                        gaps.p50Millis(),
                        gaps.p99Millis(),
                        gaps.maxMillis(),
                        gaps.slowGapMeanMillis(),
                        gaps.slowGapFxCpuMeanMillis(),
                        gaps.slowGapRendererCpuMeanMillis(),
                        gaps.p99Millis() / Math.max(0.001, idleGaps.p99Millis()),
                        Files.readString(Path.of("/proc/loadavg")).strip());
                System.out.println(report);
                Files.createDirectories(Path.of("target", "bench"));
                Files.writeString(Path.of("target", "bench", "ui-charts.txt"), report);
                Files.writeString(Path.of("target", "bench", "ui-charts-gaps.csv"), gapSeries(seriesCpu));
                PulseGapChart.write(
                        Path.of("target", "bench", "ui-charts.png"),
                        series,
                        String.format(
                                Locale.ROOT,
                                "charts streaming: %d pulses, p50 %.1f ms, p99 %.1f ms, max %.1f ms; idle (same run) p99 %.1f ms; load %s",
                                gaps.pulses(),
                                gaps.p50Millis(),
                                gaps.p99Millis(),
                                gaps.maxMillis(),
                                idleGaps.p99Millis(),
                                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
                assertThat(plotted).as("live points reached the charts").isPositive();
                Fx.run(() -> fixture.window().connection().disconnect());
            }
        }
    }

    /** CHART_RATE tag events a second spread over the chart publishers, every 10 ms, for CHART_SECONDS. */
    private static long paceCharts(List<Process> publishers) throws Exception {
        List<OutputStream> outputs =
                publishers.stream().map(Process::getOutputStream).toList();
        long start = System.nanoTime();
        long sent = 0;
        int perTick = CHART_RATE / 100;
        for (int tick = 0; tick < CHART_SECONDS * 100; tick++) {
            for (int i = 0; i < perTick; i++) {
                long n = sent + i;
                int p = (int) (n % outputs.size());
                String line = "{\"Interface\":\"13.56\",\"TagId\":\"" + tagId(n) + "\",\"RSSI\":-"
                        + (40 + p * 3 + n % 7) + "}\n";
                outputs.get(p).write(line.getBytes(StandardCharsets.US_ASCII));
            }
            for (OutputStream out : outputs) {
                out.flush();
            }
            sent += perTick;
            long next = start + (tick + 1) * 10_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        return sent;
    }

    /** The JIT this JVM runs with: the launchers' C1-only flag comes through surefire's argLine (jvm.runtime.flags). */
    private static String jit() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-XX:TieredStopAtLevel"))
                .reduce((first, last) -> last)
                .map(flag -> flag + " (the launchers' flag)")
                .orElse("tiered C1 + C2 (JVM default)");
    }

    /** "04" + n as 12 upper-case hex digits, without String.format: the pacer shares the 2 cores with the window it measures. */
    private static String tagId(long n) {
        String hex = Long.toHexString(n).toUpperCase(Locale.ROOT);
        return "04" + "0".repeat(Math.max(0, 12 - hex.length())) + hex;
    }

    /**
     * One line per pulse: ms since the measure started, the gap before it (where the long ones fall in
     * time), and the FX and renderer threads' CPU within it (working or waiting).
     */
    private static String gapSeries(double[][] gaps) {
        StringBuilder csv = new StringBuilder("at_ms,gap_ms,fx_cpu_ms,renderer_cpu_ms\n");
        double at = 0;
        for (double[] gap : gaps) {
            at += gap[0];
            csv.append(String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f%n", at, gap[0], gap[1], gap[2]));
        }
        return csv.toString();
    }

    /** Writes RATE lines a second, spread over the publishers, every 10 ms, for SECONDS. */
    private static long pace(List<Process> publishers) throws Exception {
        List<OutputStream> outputs =
                publishers.stream().map(Process::getOutputStream).toList();
        int perTickPerPublisher = RATE / 100 / publishers.size();
        long start = System.nanoTime();
        long sent = 0;
        for (int tick = 0; tick < SECONDS * 100; tick++) {
            for (int p = 0; p < outputs.size(); p++) {
                StringBuilder lines = new StringBuilder(perTickPerPublisher * 170);
                for (int i = 0; i < perTickPerPublisher; i++) {
                    long n = sent + i;
                    lines.append("{\"Interface\":\"13.56\",\"Protocol\":\"NFC-A\",\"Template\":1,\"TagId\":\"")
                            .append(tagId(n))
                            .append("\",\"Move\":\"Insert\",\"RSSI\":-")
                            .append(40 + n % 40)
                            .append(",\"Uptime\":\"1:")
                            .append(n)
                            .append(".000\"}\n");
                }
                outputs.get(p).write(lines.toString().getBytes(StandardCharsets.US_ASCII));
                outputs.get(p).flush();
                sent += perTickPerPublisher;
            }
            long next = start + (tick + 1) * 10_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        return sent;
    }

    /** The store trusts the benchmark's root and holds a Watcher identity; profile "Bench" subscribes to everything. */
    private static void watcherProfile(SpringCorePki pki, MosquittoBroker broker, TestHome home) throws Exception {
        var store = home.certificates().store();
        store.addTrustAnchors(List.of(new ImportFile(
                "root.pem",
                PemFiles.certificates(List.of(pki.root().certificate())).getBytes(StandardCharsets.US_ASCII))));
        IssuedCertificate watcher = pki.watcherCertificate("bench-watcher");
        String pem = PemFiles.certificates(watcher.chain()) + PemFiles.unencryptedPrivateKey(watcher.privateKey());
        store.save(
                store.importPreview(
                        List.of(new ImportFile("w.pem", pem.getBytes(StandardCharsets.US_ASCII))),
                        ImportPasswords.none()),
                "Watcher",
                "");
        home.engine()
                .connection()
                .save(new ProfileForm(
                        "Bench",
                        broker.host(),
                        broker.port(),
                        "Watcher",
                        List.of(),
                        "",
                        true,
                        PREFIX,
                        List.of(PREFIX + "/#")));
    }

    /** The window connects with profile "Bench", as a user would. */
    private static void connect(WindowFixture fixture) {
        Fx.run(() -> fixture.window().connection().reload());
        Fx.await("profile", () -> fixture.window().connection().profile("Bench") != null);
        Fx.run(() -> {
            fixture.window().connection().selectedProfileProperty().set("Bench");
            fixture.window().connection().connect();
        });
        Fx.await(
                "connected",
                Duration.ofSeconds(30),
                () -> fixture.window().connection().statusProperty().get().connected());
    }
}
