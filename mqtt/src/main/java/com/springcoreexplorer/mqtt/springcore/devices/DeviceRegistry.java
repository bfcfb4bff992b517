package com.springcoreexplorer.mqtt.springcore.devices;

import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DeviceState;
import com.springcoreexplorer.mqtt.springcore.decode.MetaReport;
import com.springcoreexplorer.mqtt.springcore.decode.ReaderCommand;
import com.springcoreexplorer.mqtt.springcore.decode.StatusReport;
import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import com.springcoreexplorer.mqtt.springcore.decode.Uptime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The live list of readers, built from decoded messages. Fed by the ingest dispatcher ({@link #apply},
 * then {@link #publish} once per batch); {@link #refresh} may run on a timer thread; {@link #snapshot}
 * and {@link #device} may be called from any thread. Listeners receive immutable {@link DevicesChanged}
 * diffs, one delivery at a time and in order, on the thread that published or refreshed.
 * <p>
 * Time comes from the messages ({@link DecodedMessage#receivedAt()}) and from the {@code now} passed to
 * {@link #refresh}/{@link #publish}, never from a clock of its own: tests drive it with fixed instants.
 */
public final class DeviceRegistry {

    private final RegistrySettings settings;
    private final double tauSeconds;
    private final Map<String, Device> devices = new HashMap<>();
    private final Map<String, DeviceSnapshot> published = new HashMap<>();
    private final Set<String> dirty = new LinkedHashSet<>();
    private final List<String> removed = new ArrayList<>();
    private final List<DeviceListener> listeners = new CopyOnWriteArrayList<>();
    /**
     * Orders deliveries: a diff is computed and delivered before the next one is computed, so
     * listeners never see an older snapshot after a newer one, even when {@link #refresh} runs on a
     * timer thread while the dispatcher {@link #publish}es. Apply is never blocked by a slow listener.
     */
    private final Object deliveryLock = new Object();

    public DeviceRegistry(RegistrySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tauSeconds = settings.rateTimeConstant().toNanos() / 1e9;
    }

    public DeviceRegistry() {
        this(RegistrySettings.DEFAULT);
    }

    public RegistrySettings settings() {
        return settings;
    }

    public void addListener(DeviceListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(DeviceListener listener) {
        listeners.remove(listener);
    }

    /** Updates the device a message belongs to; messages without a device (not SpringCore's) are ignored. */
    public synchronized void apply(DecodedMessage message) {
        String id = message.deviceId();
        if (id == null) {
            return;
        }
        Instant at = message.receivedAt();
        Device d = devices.computeIfAbsent(id, k -> new Device(k, at));
        d.messageCount++;
        if (at.isAfter(d.lastSeen)) {
            d.lastSeen = at;
        }
        switch (message) {
            case StatusReport s -> {
                d.state = s.state();
                d.stateText = s.stateText();
                if (s.uptime() != null || s.state().isOffline()) {
                    d.uptime = s.uptime();
                }
                d.lastStatusAt = at;
            }
            case MetaReport meta -> d.meta = meta;
            case TagEvent e -> {
                d.eventCount++;
                d.addEvent(at, tauSeconds);
                d.lastTag = new TagSummary(e.tagId(), e.protocol(), e.move(), at);
            }
            case ReaderCommand c -> d.lastCommand = new CommandSeen(c.command(), c.format(), at);
            default -> {
                // raw and rule-decoded messages only count as "seen"
            }
        }
        dirty.add(id);
    }

    /** Applies every message, in order. */
    public void applyAll(List<? extends DecodedMessage> messages) {
        for (DecodedMessage m : messages) {
            apply(m);
        }
    }

    /** Tells listeners what the applied messages changed (call once per batch). */
    public void publish(Instant now) {
        synchronized (deliveryLock) {
            DevicesChanged changes;
            synchronized (this) {
                changes = diff(now, dirty);
                dirty.clear();
            }
            notifyListeners(changes);
        }
    }

    /**
     * Re-evaluates every device at {@code now}: stale flags and decayed rates. Call it from a timer on
     * the dispatcher thread (e.g. every second); listeners hear about devices whose shown values changed.
     */
    public void refresh(Instant now) {
        synchronized (deliveryLock) {
            DevicesChanged changes;
            synchronized (this) {
                Set<String> all = new LinkedHashSet<>(devices.keySet());
                all.addAll(dirty);
                changes = diff(now, all);
                dirty.clear();
            }
            notifyListeners(changes);
        }
    }

    /** Every device as of {@code now}, sorted by ID. */
    public synchronized List<DeviceSnapshot> snapshot(Instant now) {
        return devices.values().stream()
                .map(d -> d.snapshot(now, settings, tauSeconds))
                .sorted(Comparator.comparing(DeviceSnapshot::deviceId))
                .toList();
    }

    public synchronized Optional<DeviceSnapshot> device(String deviceId, Instant now) {
        Device d = devices.get(deviceId);
        return d == null ? Optional.empty() : Optional.of(d.snapshot(now, settings, tauSeconds));
    }

    public synchronized int size() {
        return devices.size();
    }

    /** Drops one device (the user removed it from the list); it comes back with its next message. */
    public void forget(String deviceId, Instant now) {
        synchronized (this) {
            if (devices.remove(deviceId) == null) {
                return;
            }
            published.remove(deviceId);
            dirty.remove(deviceId);
            removed.add(deviceId);
        }
        publish(now);
    }

    /** Forgets every device (new connection). */
    public void clear(Instant now) {
        synchronized (this) {
            removed.addAll(devices.keySet());
            devices.clear();
            published.clear();
            dirty.clear();
        }
        publish(now);
    }

    private DevicesChanged diff(Instant now, Set<String> ids) {
        List<DeviceSnapshot> added = new ArrayList<>();
        List<DeviceSnapshot> updated = new ArrayList<>();
        for (String id : ids) {
            Device d = devices.get(id);
            if (d == null) {
                continue;
            }
            DeviceSnapshot snap = d.snapshot(now, settings, tauSeconds);
            DeviceSnapshot before = published.put(id, snap);
            if (before == null) {
                added.add(snap);
            } else if (!snap.sameAs(before)) {
                updated.add(snap);
            } else {
                published.put(id, before);
            }
        }
        List<String> gone = List.copyOf(removed);
        removed.clear();
        return new DevicesChanged(now, added, updated, gone);
    }

    private void notifyListeners(DevicesChanged changes) {
        if (changes.isEmpty()) {
            return;
        }
        for (DeviceListener l : listeners) {
            l.onDevicesChanged(changes);
        }
    }

    /** Mutable state of one device; only touched under the registry's lock. */
    private static final class Device {
        final String id;
        final Instant firstSeen;
        Instant lastSeen;
        Instant lastStatusAt;
        MetaReport meta;
        DeviceState state = DeviceState.UNKNOWN;
        String stateText;
        Uptime uptime;
        TagSummary lastTag;
        CommandSeen lastCommand;
        long eventCount;
        long messageCount;
        /** Exponentially decayed event rate (events/s) as of {@link #rateAt}. */
        double rate;

        Instant rateAt;

        Device(String id, Instant firstSeen) {
            this.id = id;
            this.firstSeen = firstSeen;
            this.lastSeen = firstSeen;
        }

        void addEvent(Instant at, double tau) {
            rate = rateAt(at, tau) + 1.0 / tau;
            if (rateAt == null || at.isAfter(rateAt)) {
                rateAt = at;
            }
        }

        /** The rate decayed to {@code now}: each event adds 1/tau, then fades as exp(-dt/tau). */
        double rateAt(Instant now, double tau) {
            if (rateAt == null) {
                return 0;
            }
            double dt = Duration.between(rateAt, now).toNanos() / 1e9;
            return dt <= 0 ? rate : rate * Math.exp(-dt / tau);
        }

        DeviceSnapshot snapshot(Instant now, RegistrySettings settings, double tau) {
            Instant reference = lastStatusAt != null ? lastStatusAt : firstSeen;
            boolean stale =
                    !state.isOffline() && Duration.between(reference, now).compareTo(settings.staleAfter()) > 0;
            return new DeviceSnapshot(
                    id,
                    meta,
                    state,
                    stateText,
                    uptime,
                    firstSeen,
                    lastSeen,
                    lastStatusAt,
                    lastTag,
                    eventCount,
                    messageCount,
                    rateAt(now, tau),
                    stale,
                    lastCommand,
                    now);
        }
    }
}
