package com.springcoreexplorer.app.cli.springcore;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.session.ProfileArgument;
import com.springcoreexplorer.app.cli.session.ProfileSession;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.SubscriptionResult;
import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import com.springcoreexplorer.mqtt.springcore.SpringCoreModel;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.devices.DeviceJson;
import com.springcoreexplorer.mqtt.springcore.devices.DeviceSnapshot;
import com.springcoreexplorer.mqtt.springcore.devices.RegistrySettings;
import com.springcoreexplorer.mqtt.springcore.health.FleetHealth;
import com.springcoreexplorer.mqtt.springcore.health.HealthJson;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code devices PROFILE [--json] [--wait S]}: the readers seen under the profile's prefix within a listening window. */
@Command(
        name = "devices",
        mixinStandardHelpOptions = true,
        description = {
            "List the SpringCore readers seen within a listening window: state, product, firmware, IP, events.",
            "Subscribes to {prefix}/# (retained META and STATUS arrive at once), listens --wait seconds, prints."
        },
        footer = {
            "",
            "Exit codes: 0 listed (also when no reader was seen); 3 cannot connect; 4 subscription refused; 2 bad input."
        })
public final class DevicesCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Mixin
    ProfileArgument profileArgument;

    @Option(names = "--json", description = "One JSON array of readers instead of a table.")
    boolean json;

    @Option(
            names = "--wait",
            paramLabel = "S",
            description = "Listening window in seconds (default ${DEFAULT-VALUE}).",
            defaultValue = "5")
    double waitSeconds;

    @Override
    public Integer call() throws Exception {
        if (!(waitSeconds > 0 && waitSeconds <= 3600)) {
            throw CliFailure.badInput("--wait must be between 0 and 3600 seconds, not " + waitSeconds);
        }
        ConnectionProfile stored = profileArgument.profile();
        DecoderSettings settings = SpringCoreCommandSupport.decoderSettings(stored);
        String filter = settings.prefix().allDevicesFilter();
        ConnectionProfile profile = stored.toBuilder()
                .subscriptions(List.of(SubscriptionSpec.of(filter)))
                .build();
        TlsMaterial material = profileArgument.tlsMaterial(profile);

        SpringCoreModel model = new SpringCoreModel(settings, RegistrySettings.DEFAULT, Clock.systemUTC());
        FleetHealth health = new FleetHealth();
        model.addListener(health);
        Instant listenedFrom;
        try (IngestPipeline pipeline = IngestPipeline.start(IngestSettings.defaults());
                MqttConnection connection = MqttConnection.create(
                        profile,
                        material,
                        ProfileSession.optionsInto(pipeline::offer)
                                .autoReconnect(false)
                                .build())) {
            pipeline.addMessageListener(model);
            listenedFrom = Instant.now();
            List<SubscriptionResult> subscriptions = ProfileSession.connect(profile, connection::connect);
            if (!subscriptions.isEmpty() && subscriptions.stream().noneMatch(SubscriptionResult::granted)) {
                throw new CliFailure(
                        ProfileSession.REFUSED,
                        "the broker refused the subscription to " + filter + ": "
                                + subscriptions.getFirst().describe()
                                + "; this certificate may not read the readers' topics");
            }
            Thread.sleep(Duration.ofMillis(Math.round(waitSeconds * 1000)));
            ProfileSession.disconnectQuietly(connection);
            pipeline.flush().get(10, TimeUnit.SECONDS);
        }
        Instant now = model.clock().instant();
        List<DeviceSnapshot> devices = model.registry().snapshot(now);
        PrintWriter out = profileArgument.out();
        if (json) {
            ArrayNode array = JSON.createArrayNode();
            for (DeviceSnapshot d : devices) {
                ObjectNode device = DeviceJson.toJson(d);
                health.reader(d.deviceId(), now).ifPresent(h -> HealthJson.addTo(device, h));
                array.add(device);
            }
            out.println(JSON.writeValueAsString(array));
        } else if (devices.isEmpty()) {
            out.println("no reader seen under " + filter + " in " + formatSeconds(waitSeconds) + " (since "
                    + listenedFrom.truncatedTo(ChronoUnit.SECONDS) + "); check the prefix or wait longer (--wait)");
        } else {
            printTable(out, devices);
        }
        out.flush();
        return 0;
    }

    private static void printTable(PrintWriter out, List<DeviceSnapshot> devices) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "DEVICE",
            "STATE",
            "STALE",
            "PRODUCT",
            "FIRMWARE",
            "IP",
            "UPTIME",
            "EVENTS",
            "RATE/S",
            "LAST TAG",
            "LAST COMMAND",
            "LAST SEEN"
        });
        for (DeviceSnapshot d : devices) {
            rows.add(new String[] {
                d.deviceId(),
                d.stateText() != null ? d.stateText() : d.state().wire(),
                d.stale() ? "yes" : "no",
                dash(d.productName()),
                dash(d.firmwareBuild()),
                dash(d.ipAddress()),
                d.uptime() == null ? "-" : d.uptime().display(),
                Long.toString(d.eventCount()),
                String.format("%.2f", d.eventRate()),
                d.lastTag() == null ? "-" : d.lastTag().tagId(),
                d.lastCommand() == null ? "-" : d.lastCommand().describe(),
                d.lastSeen().truncatedTo(ChronoUnit.SECONDS).toString()
            });
        }
        int[] widths = new int[rows.getFirst().length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String formatSeconds(double s) {
        return s == Math.rint(s) ? (long) s + " s" : s + " s";
    }
}
