package com.springcoreexplorer.app.cli.record;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.RootCommand;
import com.springcoreexplorer.app.cli.session.ProfileSession;
import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.recording.RecordingException;
import com.springcoreexplorer.mqtt.recording.RecordingQuery;
import com.springcoreexplorer.mqtt.recording.RecordingReader;
import com.springcoreexplorer.mqtt.recording.RecordingSummary;
import com.springcoreexplorer.mqtt.recording.ReplaySpeed;
import com.springcoreexplorer.mqtt.recording.Replayer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replay FILE PROFILE [--speed X|max] [--since TIME] [--until TIME] [-t FILTER]...}: republishes a
 * recording in order, with its timing scaled, QoS, retain flag and MQTT 5 properties as recorded.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description =
                "Publish the messages of a recording again, in order, with their recorded timing (needs a Control certificate).",
        footer = {
            "",
            "--speed 1 keeps the recorded gaps, 10 is ten times faster, max sends as fast as the broker accepts.",
            "A Watcher profile is refused before connecting: the broker would refuse every publish.",
            "Exit codes: 0 every message accepted; 4 the broker refused some (the first is named); 3 cannot connect; 2 bad input."
        })
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "FILE", description = "A recording written by 'record'.")
    Path file;

    @Parameters(
            index = "1",
            paramLabel = "PROFILE",
            description = "Connection profile to publish with (see 'profiles list').")
    String profileName;

    @Option(
            names = "--speed",
            paramLabel = "X|max",
            description = "Timing: 1 as recorded (default), 10 ten times faster, max.")
    String speedText = "1";

    @Option(names = "--since", paramLabel = "TIME", description = "From this reception time on.")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Up to this reception time.")
    String until;

    @Option(
            names = {"-t", "--topic"},
            paramLabel = "FILTER",
            description = "Only topics matching (repeatable).")
    List<String> filters;

    /** For tests: "now" of relative times. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        ReplaySpeed speed;
        try {
            speed = ReplaySpeed.parse(speedText);
        } catch (IllegalArgumentException e) {
            throw CliFailure.badInput("--speed: " + e.getMessage());
        }
        Instant[] range = TimeArguments.range(since, until, clock);
        RecordingQuery query = new RecordingQuery(FilterArguments.checked(filters), null, range[0], range[1], 0);
        AppDirectories directories = ((RootCommand) command.parent().userObject()).directories();
        ConnectionProfile profile = ProfileSession.profile(directories, profileName);
        PrintWriter err = command.commandLine().getErr();
        try (RecordingReader reader = RecordingReader.open(file)) {
            RecordingSummary summary = reader.summary();
            TlsMaterial material = ProfileSession.tlsMaterial(directories, profile);
            if (material.role() == Role.WATCHER) {
                throw CliFailure.badInput("'" + profile.identity()
                        + "' is a Watcher certificate: the broker refuses every publish it makes; "
                        + "replay with a profile that uses a Control certificate");
            }
            // nothing to publish to: subscriptions would only echo the replay back
            ConnectionProfile publisher =
                    profile.toBuilder().subscriptions(List.of()).build();
            AtomicBoolean interrupted = new AtomicBoolean();
            Thread hook = Thread.ofPlatform().unstarted(() -> interrupted.set(true));
            try (MqttConnection connection = MqttConnection.create(
                            publisher,
                            material,
                            ProfileSession.options(message -> {}).build());
                    RecordingReader.Cursor messages = reader.cursor(query)) {
                ProfileSession.connect(publisher, connection::connect);
                connection.warnings().forEach(w -> err.println("warning: " + w));
                err.printf(
                        Locale.ROOT,
                        "# replaying %s (%,d messages recorded) at %s as '%s'%n",
                        file,
                        summary.messages(),
                        speed,
                        connection.clientId());
                err.flush();
                Runtime.getRuntime().addShutdownHook(hook);
                Replayer.Result result = Replayer.replay(
                        messages,
                        m -> connection.publish(m.topic(), m.payload(), m.qos(), m.retain(), m.properties()),
                        speed,
                        (count, latest) -> {},
                        interrupted::get);
                ProfileSession.disconnectQuietly(connection);
                err.printf(
                        Locale.ROOT,
                        "# replayed %,d messages: %,d accepted, %,d refused, %,d without answer%s%n",
                        result.published(),
                        result.accepted(),
                        result.refused(),
                        result.failed(),
                        result.cancelled() ? " (interrupted)" : "");
                err.flush();
                if (result.refused() > 0 || result.failed() > 0) {
                    throw new CliFailure(
                            result.refused() > 0 ? ProfileSession.REFUSED : ProfileSession.CONNECTION_FAILED,
                            "not every message was accepted; first: " + result.firstProblem());
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException | IllegalArgumentException notInstalledOrExiting) {
                    // never installed (connect failed) or the JVM is exiting
                }
            }
        } catch (RecordingException e) {
            throw CliFailure.badInput(e.getMessage());
        } catch (RecordingReader.CursorFailure e) {
            throw new CliFailure(
                    CliFailure.UNEXPECTED, "the recording could not be read to the end: " + e.getMessage());
        }
        return 0;
    }
}
