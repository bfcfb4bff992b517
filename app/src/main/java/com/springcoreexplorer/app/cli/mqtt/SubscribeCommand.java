package com.springcoreexplorer.app.cli.mqtt;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.session.ProfileArgument;
import com.springcoreexplorer.app.cli.session.ProfileSession;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.ConnectionState;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.SubscriptionResult;
import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sub PROFILE [-t FILTER]... [--count N] [--json]}: prints received messages, one per line.
 * Messages go connection -> ingest queue -> dispatcher batches -> this printer (the GUI's way too).
 */
@Command(name = "sub", mixinStandardHelpOptions = true,
        description = "Subscribe with a profile and print every message, one per line (reconnects by itself).",
        footer = {"", "--json prints {\"topic\",\"qos\",\"retain\",\"payload\"} per line (\"payloadBase64\" when the payload is not UTF-8 text).",
                "Connection news goes to stderr, starting with '# '.",
                "Exit codes: 0 done (--count reached, or interrupted); 3 cannot connect; 4 every subscription refused; 2 bad input."})
public final class SubscribeCommand implements Callable<Integer> {

    @Mixin
    ProfileArgument profileArgument;

    @Option(names = {"-t", "--topic"}, paramLabel = "FILTER", description = "Topic filter (repeatable; default: the profile's subscriptions).")
    List<String> filters;

    @Option(names = "--count", paramLabel = "N", description = "Exit after N messages.")
    Integer count;

    @Option(names = "--json", description = "One JSON object per message per line.")
    boolean json;

    /** Where the SpringCore decoder adds the "event" field to JSON lines. */
    MessageAnnotator annotator = MessageAnnotator.NONE;

    @Override
    public Integer call() throws InterruptedException {
        if (count != null && count < 1) {
            throw CliFailure.badInput("--count must be at least 1, not " + count);
        }
        ConnectionProfile profile = profileArgument.profile();
        if (filters != null && !filters.isEmpty()) {
            for (String filter : filters) {
                String problem = SubscriptionSpec.filterProblem(filter);
                if (problem != null) {
                    throw CliFailure.badInput(problem);
                }
            }
            profile = profile.toBuilder().subscriptions(filters.stream().map(SubscriptionSpec::of).toList()).build();
        }
        if (json && annotator == MessageAnnotator.NONE) {
            annotator = com.springcoreexplorer.app.cli.springcore.SpringCoreAnnotations.forProfile(profile)::annotate;
        }
        TlsMaterial material = profileArgument.tlsMaterial(profile);
        PrintWriter out = profileArgument.out();
        PrintWriter err = profileArgument.err();
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong printed = new AtomicLong();

        try (IngestPipeline pipeline = IngestPipeline.start(IngestSettings.defaults())) {
            pipeline.addMessageListener(batch -> {
                for (InboundMessage message : batch) {
                    if (count != null && printed.get() >= count) {
                        break;
                    }
                    out.println(json ? MessageLines.json(message, annotator) : MessageLines.text(message));
                    if (count != null && printed.incrementAndGet() >= count) {
                        done.countDown();
                    }
                }
                out.flush();
            });
            ConnectionOptions options = ProfileSession.options(pipeline::offer).build();
            try (MqttConnection connection = MqttConnection.create(profile, material, options)) {
                java.util.concurrent.atomic.AtomicBoolean lost = new java.util.concurrent.atomic.AtomicBoolean();
                connection.addStateListener(state -> {
                    boolean back = state.isConnected() && lost.getAndSet(false);
                    if (state.phase() == ConnectionState.Phase.RECONNECTING || state.phase() == ConnectionState.Phase.DISCONNECTED) {
                        lost.set(true);
                    }
                    if (back || lost.get()) {
                        err.println("# " + state.describe());
                        err.flush();
                    }
                });
                List<SubscriptionResult> results = ProfileSession.connect(profile, connection::connect);
                connection.warnings().forEach(w -> err.println("warning: " + w));
                results.stream().filter(r -> !r.granted()).forEach(r -> err.println("warning: subscription " + r.describe()));
                if (!results.isEmpty() && results.stream().noneMatch(SubscriptionResult::granted)) {
                    throw new CliFailure(ProfileSession.REFUSED, "the broker refused every subscription: "
                            + String.join("; ", results.stream().map(SubscriptionResult::describe).toList()));
                }
                err.println("# connected as '" + connection.clientId() + "', subscribed to "
                        + results.stream().filter(SubscriptionResult::granted).map(SubscriptionResult::filter).toList());
                err.flush();
                Thread hook = Thread.ofPlatform().unstarted(done::countDown);
                Runtime.getRuntime().addShutdownHook(hook);
                try {
                    done.await();
                } finally {
                    try {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    } catch (IllegalStateException shuttingDown) {
                        // Ctrl-C: the JVM is on its way out; closing below still says goodbye to the broker
                    }
                }
            }
            long dropped = pipeline.stats().dropped();
            if (dropped > 0) {
                err.println("warning: " + dropped + " message(s) dropped because the queue was full");
            }
        }
        out.flush();
        err.flush();
        return 0;
    }
}
