package com.springcoreexplorer.app.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.app.cli.RootCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code demo} and {@code broker-kit} commands as a user types them. */
class DemoCommandsTest {

    @TempDir
    Path home;

    record Run(int exitCode, String out, String err) {}

    private Run run(String... args) {
        CommandLine commandLine = RootCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] withHome = new String[args.length + 2];
        withHome[0] = "--home";
        withHome[1] = home.toString();
        System.arraycopy(args, 0, withHome, 2, args.length);
        int exitCode = commandLine.execute(withHome);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void headlessDemoPrintsTheBrokerAndTheExportedFilesThenStopsAfterItsDuration() {
        Path export = home.resolve("pem");
        Run run = run(
                "demo",
                "--duration",
                "1",
                "--readers",
                "2",
                "--port",
                "0",
                "--no-profiles",
                "--export-dir",
                export.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("(?m)^broker: mqtts://127\\.0\\.0\\.1:\\d+$")
                .contains(
                        "ca: " + export.resolve("ca.pem"),
                        "watcher-cert: " + export.resolve("watcher-cert.pem"),
                        "watcher-key: " + export.resolve("watcher-key.pem"),
                        "control-cert: " + export.resolve("control-cert.pem"),
                        "control-key: " + export.resolve("control-key.pem"),
                        "demo stopped");
        assertThat(run.out()).containsPattern("(?m)^readers: [0-9A-F]{8} [0-9A-F]{8}$");
        assertThat(export.resolve("control-key.pem")).exists();
    }

    @Test
    void badDemoOptionsGetOneClearLine() {
        Run readers = run("demo", "--readers", "0");
        assertThat(readers.exitCode()).isEqualTo(2);
        assertThat(readers.err()).startsWith("error: --readers must be between 1 and 50");
        Run duration = run("demo", "--duration", "-3");
        assertThat(duration.exitCode()).isEqualTo(2);
        assertThat(duration.err()).startsWith("error: --duration must be a positive number");
    }

    @Test
    void brokerKitWritesTheKitAndRefusesToOverwriteIt() throws Exception {
        Path kit = home.resolve("kit");
        Run first = run("broker-kit", "mosquitto", kit.toString(), "--hostname", "mqtt.example.org");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out())
                .contains(
                        "config: " + kit.resolve("mosquitto.conf"),
                        "acl: " + kit.resolve("acl"),
                        "readme: " + kit.resolve("README.md"),
                        "pkcs12 password (shown once, saved nowhere): ",
                        "start: mosquitto -c ");
        assertThat(Files.readString(kit.resolve("mosquitto.conf"))).contains("listener 8883\n");

        Run again = run("broker-kit", "mosquitto", kit.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).startsWith("error: ").contains("not an empty folder; choose a new folder");
        assertThat(again.err().lines()).hasSize(1);
    }

    @Test
    void brokerKitNeedsABrokerNameAndSaneOptions() {
        Run noBroker = run("broker-kit");
        assertThat(noBroker.exitCode()).isEqualTo(2);
        assertThat(noBroker.err()).contains("broker-kit mosquitto DIR");
        Run badPort = run("broker-kit", "mosquitto", home.resolve("k2").toString(), "--port", "0");
        assertThat(badPort.exitCode()).isEqualTo(2);
        assertThat(badPort.err()).startsWith("error: --port must be 1..65535");
        assertThat(home.resolve("k2")).doesNotExist();
    }
}
