package com.springcoreexplorer.app.cli.demo;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.CommandContext;
import com.springcoreexplorer.app.demo.DemoEnvironment;
import com.springcoreexplorer.app.demo.DemoPemExport;
import com.springcoreexplorer.app.demo.RunningDemo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code springcore-explorer demo}: the demo broker and simulated readers, without the window. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Run the demo without the window: an embedded MQTT 5 broker on 127.0.0.1 (8883 when free)",
            "with mutual TLS and the SpringCore roles, and simulated readers publishing tag events.",
            "Also puts the demo Watcher and Control identities in your certificate store with a profile each",
            "(\"Demo (Watcher)\", \"Demo (Control)\") when the store can be opened. Runs until Ctrl+C or --duration."
        },
        footer = {
            "",
            "Example: springcore-explorer demo --export-dir demo-pem",
            "         mosquitto_sub -h 127.0.0.1 -p 8883 --cafile demo-pem/ca.pem --cert demo-pem/watcher-cert.pem \\",
            "             --key demo-pem/watcher-key.pem -t 'springcard/springcore/#' -v"
        })
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    CommandContext context;

    @Option(names = "--duration", paramLabel = "S", description = "Stop after S seconds (default: run until Ctrl+C).")
    Long durationSeconds;

    @Option(
            names = "--export-dir",
            paramLabel = "DIR",
            description =
                    "Write ca.pem and the Watcher/Control certificates and keys as PEM into DIR (keys unencrypted: demo material).")
    Path exportDirectory;

    @Option(
            names = "--readers",
            paramLabel = "N",
            defaultValue = "5",
            description = "Number of simulated readers, 1..50 (default: ${DEFAULT-VALUE}).")
    int readers;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8883",
            description =
                    "Broker port; another free port is used when it is taken; 0 = any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-profiles", description = "Leave the certificate store and the connection profiles alone.")
    boolean noProfiles;

    @Option(
            names = "--no-troubles",
            description = "Readers that never reboot, drop out or drift in RSSI (default: now and then one does).")
    boolean noTroubles;

    @Override
    public Integer call() throws InterruptedException {
        if (readers < 1 || readers > 50) {
            throw CliFailure.badInput("--readers must be between 1 and 50, not " + readers);
        }
        if (durationSeconds != null && durationSeconds <= 0) {
            throw CliFailure.badInput("--duration must be a positive number of seconds, not " + durationSeconds);
        }
        if (port < 0 || port > 65535) {
            throw CliFailure.badInput("--port must be 0..65535, not " + port);
        }
        PrintWriter out = context.out();
        DemoEnvironment.Options options = DemoEnvironment.Options.defaults()
                .withReaders(readers)
                .withPreferredPort(port)
                .withProfiles(!noProfiles);
        if (noTroubles) {
            options = options.withReaderSettings(options.readerSettings()
                    .withTroubles(com.springcoreexplorer.app.demo.reader.SimulatedReader.Troubles.NONE));
        }
        RunningDemo demo;
        try {
            demo = DemoEnvironment.start(context.directories(), options).join();
        } catch (CompletionException failed) {
            throw new CliFailure(
                    CliFailure.UNEXPECTED,
                    DemoEnvironment.DemoStartException.from(failed).getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stopOnSignal = new Thread(
                () -> {
                    demo.close();
                    stopped.countDown();
                },
                "demo-stop");
        Runtime.getRuntime().addShutdownHook(stopOnSignal);
        try {
            out.println("broker: " + demo.uri());
            out.println("prefix: " + demo.prefix());
            out.println("readers: " + String.join(" ", demo.readerSerials()));
            if (demo.profiles().isSetUp()) {
                out.println("profiles: " + demo.watcherProfileName() + ", " + demo.controlProfileName());
            } else if (demo.profiles().problem() != null) {
                out.println("profiles: not set up: " + demo.profiles().problem());
            }
            if (exportDirectory != null) {
                DemoPemExport.ExportedFiles files = demo.exportPem(exportDirectory);
                out.println("ca: " + files.ca());
                out.println("watcher-cert: " + files.watcherCert());
                out.println("watcher-key: " + files.watcherKey());
                out.println("control-cert: " + files.controlCert());
                out.println("control-key: " + files.controlKey());
            }
            out.println("ready in " + demo.startDuration().toMillis() + " ms; "
                    + (durationSeconds == null ? "press Ctrl+C to stop" : "stopping after " + durationSeconds + " s"));
            out.flush();
        } catch (IOException e) {
            Runtime.getRuntime().removeShutdownHook(stopOnSignal);
            demo.close();
            throw CliFailure.badInput("cannot write the PEM files to " + exportDirectory + ": " + e.getMessage()
                    + "; choose a folder you can write to");
        }
        if (durationSeconds == null) {
            stopped.await();
            return 0;
        }
        if (!stopped.await(durationSeconds, TimeUnit.SECONDS)) {
            Runtime.getRuntime().removeShutdownHook(stopOnSignal);
            demo.close();
            out.println("demo stopped");
            out.flush();
        }
        return 0;
    }
}
