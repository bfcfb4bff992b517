package com.springcoreexplorer.mqtt.springcore.alerts;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.DecodedBatchListener;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import com.springcoreexplorer.mqtt.springcore.health.FleetHealth;
import com.springcoreexplorer.mqtt.springcore.health.HealthEvent;
import com.springcoreexplorer.mqtt.springcore.health.HealthListener;
import com.springcoreexplorer.mqtt.springcore.health.ReaderHealth;
import com.springcoreexplorer.mqtt.springcore.health.RssiStats;
import com.springcoreexplorer.mqtt.topic.TopicFilters;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Turns the fleet's health events and the decoded messages into {@link Alert}s by the rules.
 * <p>
 * Wiring: register {@link FleetHealth} on the SpringCore model first, then this engine (so a batch's
 * RSSI is in the health before the rules look at it), and this engine as the health's listener; call
 * {@link #refresh} every second for "no reads for N minutes". Everything runs on the engine's threads
 * (dispatcher, timer) under this object's lock; listeners hear alerts after it is released.
 * Conditions that last (RSSI low, a value rule true, no reads) raise one alert when they start and
 * again only after they ended.
 */
public final class AlertEngine implements DecodedBatchListener, HealthListener {

    /** A tag held on a reader repeats its event: the same tag on the same reader alerts once per this. */
    static final Duration TAG_REPEAT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FleetHealth health;
    private final List<AlertListener> listeners = new CopyOnWriteArrayList<>();
    private final Object deliveryLock = new Object();
    private List<AlertRule> rules;
    private List<RuleState> states;

    public AlertEngine(FleetHealth health, List<AlertRule> rules) {
        this.health = Objects.requireNonNull(health, "health");
        setRules(rules);
    }

    /** New rules apply from now on; lasting conditions start over. */
    public synchronized void setRules(List<AlertRule> newRules) {
        this.rules = List.copyOf(newRules);
        this.states = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            states.add(new RuleState());
        }
    }

    public synchronized List<AlertRule> rules() {
        return rules;
    }

    public void addListener(AlertListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(AlertListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void onHealthEvents(List<HealthEvent> events) {
        synchronized (deliveryLock) {
            List<Alert> alerts = new ArrayList<>();
            synchronized (this) {
                for (HealthEvent e : events) {
                    for (AlertRule rule : rules) {
                        AlertKind kind = healthKind(rule, e);
                        if (kind != null) {
                            alerts.add(new Alert(kind, e.deviceId(), e.at(), e.detail(), rule.label()));
                        }
                    }
                }
            }
            deliver(alerts);
        }
    }

    @Override
    public void onDecoded(List<InboundMessage> messages, List<DecodedMessage> decoded) {
        synchronized (deliveryLock) {
            List<Alert> alerts = new ArrayList<>();
            synchronized (this) {
                for (int r = 0; r < rules.size(); r++) {
                    AlertRule rule = rules.get(r);
                    RuleState state = states.get(r);
                    switch (rule) {
                        case AlertRule.TagWatch watch ->
                            tags(watch.device(), watch.tags(), true, rule, state, decoded, alerts);
                        case AlertRule.TagAllow allow ->
                            tags(allow.device(), allow.tags(), false, rule, state, decoded, alerts);
                        case AlertRule.RssiBelow below -> rssi(below, state, decoded, alerts);
                        case AlertRule.Value value -> values(value, state, messages, decoded, alerts);
                        case AlertRule.NoReads noReads -> {
                            for (DecodedMessage m : decoded) {
                                if (m instanceof TagEvent e) {
                                    state.active.remove(e.deviceId()); // reading again: the next silence alerts anew
                                }
                            }
                        }
                        default -> {
                            // state rules come from the health events
                        }
                    }
                }
            }
            deliver(alerts);
        }
    }

    /** Checks the lasting conditions that need time to pass (no reads); call every second or so. */
    public void refresh(Instant now) {
        synchronized (deliveryLock) {
            List<Alert> alerts = new ArrayList<>();
            synchronized (this) {
                List<ReaderHealth> readers = null;
                for (int r = 0; r < rules.size(); r++) {
                    if (!(rules.get(r) instanceof AlertRule.NoReads rule)) {
                        continue;
                    }
                    if (readers == null) {
                        readers = health.snapshot(now).readers();
                    }
                    RuleState state = states.get(r);
                    Duration limit = Duration.ofMinutes(rule.minutes());
                    for (ReaderHealth reader : readers) {
                        if (!AlertRule.appliesTo(rule.device(), reader.deviceId()) || !reader.healthy()) {
                            continue;
                        }
                        Instant since = reader.lastReadAt() != null
                                ? reader.lastReadAt()
                                : state.watchedSince.computeIfAbsent(reader.deviceId(), id -> now);
                        if (Duration.between(since, now).compareTo(limit) >= 0 && state.active.add(reader.deviceId())) {
                            alerts.add(new Alert(
                                    AlertKind.RULE,
                                    reader.deviceId(),
                                    now,
                                    "no tag read for "
                                            + Duration.between(since, now).toMinutes() + " min"
                                            + (reader.lastReadAt() == null ? " (none since watched)" : ""),
                                    rule.label()));
                        }
                    }
                }
            }
            deliver(alerts);
        }
    }

    private static AlertKind healthKind(AlertRule rule, HealthEvent e) {
        AlertKind kind = switch (rule) {
            case AlertRule.Offline r when e.kind() == HealthEvent.Kind.OFFLINE -> AlertKind.OFFLINE;
            case AlertRule.Offline r when e.kind() == HealthEvent.Kind.DEAD -> AlertKind.DEAD;
            case AlertRule.Back r when e.kind() == HealthEvent.Kind.BACK -> AlertKind.BACK;
            case AlertRule.Stale r when e.kind() == HealthEvent.Kind.STALE -> AlertKind.STALE;
            case AlertRule.Reboot r when e.kind() == HealthEvent.Kind.REBOOT -> AlertKind.REBOOT;
            default -> null;
        };
        String device = switch (rule) {
            case AlertRule.Offline r -> r.device();
            case AlertRule.Back r -> r.device();
            case AlertRule.Stale r -> r.device();
            case AlertRule.Reboot r -> r.device();
            default -> null;
        };
        return kind != null && AlertRule.appliesTo(device, e.deviceId()) ? kind : null;
    }

    private static void tags(
            String device,
            List<String> list,
            boolean watch,
            AlertRule rule,
            RuleState state,
            List<DecodedMessage> decoded,
            List<Alert> alerts) {
        for (DecodedMessage m : decoded) {
            if (!(m instanceof TagEvent e)
                    || !AlertRule.appliesTo(device, e.deviceId())
                    || e.tagId().isEmpty()) {
                continue;
            }
            String tag = e.tagId().toUpperCase(Locale.ROOT);
            if (list.contains(tag) != watch) {
                continue;
            }
            String key = e.deviceId() + "/" + tag;
            Instant last = state.lastTagAlert.get(key);
            if (last != null && Duration.between(last, e.receivedAt()).compareTo(TAG_REPEAT) < 0) {
                continue;
            }
            state.lastTagAlert.put(key, e.receivedAt());
            if (state.lastTagAlert.size() > 10_000) {
                state.lastTagAlert.clear(); // bounded: a flood of unknown tags must not grow it forever
            }
            alerts.add(new Alert(
                    AlertKind.RULE,
                    e.deviceId(),
                    e.receivedAt(),
                    (watch ? "watched tag " : "tag not on the allow list ")
                            + e.tagId()
                            + (e.interfaceName() == null ? "" : " on " + e.interfaceName()),
                    rule.label()));
        }
    }

    private void rssi(AlertRule.RssiBelow rule, RuleState state, List<DecodedMessage> decoded, List<Alert> alerts) {
        Set<String> seen = new HashSet<>();
        for (DecodedMessage m : decoded) {
            if (!(m instanceof TagEvent e) || e.rssi() == null || !AlertRule.appliesTo(rule.device(), e.deviceId())) {
                continue;
            }
            String iface = e.interfaceName() == null ? "" : e.interfaceName();
            if (rule.interfaceName() != null && !rule.interfaceName().equalsIgnoreCase(iface)) {
                continue;
            }
            String key = e.deviceId() + "/" + iface;
            if (!seen.add(key)) {
                continue;
            }
            Instant at = m.receivedAt();
            RssiStats stats = health.reader(e.deviceId(), at)
                    .map(h -> h.rssi().get(iface))
                    .orElse(null);
            if (stats == null || stats.count1m() == 0) {
                continue;
            }
            if (stats.mean1m() < rule.threshold()) {
                if (state.active.add(key)) {
                    alerts.add(new Alert(
                            AlertKind.RULE,
                            e.deviceId(),
                            at,
                            String.format(
                                    Locale.ROOT,
                                    "RSSI 1 min mean %.1f below %d on %s (weakest %.0f)",
                                    stats.mean1m(),
                                    rule.threshold(),
                                    iface.isEmpty() ? "the reader" : iface,
                                    stats.min1m()),
                            rule.label()));
                }
            } else {
                state.active.remove(key);
            }
        }
    }

    private static void values(
            AlertRule.Value rule,
            RuleState state,
            List<InboundMessage> messages,
            List<DecodedMessage> decoded,
            List<Alert> alerts) {
        JsonPointer pointer = JsonPointer.compile(rule.pointer());
        for (int i = 0; i < messages.size(); i++) {
            InboundMessage m = messages.get(i);
            if (!TopicFilters.matches(rule.topic(), m.topic()) || m.payload().length == 0) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(m.payload()).at(pointer);
            } catch (IOException e) {
                continue; // not JSON: the rule cannot say anything about it
            }
            boolean met = rule.test(node);
            if (met && state.active.add(m.topic())) {
                String device = i < decoded.size() && decoded.get(i).deviceId() != null
                        ? decoded.get(i).deviceId()
                        : m.topic();
                alerts.add(new Alert(
                        AlertKind.RULE,
                        device,
                        m.receivedAt(),
                        m.topic() + " " + rule.pointer() + " = " + node + " (" + rule.op() + " " + rule.value() + ")",
                        rule.label()));
            } else if (!met) {
                state.active.remove(m.topic());
            }
        }
    }

    private void deliver(List<Alert> alerts) {
        for (Alert a : alerts) {
            for (AlertListener l : listeners) {
                l.onAlert(a);
            }
        }
    }

    /** What one rule remembers: conditions in force (per reader, interface or topic) and recent tag alerts. */
    private static final class RuleState {
        final Set<String> active = new HashSet<>();
        final Map<String, Instant> lastTagAlert = new HashMap<>();
        final Map<String, Instant> watchedSince = new HashMap<>();
    }
}
