package com.springcoreexplorer.app.cli.record;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.session.ProfileArgument;
import com.springcoreexplorer.app.cli.session.ProfileSession;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.ConnectionState;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import com.springcoreexplorer.mqtt.recording.Recorder;
import com.springcoreexplorer.mqtt.recording.RecorderSettings;
import com.springcoreexplorer.mqtt.recording.RecorderStats;
import com.springcoreexplorer.mqtt.recording.RecordingException;
import com.springcoreexplorer.mqtt.springcore.ProfileDecoding;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code record PROFILE --out FILE [-t FILTER]... [--count N] [--duration S] [--max-size MB] [--share GROUP]}:
 * every received message into a SQLite recording. The connection hands each message to the recorder on
 * its Netty thread; when the writer falls behind, that thread waits (no message is ever dropped here).
 */
@Command(
        name = "record",
        mixinStandardHelpOptions = true,
        description =
                "Record every message received with a profile into a SQLite file (see docs/recorder.md for its tables).",
        footer = {
            "",
            "Stops on Ctrl+C, after --count messages or --duration seconds; every message received before is in the file.",
            "Appends when FILE is already a recording. Progress (messages, size) on stderr once a second when it is a terminal.",
            "Exit codes: 0 done; 3 cannot connect; 4 every subscription refused; 2 bad input; 1 the file could not be written."
        })
public final class RecordCommand implements Callable<Integer> {

    @Mixin
    ProfileArgument profileArgument;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "The recording (created, or appended to).")
    Path out;

    @Option(
            names = {"-t", "--topic"},
            paramLabel = "FILTER",
            description = "Topic filter (repeatable; default: the profile's subscriptions).")
    List<String> filters;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N messages.")
    Long count;

    @Option(names = "--duration", paramLabel = "S", description = "Stop after S seconds.")
    Long durationSeconds;

    @Option(
            names = "--max-size",
            paramLabel = "MB",
            description = "Keep the file under MB megabytes: the oldest messages are deleted first.")
    Long maxSizeMb;

    @Option(
            names = "--share",
            paramLabel = "GROUP",
            description = "MQTT 5 shared subscription ($share/GROUP/FILTER): recorders in one group split the flood.")
    String shareGroup;

    @Override
    public Integer call() throws InterruptedException {
        checkOptions();
        List<String> topicFilters = FilterArguments.checked(filters);
        ConnectionProfile profile = profileArgument.profile();
        List<SubscriptionSpec> subscriptions = topicFilters.isEmpty()
                ? profile.subscriptions()
                : topicFilters.stream().map(SubscriptionSpec::of).toList();
        if (shareGroup != null) {
            subscriptions = subscriptions.stream()
                    .map(s -> new SubscriptionSpec("$share/" + shareGroup + "/" + s.filter(), s.qos()))
                    .toList();
        }
        profile = profile.toBuilder().subscriptions(subscriptions).build();
        RecorderSettings settings = RecorderSettings.of(
                profile.name(), decoderSettings(profile), maxSizeMb == null ? 0 : maxSizeMb * 1_000_000L);
        TlsMaterial material = profileArgument.tlsMaterial(profile);
        PrintWriter err = profileArgument.err();

        Recorder recorder;
        try {
            recorder = Recorder.start(out, settings);
        } catch (RecordingException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        long before = recorder.stats().rows();
        if (before > 0) {
            err.println("# appending to " + out + " (" + before + " messages already)");
        }
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch cleanedUp = new CountDownLatch(1);
        AtomicLong taken = new AtomicLong();
        // Netty thread: the one hand-off; recorder.accept waits while the writer is behind
        ConnectionOptions options = ProfileSession.options((InboundMessage message) -> {
                    if (count != null && taken.incrementAndGet() > count) {
                        return;
                    }
                    if (!recorder.accept(message)) {
                        done.countDown();
                    }
                    if (count != null && taken.get() == count) {
                        done.countDown();
                    }
                })
                .build();
        Thread hook = Thread.ofPlatform().unstarted(() -> {
            done.countDown();
            try {
                cleanedUp.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            try (MqttConnection connection = MqttConnection.create(profile, material, options)) {
                connection.addStateListener(state -> {
                    if (state.phase() == ConnectionState.Phase.RECONNECTING) {
                        err.println("# " + state.describe());
                        err.flush();
                    }
                });
                List<String> subscribed = ProfileSession.connectAndSubscribe(profile, connection, err);
                err.println(
                        "# recording into " + out + " as '" + connection.clientId() + "', subscribed to " + subscribed);
                err.flush();
                waitForEnd(done, recorder, err);
                ProfileSession.disconnectQuietly(connection);
            }
        } finally {
            recorder.close();
            try {
                report(recorder, before, err);
            } finally {
                cleanedUp.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // Ctrl+C: the hook is what let us get here
                }
            }
        }
        return 0;
    }

    /** The profile's prefix and decoding rules (for the tag_events table), or exit code 2 with one line. */
    private static DecoderSettings decoderSettings(ConnectionProfile profile) {
        return switch (ProfileDecoding.settingsOf(profile)) {
            case ProfileDecoding.Result.Settings s -> s.settings();
            case ProfileDecoding.Result.Invalid invalid -> throw CliFailure.badInput(invalid.message());
        };
    }

    private void checkOptions() {
        if (count != null && count < 1) {
            throw CliFailure.badInput("--count must be at least 1, not " + count);
        }
        if (durationSeconds != null && durationSeconds < 1) {
            throw CliFailure.badInput("--duration must be at least 1 second, not " + durationSeconds);
        }
        if (maxSizeMb != null && maxSizeMb < 1) {
            throw CliFailure.badInput("--max-size must be at least 1 (megabytes), not " + maxSizeMb);
        }
        if (shareGroup != null
                && (shareGroup.isEmpty()
                        || shareGroup.contains("/")
                        || shareGroup.contains("+")
                        || shareGroup.contains("#"))) {
            throw CliFailure.badInput("--share GROUP must be a name without '/', '+' or '#', not '" + shareGroup + "'");
        }
    }

    /** Until --count, --duration, Ctrl+C or a write failure; progress once a second on a terminal. */
    private void waitForEnd(CountDownLatch done, Recorder recorder, PrintWriter err) throws InterruptedException {
        boolean terminal = System.console() != null && System.console().isTerminal();
        long deadline = durationSeconds == null
                ? Long.MAX_VALUE
                : System.nanoTime() + TimeUnit.SECONDS.toNanos(durationSeconds);
        while (!done.await(
                Math.min(1_000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)), TimeUnit.MILLISECONDS)) {
            if (System.nanoTime() >= deadline || recorder.failure() != null) {
                return;
            }
            if (terminal) {
                RecorderStats stats = recorder.stats();
                err.printf(Locale.ROOT, "\r# %,d messages, %s   ", stats.committed(), megabytes(stats.fileBytes()));
                err.flush();
            }
        }
    }

    private void report(Recorder recorder, long before, PrintWriter err) {
        RecorderStats stats = recorder.stats();
        if (recorder.failure() != null) {
            throw new CliFailure(
                    CliFailure.UNEXPECTED,
                    "writing " + out + " failed after " + stats.committed() + " messages: "
                            + recorder.failure().getMessage()
                            + " (the messages before are in the file; free disk space or choose another --out)");
        }
        err.printf(
                Locale.ROOT,
                "%s# recorded %,d messages into %s (%s, %,d messages in the file)%n",
                System.console() != null && System.console().isTerminal() ? "\n" : "",
                stats.committed(),
                out,
                megabytes(stats.fileBytes()),
                stats.rows());
        if (stats.pruned() > 0) {
            err.printf(
                    Locale.ROOT, "# deleted the %,d oldest messages to stay under %d MB%n", stats.pruned(), maxSizeMb);
        }
        err.flush();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
