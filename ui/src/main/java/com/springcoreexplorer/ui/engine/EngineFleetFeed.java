package com.springcoreexplorer.ui.engine;

import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.mqtt.springcore.alerts.Alert;
import com.springcoreexplorer.mqtt.springcore.alerts.AlertEngine;
import com.springcoreexplorer.mqtt.springcore.alerts.AlertListener;
import com.springcoreexplorer.mqtt.springcore.alerts.AlertRule;
import com.springcoreexplorer.mqtt.springcore.alerts.AlertRules;
import com.springcoreexplorer.mqtt.springcore.health.FleetHealth;
import com.springcoreexplorer.mqtt.springcore.health.FleetSnapshot;
import com.springcoreexplorer.mqtt.springcore.health.HealthEvent;
import com.springcoreexplorer.mqtt.springcore.health.ReaderHealth;
import com.springcoreexplorer.mqtt.springcore.health.RssiStats;
import com.springcoreexplorer.ui.alerts.AlertRow;
import com.springcoreexplorer.ui.fleet.FleetFeed;
import com.springcoreexplorer.ui.fleet.FleetRow;
import com.springcoreexplorer.ui.fleet.FleetUpdate;
import com.springcoreexplorer.ui.readers.ReaderRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fleet view and alerts over the real engine: the health model and the alert engine fed by the
 * SpringCore model on the dispatcher, and a once-a-second {@link #tick} from the engine's timer that
 * notices silences and sends the fleet to the window. Rules come from the connected profile.
 */
public final class EngineFleetFeed implements FleetFeed {

    private static final Logger LOG = LoggerFactory.getLogger(EngineFleetFeed.class);
    /** Timeline lines sent per reader: more than anyone scrolls through in the window. */
    private static final int TIMELINE_SHOWN = 200;

    private final FleetHealth health;
    private final AlertEngine alerts;
    private final ProfileStore profiles;
    private final List<Consumer<FleetUpdate>> fleetListeners = new CopyOnWriteArrayList<>();
    private volatile String profileInUse;

    public EngineFleetFeed(FleetHealth health, AlertEngine alerts, ProfileStore profiles) {
        this.health = Objects.requireNonNull(health, "health");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /** Engine timer, every second: stale readers, "no reads" rules, and the fleet for the window. */
    public void tick(Instant now) {
        health.refresh(now);
        alerts.refresh(now);
        if (!fleetListeners.isEmpty()) {
            FleetUpdate update = update(health.snapshot(now));
            fleetListeners.forEach(listener -> listener.accept(update));
        }
    }

    /** A connection with this profile: its rules apply (the defaults when it has none or they are unusable). */
    public void useProfile(String profileName) {
        if (profileName == null || profileName.equals(profileInUse)) {
            return;
        }
        profileInUse = profileName;
        health.clear();
        try {
            ConnectionProfile profile = profiles.find(profileName).orElse(null);
            List<AlertRule> rules = profile == null
                    ? AlertRules.DEFAULTS
                    : switch (AlertRules.ofProfile(profile)) {
                        case AlertRules.Parsed.Rules r -> r.rules();
                        case AlertRules.Parsed.Invalid invalid -> {
                            LOG.warn("alert rules unusable, the defaults apply: {}", invalid.message());
                            yield AlertRules.DEFAULTS;
                        }
                    };
            alerts.setRules(rules);
        } catch (Exception e) {
            LOG.warn("cannot read the alert rules of profile {}: {}", profileName, e.toString());
            alerts.setRules(AlertRules.DEFAULTS);
        }
    }

    @Override
    public AutoCloseable subscribeFleet(Consumer<FleetUpdate> listener) {
        fleetListeners.add(listener);
        return () -> fleetListeners.remove(listener);
    }

    @Override
    public AutoCloseable subscribeAlerts(Consumer<AlertRow> listener) {
        AlertListener relay = alert -> listener.accept(row(alert));
        alerts.addListener(relay);
        return () -> alerts.removeListener(relay);
    }

    @Override
    public List<AlertRule> alertRules() {
        return alerts.rules();
    }

    @Override
    public void saveAlertRules(String profileName, List<AlertRule> rules) throws Exception {
        ConnectionProfile profile = profiles.find(profileName)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no profile named \"" + profileName + "\": choose a saved profile"));
        profiles.save(
                profile.toBuilder().alertRules(AlertRules.toJsonNodes(rules)).build());
        if (profileName.equals(profileInUse) || profileInUse == null) {
            alerts.setRules(rules);
        }
    }

    static AlertRow row(Alert alert) {
        return new AlertRow(
                alert.kind().word(),
                alert.device(),
                alert.at(),
                alert.detail(),
                alert.rule(),
                alert.kind().isProblem());
    }

    static FleetUpdate update(FleetSnapshot fleet) {
        List<FleetRow> rows = fleet.readers().stream().map(EngineFleetFeed::row).toList();
        return new FleetUpdate(
                rows,
                fleet.online(),
                fleet.busy(),
                fleet.offline(),
                fleet.dead(),
                fleet.stale(),
                fleet.firmwareSpread());
    }

    static FleetRow row(ReaderHealth r) {
        ReaderRow.State state = EngineLiveFeed.readerState(r.state());
        RssiStats busiest = r.rssi().values().stream()
                .max(Comparator.comparingLong(RssiStats::count1h))
                .orElse(null);
        List<FleetRow.TimelineItem> timeline = new ArrayList<>();
        List<HealthEvent> events = r.timeline();
        for (int i = events.size() - 1; i >= 0 && timeline.size() < TIMELINE_SHOWN; i--) {
            HealthEvent e = events.get(i);
            timeline.add(new FleetRow.TimelineItem(e.at(), e.kind().word(), e.detail()));
        }
        return new FleetRow(
                r.deviceId(),
                state,
                r.stale(),
                text(r.product()),
                text(r.firmware()),
                r.lastSeen(),
                r.uptime() == null ? "" : r.uptime().display(),
                r.reboots24h(),
                r.outages24h(),
                r.reads1m(),
                r.readsPerMinute(),
                busiest == null
                        ? ""
                        : (busiest.interfaceName().isEmpty() ? "" : busiest.interfaceName() + ": ") + busiest.display(),
                busiest == null ? new double[0] : busiest.perMinute(),
                busiest == null ? "" : busiest.interfaceName(),
                timeline);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
