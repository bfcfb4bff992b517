package com.springcoreexplorer.app.cli.springcore;

import com.fasterxml.jackson.databind.json.JsonMapper;
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
import com.springcoreexplorer.mqtt.springcore.alerts.Alert;
import com.springcoreexplorer.mqtt.springcore.alerts.AlertEngine;
import com.springcoreexplorer.mqtt.springcore.alerts.AlertRule;
import com.springcoreexplorer.mqtt.springcore.alerts.AlertRules;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.devices.RegistrySettings;
import com.springcoreexplorer.mqtt.springcore.health.FleetHealth;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code watch PROFILE [--json] [--rules FILE] [--stale S]}: one line per alert until Ctrl+C. */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = {
            "Watch the SpringCore readers and print one line per alert (reboot, offline, dead, back, stale, rule) until Ctrl+C.",
            "Rules: the profile's alert rules (default: offline/dead, back, stale and reboot of every reader), or --rules FILE.",
            "With --json, one object per line: {\"alert\":\"reboot\",\"device\":\"DA1275B0\",\"at\":\"...\",\"detail\":\"...\"}."
        },
        footer = {"", "Exit codes: 0 stopped; 3 cannot connect; 4 subscription refused; 2 bad input."})
public final class WatchCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Mixin
    ProfileArgument profileArgument;

    @Option(names = "--json", description = "One JSON object per alert and line.")
    boolean json;

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "A JSON file of alert rules instead of the profile's (see docs/fleet.md).")
    Path rulesFile;

    @Option(
            names = "--stale",
            paramLabel = "S",
            description =
                    "A reader without STATUS for S seconds is stale (default ${DEFAULT-VALUE}: 3 STATUS intervals of 30 s).",
            defaultValue = "90")
    double staleSeconds;

    @Override
    public Integer call() throws Exception {
        if (!(staleSeconds >= 1 && staleSeconds <= 86_400)) {
            throw CliFailure.badInput("--stale must be between 1 and 86400 seconds, not " + staleSeconds);
        }
        ConnectionProfile stored = profileArgument.profile();
        List<AlertRule> rules =
                switch (rulesFile != null ? AlertRules.fromFile(rulesFile) : AlertRules.ofProfile(stored)) {
                    case AlertRules.Parsed.Rules r -> r.rules();
                    case AlertRules.Parsed.Invalid invalid -> throw CliFailure.badInput(invalid.message());
                };
        DecoderSettings settings = SpringCoreCommandSupport.decoderSettings(stored);
        String filter = settings.prefix().allDevicesFilter();
        List<SubscriptionSpec> subscriptions = new java.util.ArrayList<>(List.of(SubscriptionSpec.of(filter)));
        // generic value rules may watch topics outside the readers' prefix: subscribe to those too
        rules.stream()
                .filter(r -> r instanceof AlertRule.Value)
                .map(r -> ((AlertRule.Value) r).topic())
                .distinct()
                .filter(topic -> !topic.equals(filter))
                .forEach(topic -> subscriptions.add(SubscriptionSpec.of(topic)));
        ConnectionProfile profile =
                stored.toBuilder().subscriptions(subscriptions).build();
        TlsMaterial material = profileArgument.tlsMaterial(profile);

        SpringCoreModel model = new SpringCoreModel(settings, RegistrySettings.DEFAULT, Clock.systemUTC());
        FleetHealth health = new FleetHealth(Duration.ofMillis(Math.round(staleSeconds * 1000)));
        AlertEngine alerts = new AlertEngine(health, rules);
        model.addListener(health);
        model.addListener(alerts);
        health.addListener(alerts);
        PrintWriter out = profileArgument.out();
        alerts.addListener(alert -> print(out, alert));

        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "watch-refresh");
            thread.setDaemon(true);
            return thread;
        });
        try (IngestPipeline pipeline = IngestPipeline.start(IngestSettings.defaults());
                MqttConnection connection = MqttConnection.create(
                        profile,
                        material,
                        ProfileSession.options(pipeline::offer).build())) {
            pipeline.addMessageListener(model);
            List<SubscriptionResult> granted = ProfileSession.connect(profile, connection::connect);
            if (!granted.isEmpty() && granted.stream().noneMatch(SubscriptionResult::granted)) {
                throw new CliFailure(
                        ProfileSession.REFUSED,
                        "the broker refused the subscription to " + filter + ": "
                                + granted.getFirst().describe()
                                + "; this certificate may not read the readers' topics");
            }
            // silences become "stale" and "no reads for N min" with time, not with messages
            timer.scheduleAtFixedRate(
                    () -> {
                        java.time.Instant now = model.clock().instant();
                        health.refresh(now);
                        alerts.refresh(now);
                    },
                    1,
                    1,
                    TimeUnit.SECONDS);
            PrintWriter err = profileArgument.err();
            err.println("watching " + filter + " with " + rules.size() + (rules.size() == 1 ? " rule" : " rules")
                    + ", stale after " + Math.round(staleSeconds) + " s; Ctrl+C to stop");
            err.flush();
            new CountDownLatch(1).await(); // until Ctrl+C ends the JVM
            return 0;
        } finally {
            timer.shutdownNow();
        }
    }

    private void print(PrintWriter out, Alert alert) {
        String line;
        try {
            line = json ? JSON.writeValueAsString(alert.toJson()) : alert.toLine();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an alert always serialises", e);
        }
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
