package com.springcoreexplorer.mqtt.springcore.health;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.DecodedBatchListener;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.MetaReport;
import com.springcoreexplorer.mqtt.springcore.decode.StatusReport;
import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import com.springcoreexplorer.mqtt.springcore.devices.RegistrySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fleet's health, built from decoded messages: per reader its state history, reboots (the
 * start-up counter of {@code Uptime}), outages, staleness, tag-read rate and RSSI per interface.
 * <p>
 * Threads: register it on {@link com.springcoreexplorer.mqtt.springcore.SpringCoreModel} (it is fed on
 * the ingest dispatcher) and call {@link #refresh} from a timer so silences become "stale"; both
 * lock this object and tell {@link HealthListener}s on the calling thread, after the lock is released.
 * {@link #snapshot} may be called from any thread. Time comes from the messages and from the
 * {@code now} passed in, never from a clock of its own, so tests drive it with fixed instants.
 */
public final class FleetHealth implements DecodedBatchListener {

    public static final String UNKNOWN_FIRMWARE = "unknown";
    static final int MAX_TIMELINE = 500;
    static final int MAX_SPANS = 200;

    private final Duration staleAfter;
    private final Map<String, Reader> readers = new HashMap<>();
    private final List<HealthListener> listeners = new CopyOnWriteArrayList<>();
    /** Serialises deliveries so listeners hear events in the order they happened (dispatcher and timer). */
    private final Object deliveryLock = new Object();

    /** @param staleAfter an online reader without STATUS for longer than this is stale (default 3 x 30 s) */
    public FleetHealth(Duration staleAfter) {
        if (staleAfter == null || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("staleAfter must be positive");
        }
        this.staleAfter = staleAfter;
    }

    public FleetHealth() {
        this(RegistrySettings.DEFAULT.staleAfter());
    }

    public Duration staleAfter() {
        return staleAfter;
    }

    public void addListener(HealthListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(HealthListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void onDecoded(List<InboundMessage> messages, List<DecodedMessage> decoded) {
        applyAll(decoded);
    }

    /** Applies messages in order and tells listeners what happened; returns the same events. */
    public List<HealthEvent> applyAll(List<? extends DecodedMessage> messages) {
        synchronized (deliveryLock) {
            List<HealthEvent> events = new ArrayList<>();
            synchronized (this) {
                for (DecodedMessage m : messages) {
                    apply(m, events);
                }
            }
            deliver(events);
            return events;
        }
    }

    /** Notices silences at {@code now} (call every second or so); returns the new events, also told to listeners. */
    public List<HealthEvent> refresh(Instant now) {
        synchronized (deliveryLock) {
            List<HealthEvent> events = new ArrayList<>();
            synchronized (this) {
                for (Reader r : readers.values()) {
                    r.checkStale(now, staleAfter, events);
                }
            }
            events.sort(Comparator.comparing(HealthEvent::deviceId));
            deliver(events);
            return events;
        }
    }

    public synchronized FleetSnapshot snapshot(Instant now) {
        List<ReaderHealth> all = readers.values().stream()
                .map(r -> r.snapshot(now, staleAfter))
                .sorted(Comparator.comparing(ReaderHealth::deviceId))
                .toList();
        int online = 0;
        int busy = 0;
        int offline = 0;
        int dead = 0;
        int stale = 0;
        Map<String, Integer> firmware = new HashMap<>();
        for (ReaderHealth r : all) {
            if (r.stale()) {
                stale++;
            } else {
                switch (r.state()) {
                    case ONLINE_READY -> online++;
                    case ONLINE_BUSY -> busy++;
                    case OFFLINE -> offline++;
                    case OFFLINE_DEAD -> dead++;
                    default -> {
                        // no STATUS yet: counted nowhere until it says
                    }
                }
            }
            firmware.merge(
                    r.firmware() == null || r.firmware().isBlank() ? UNKNOWN_FIRMWARE : r.firmware(), 1, Integer::sum);
        }
        Map<String, Integer> spread = new LinkedHashMap<>();
        firmware.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> spread.put(e.getKey(), e.getValue()));
        return new FleetSnapshot(now, all, online, busy, offline, dead, stale, spread);
    }

    public synchronized Optional<ReaderHealth> reader(String deviceId, Instant now) {
        Reader r = readers.get(deviceId);
        return r == null ? Optional.empty() : Optional.of(r.snapshot(now, staleAfter));
    }

    /** Forgets every reader (new connection). */
    public synchronized void clear() {
        readers.clear();
    }

    private void apply(DecodedMessage message, List<HealthEvent> events) {
        String id = message.deviceId();
        if (id == null) {
            return;
        }
        Instant at = message.receivedAt();
        Reader r = readers.computeIfAbsent(id, k -> new Reader(k, at));
        if (at.isAfter(r.lastSeen)) {
            r.lastSeen = at;
        }
        switch (message) {
            case StatusReport s -> {
                r.checkReboot(s.uptime(), at, events);
                r.onStatus(s, at, events);
            }
            case TagEvent e -> {
                r.checkReboot(e.uptime(), at, events);
                r.onRead(e, at);
            }
            case MetaReport meta -> {
                r.product = meta.productName();
                // the build (Revision on current firmware, Version on older): what tells two readers apart
                r.firmware = meta.firmwareBuild();
            }
            default -> {
                // commands, rule-decoded and raw messages only count as "seen"
            }
        }
    }

    private void deliver(List<HealthEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<HealthEvent> view = List.copyOf(events);
        for (HealthListener l : listeners) {
            l.onHealthEvents(view);
        }
    }
}
