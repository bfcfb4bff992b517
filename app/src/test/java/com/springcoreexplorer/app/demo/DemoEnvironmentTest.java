package com.springcoreexplorer.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.springcoreexplorer.app.demo.pki.DemoPki;
import com.springcoreexplorer.app.demo.pki.DemoPkiFiles;
import com.springcoreexplorer.app.demo.reader.ReaderListener;
import com.springcoreexplorer.app.settings.AppDirectories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole demo from a fresh data folder: PKI kept between runs, broker, readers, PEM export used by mosquitto clients. */
class DemoEnvironmentTest {

    @TempDir
    Path home;

    private DemoEnvironment.Options options(ReaderListener listener) {
        return DemoEnvironment.Options.defaults()
                .withPreferredPort(0)
                .withProfiles(false)
                .withEnvironment(Map.of())
                .withListener(listener);
    }

    @Test
    void startToFirstEventBenchmarkAndPkiKeptEncryptedBetweenRuns() throws Exception {
        AppDirectories directories = AppDirectories.under(home);
        long firstRun = startToFirstEventMillis(directories, "first run (generates the demo PKI)");
        String firstRoot = rootFingerprint(directories);
        long secondRun = startToFirstEventMillis(directories, "second run (reuses the demo PKI)");
        assertThat(rootFingerprint(directories)).isEqualTo(firstRoot);
        System.out.printf(
                "BENCHMARK demo start to first tag event at a Watcher: first run %d ms, next runs %d ms (target < 3000 ms)%n",
                firstRun, secondRun);

        Path demo = DemoEnvironment.demoDirectory(directories);
        try (Stream<Path> files = Files.walk(demo)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all)
                    .extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("demo-pki.p12", "demo-pki.password");
            for (Path file : all) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .doesNotContain("PRIVATE KEY");
            }
        }
        assertThat(Files.getPosixFilePermissions(demo.resolve("demo-pki.password")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(demo)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void storePasswordFromTheEnvironmentProtectsThePkiAndNoPasswordFileIsWritten() {
        Path folder = home.resolve("env-demo");
        DemoPki first = new DemoPkiFiles(folder, Map.of(DemoPkiFiles.PASSWORD_ENVIRONMENT_VARIABLE, "from-env"))
                .loadOrGenerate(2);
        DemoPki again = new DemoPkiFiles(folder, Map.of(DemoPkiFiles.PASSWORD_ENVIRONMENT_VARIABLE, "from-env"))
                .loadOrGenerate(3);
        assertThat(again.root().certificate()).isEqualTo(first.root().certificate());
        assertThat(again.deviceSerials()).hasSize(3).containsAll(first.deviceSerials());
        assertThat(folder.resolve("demo-pki.password")).doesNotExist();
        // another password cannot open it: a new PKI, the old file moved aside (never deleted)
        DemoPki other = new DemoPkiFiles(folder, Map.of(DemoPkiFiles.PASSWORD_ENVIRONMENT_VARIABLE, "changed"))
                .loadOrGenerate(1);
        assertThat(other.root().certificate()).isNotEqualTo(first.root().certificate());
        assertThat(folder.toFile().list()).anyMatch(name -> name.startsWith("demo-pki.p12.unreadable-"));
    }

    private long startToFirstEventMillis(AppDirectories directories, String label) throws Exception {
        long started = System.nanoTime();
        try (RunningDemo demo =
                DemoEnvironment.start(directories, options(ReaderListener.NONE)).get(60, TimeUnit.SECONDS)) {
            long ready = System.nanoTime();
            DemoPki pki = new DemoPkiFiles(DemoEnvironment.demoDirectory(directories), Map.of()).loadOrGenerate(1);
            try (MqttProbe watcher = MqttProbe.connect(
                    demo.host(),
                    demo.port(),
                    pki.watcher(),
                    "bench-watcher",
                    pki.root().certificate())) {
                watcher.subscribe(demo.prefix() + "/#");
                await().atMost(Duration.ofSeconds(10))
                        .pollInterval(Duration.ofMillis(5))
                        .until(() -> watcher.received().stream()
                                .anyMatch(p -> p.getTopic().toString().endsWith("/rdr/evt")));
                long firstEvent = System.nanoTime();
                System.out.printf(
                        "BENCHMARK %s: demo ready %d ms, first event at the Watcher %d ms after start()%n",
                        label, (ready - started) / 1_000_000, (firstEvent - started) / 1_000_000);
                assertThat(demo.readerSerials()).hasSize(DemoEnvironment.DEFAULT_READERS);
                return (firstEvent - started) / 1_000_000;
            }
        }
    }

    private static String rootFingerprint(AppDirectories directories) throws Exception {
        DemoPki pki = new DemoPkiFiles(DemoEnvironment.demoDirectory(directories), Map.of()).loadOrGenerate(1);
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(pki.root().certificate().getEncoded()));
    }

    @Test
    void exportedPemFilesWorkWithMosquittoClients() throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/mosquitto_sub")))
                .as("mosquitto-clients installed")
                .isTrue();
        ConcurrentLinkedQueue<String> commands = new ConcurrentLinkedQueue<>();
        ReaderListener listener = new ReaderListener() {
            @Override
            public void commandReceived(String serial, String command) {
                commands.add(serial + " " + command);
            }
        };
        try (RunningDemo demo = DemoEnvironment.start(
                        AppDirectories.under(home), options(listener).withReaders(2))
                .get(60, TimeUnit.SECONDS)) {
            Path exportDirectory = home.resolve("pem");
            DemoPemExport.ExportedFiles files = demo.exportPem(exportDirectory);
            assertThat(Files.readString(files.watcherKey()))
                    .contains("DEMO material", "UNENCRYPTED", "-----BEGIN PRIVATE KEY-----");
            assertThat(Files.getPosixFilePermissions(files.controlKey()))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));

            String port = String.valueOf(demo.port());
            ProcessResult sub = run(List.of(
                    "mosquitto_sub",
                    "-h",
                    "127.0.0.1",
                    "-p",
                    port,
                    "-V",
                    "mqttv5",
                    "--cafile",
                    files.ca().toString(),
                    "--cert",
                    files.watcherCert().toString(),
                    "--key",
                    files.watcherKey().toString(),
                    "-t",
                    demo.prefix() + "/+/rdr/evt",
                    "-C",
                    "1",
                    "-W",
                    "15",
                    "-v"));
            assertThat(sub.exitCode()).as(sub.output()).isZero();
            assertThat(sub.output()).startsWith(demo.prefix() + "/").contains("/rdr/evt ");

            String serial = demo.readerSerials().getFirst();
            String commandTopic = demo.prefix() + "/" + serial + "/rdr/cmd";
            ProcessResult watcherPub = run(List.of(
                    "mosquitto_pub",
                    "-h",
                    "127.0.0.1",
                    "-p",
                    port,
                    "-V",
                    "mqttv5",
                    "-q",
                    "1",
                    "--cafile",
                    files.ca().toString(),
                    "--cert",
                    files.watcherCert().toString(),
                    "--key",
                    files.watcherKey().toString(),
                    "-t",
                    commandTopic,
                    "-m",
                    "{\"Buzzer\":1}"));
            System.out.println("mosquitto_pub as Watcher: exit " + watcherPub.exitCode() + ": "
                    + watcherPub.output().strip());
            assertThat(watcherPub.output()).containsIgnoringCase("not authorized");

            ProcessResult controlPub = run(List.of(
                    "mosquitto_pub",
                    "-h",
                    "127.0.0.1",
                    "-p",
                    port,
                    "-V",
                    "mqttv5",
                    "-q",
                    "1",
                    "--cafile",
                    files.ca().toString(),
                    "--cert",
                    files.controlCert().toString(),
                    "--key",
                    files.controlKey().toString(),
                    "-t",
                    commandTopic,
                    "-m",
                    "{\"Sequence\":35}"));
            assertThat(controlPub.exitCode()).as(controlPub.output()).isZero();
            await().atMost(Duration.ofSeconds(5)).until(() -> commands.contains(serial + " {\"Sequence\":35}"));
            assertThat(commands).doesNotContain(serial + " {\"Buzzer\":1}");
        }
    }

    record ProcessResult(int exitCode, String output) {}

    private ProcessResult run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(home, "process", ".out");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("timed out: " + command + ": " + Files.readString(output));
        }
        return new ProcessResult(process.exitValue(), Files.readString(output));
    }
}
