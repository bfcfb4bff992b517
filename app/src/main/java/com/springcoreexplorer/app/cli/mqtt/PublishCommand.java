package com.springcoreexplorer.app.cli.mqtt;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.session.ProfileArgument;
import com.springcoreexplorer.app.cli.session.ProfileSession;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.PublishOutcome;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.topic.TopicFilters;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pub PROFILE -t TOPIC -m PAYLOAD [-q 0|1|2] [--retain]}: exits 0 only when the broker accepted. */
@Command(
        name = "pub",
        mixinStandardHelpOptions = true,
        description = "Publish one message with a profile.",
        footer = {
            "",
            "Exit codes: 0 accepted (QoS 1/2: success reason code; QoS 0: sent); 4 refused by the broker "
                    + "('error: not authorized ...'); 3 cannot connect or no answer; 2 bad input."
        })
public final class PublishCommand implements Callable<Integer> {

    @Mixin
    ProfileArgument profileArgument;

    @Option(
            names = {"-t", "--topic"},
            required = true,
            paramLabel = "TOPIC",
            description = "Topic (no wildcards).")
    String topic;

    @Option(
            names = {"-m", "--message"},
            required = true,
            paramLabel = "PAYLOAD",
            description = "Payload (UTF-8 text).")
    String payload;

    @Option(
            names = {"-q", "--qos"},
            paramLabel = "0|1|2",
            description = "QoS (default 1: the broker confirms or refuses).")
    int qos = 1;

    @Option(names = "--retain", description = "Ask the broker to retain the message.")
    boolean retain;

    @Override
    public Integer call() {
        if (qos < 0 || qos > 2) {
            throw CliFailure.badInput("-q must be 0, 1 or 2, not " + qos);
        }
        if (topic.isEmpty() || TopicFilters.hasWildcard(topic)) {
            throw CliFailure.badInput(
                    "'" + topic + "' is not a topic you can publish to: give one exact topic, without # or +");
        }
        ConnectionProfile profile =
                profileArgument.profile().toBuilder().subscriptions(List.of()).build();
        TlsMaterial material = profileArgument.tlsMaterial(profile);
        PrintWriter out = profileArgument.out();
        PrintWriter err = profileArgument.err();
        if (material.role() == Role.WATCHER) {
            err.println("warning: '" + profile.identity()
                    + "' is a Watcher certificate: SpringCore brokers refuse its publishes");
        }
        ConnectionOptions options =
                ProfileSession.options(message -> {}).autoReconnect(false).build();
        try (MqttConnection connection = MqttConnection.create(profile, material, options)) {
            ProfileSession.connect(profile, connection::connect);
            PublishOutcome outcome = connection
                    .publish(topic, payload.getBytes(StandardCharsets.UTF_8), qos, retain)
                    .join();
            switch (outcome) {
                case PublishOutcome.Accepted accepted -> {
                    out.println(topic + ": "
                            + (accepted.reasonCode() == 0x10 ? "accepted (no subscriber matched)" : "accepted"));
                    if (!accepted.note().isEmpty()) {
                        err.println("warning: " + accepted.note());
                    }
                }
                case PublishOutcome.Refused refused -> throw new CliFailure(ProfileSession.REFUSED, refused.describe());
                case PublishOutcome.Failed failed ->
                    throw new CliFailure(ProfileSession.CONNECTION_FAILED, failed.describe());
            }
        }
        out.flush();
        err.flush();
        return 0;
    }
}
