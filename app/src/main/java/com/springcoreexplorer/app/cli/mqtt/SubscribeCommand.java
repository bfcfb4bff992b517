package com.springcoreexplorer.app.cli.mqtt;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.session.ProfileArgument;
import com.springcoreexplorer.app.cli.session.ProfileSession;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.ConnectionState;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.message.MessageBatchListener;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import com.springcoreexplorer.mqtt.store.StoreSettings;
import com.springcoreexplorer.mqtt.topic.TopicFilters;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sub PROFILE [-t FILTER]... [--count N] [--json]}: prints received messages, one per line.
 * Messages go connection -> ingest queue -> dispatcher batches -> this printer (the GUI's way too).
 */
@Command(
        name = "sub",
        mixinStandardHelpOptions = true,
        description = "Subscribe with a profile and print every message, one per line (reconnects by itself).",
        footer = {
            "",
            "--json prints {\"topic\",\"qos\",\"retain\",\"payload\"} per line (\"payloadBase64\" when the payload is not UTF-8 text).",
            "Connection news goes to stderr, starting with '# '.",
            "Exit codes: 0 done (--count reached, or interrupted); 3 cannot connect; 4 every subscription refused; 2 bad input."
        })
public final class SubscribeCommand implements Callable<Integer> {

    @Mixin
    ProfileArgument profileArgument;

    @Option(
            names = {"-t", "--topic"},
            paramLabel = "FILTER",
            description = "Topic filter (repeatable; default: the profile's subscriptions).")
    List<String> filters;

    @Option(names = "--count", paramLabel = "N", description = "Exit after N messages.")
    Integer count;

    @Option(names = "--json", description = "One JSON object per message per line.")
    boolean json;

    /** The engine's way with a small store: sub prints each message once and never looks back at the history. */
    private static final IngestSettings SETTINGS = IngestSettings.defaults()
            .withStore(
                    StoreSettings.defaults().withBudgetBytes(8L * 1024 * 1024).withHistoryDepth(1));

    /**
     * Where the lines go: stdout as bytes, one write per batch (no character encoding on the way; a
     * {@link PrintStream} reports a closed pipe through checkError). Tests may point it elsewhere.
     */
    PrintStream stdout = System.out;

    /** Where the SpringCore decoder adds the "event" field to JSON lines. */
    MessageAnnotator annotator = MessageAnnotator.NONE;

    /** Counted down when the command has cleaned up (printed what it took, disconnected): Ctrl-C waits for it. */
    private final CountDownLatch finished = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        if (count != null && count < 1) {
            throw CliFailure.badInput("--count must be at least 1, not " + count);
        }
        ConnectionProfile profile = profileArgument.profile();
        if (filters != null && !filters.isEmpty()) {
            for (String filter : filters) {
                String problem = TopicFilters.problem(filter).orElse(null);
                if (problem != null) {
                    throw CliFailure.badInput(problem);
                }
            }
            profile = profile.toBuilder()
                    .subscriptions(filters.stream().map(SubscriptionSpec::of).toList())
                    .build();
        }
        if (json && annotator == MessageAnnotator.NONE) {
            annotator = com.springcoreexplorer.app.cli.springcore.SpringCoreAnnotations.forProfile(profile)::write;
        }
        TlsMaterial material = profileArgument.tlsMaterial(profile);
        PrintWriter out = profileArgument.out();
        PrintWriter err = profileArgument.err();
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean outputClosed = new AtomicBoolean();
        MessageLines lines = new MessageLines(json, annotator);
        try {
            return subscribe(profile, material, out, err, done, outputClosed, lines);
        } finally {
            finished.countDown();
        }
    }

    private int subscribe(
            ConnectionProfile profile,
            TlsMaterial material,
            PrintWriter out,
            PrintWriter err,
            CountDownLatch done,
            AtomicBoolean outputClosed,
            MessageLines lines)
            throws InterruptedException {
        try (IngestPipeline pipeline = IngestPipeline.start(SETTINGS)) {
            out.flush(); // nothing is printed through it; the lines go to stdout as bytes
            pipeline.addMessageListener(new Printer(lines, stdout, done, outputClosed));
            // the default policy waits instead of dropping; should a message ever be dropped, say so at once
            pipeline.addDropListener((newly, total) -> {
                err.println(
                        "# dropped " + newly + " message(s) (" + total + " in total): the ingest queue refused them");
                err.flush();
            });
            ConnectionOptions options =
                    ProfileSession.optionsInto(pipeline::offer).build();
            try (MqttConnection connection = MqttConnection.create(profile, material, options)) {
                AtomicBoolean lost = new AtomicBoolean();
                connection.addStateListener(state -> {
                    boolean back = state.isConnected() && lost.getAndSet(false);
                    if (state.phase() == ConnectionState.Phase.RECONNECTING
                            || state.phase() == ConnectionState.Phase.DISCONNECTED) {
                        lost.set(true);
                    }
                    if (back || lost.get()) {
                        err.println("# " + state.describe());
                        err.flush();
                    }
                });
                List<String> subscribed = ProfileSession.connectAndSubscribe(profile, connection, err);
                err.println("# connected as '" + connection.clientId() + "'"
                        + (connection.state().sessionPresent() ? ", session resumed" : "") + ", subscribed to "
                        + subscribed);
                err.flush();
                // Ctrl-C: stop, then let the main thread print what the engine took and say goodbye to the broker
                // before the JVM halts (it halts as soon as every shutdown hook has returned)
                Thread hook = Thread.ofPlatform().unstarted(() -> {
                    done.countDown();
                    awaitQuietly(finished, 10);
                });
                Runtime.getRuntime().addShutdownHook(hook);
                try {
                    done.await();
                } finally {
                    try {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    } catch (IllegalStateException shuttingDown) {
                        // Ctrl-C: the JVM is on its way out; the hook waits for the clean-up below
                    }
                }
            }
            long dropped = pipeline.stats().dropped();
            if (dropped > 0) {
                err.println("warning: " + dropped + " message(s) dropped in total");
            }
        }
        stdout.flush();
        err.flush();
        if (outputClosed.get()) {
            err.println("# the output was closed; stopped");
            err.flush();
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The ingest dispatcher's listener: formats the batch, then one write and one flush for it all. A
     * slow reader of the output makes the flush wait, the ingest queue fills and the connection stops
     * reading: backpressure all the way to the broker, nothing dropped.
     */
    private final class Printer implements MessageBatchListener {
        private final MessageLines lines;
        private final PrintStream out;
        private final CountDownLatch done;
        private final AtomicBoolean outputClosed;
        private long printed;

        Printer(MessageLines lines, PrintStream out, CountDownLatch done, AtomicBoolean outputClosed) {
            this.lines = lines;
            this.out = out;
            this.done = done;
            this.outputClosed = outputClosed;
        }

        @Override
        public void onBatch(List<InboundMessage> batch) {
            if (outputClosed.get() || (count != null && printed >= count)) {
                return; // what still arrives is not printed; after Ctrl-C, what the engine took still is
            }
            for (InboundMessage message : batch) {
                if (count != null && printed >= count) {
                    break;
                }
                lines.add(message);
                printed++;
            }
            try {
                lines.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a PrintStream reports through checkError instead
            }
            out.flush();
            if (out.checkError()) {
                outputClosed.set(true); // e.g. 'sub ... | head': the reader went away
                done.countDown();
            } else if (count != null && printed >= count) {
                done.countDown();
            }
        }
    }
}
