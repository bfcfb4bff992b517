package com.springcoreexplorer.mqtt.springcore.health;

import com.springcoreexplorer.mqtt.springcore.decode.DeviceState;
import com.springcoreexplorer.mqtt.springcore.decode.StatusReport;
import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import com.springcoreexplorer.mqtt.springcore.decode.Uptime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Mutable health of one reader; only touched under {@link FleetHealth}'s lock. */
final class Reader {

    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration UPTIME_TOLERANCE = Duration.ofSeconds(2);

    final String id;
    final Instant firstSeen;
    Instant lastSeen;
    Instant lastStatusAt;
    DeviceState state = DeviceState.UNKNOWN;
    boolean stale;
    Uptime uptime;
    String product;
    String firmware;
    long reboots;
    long reads;
    Instant lastReadAt;
    private final Deque<Instant> rebootTimes = new ArrayDeque<>();
    private final Deque<Instant> outageTimes = new ArrayDeque<>();
    private final SecondBuckets readBuckets = new SecondBuckets();
    private final Map<String, SecondBuckets> rssiBuckets = new TreeMap<>();
    private final Map<String, Integer> lastRssi = new LinkedHashMap<>();
    private final Deque<StateSpan> spans = new ArrayDeque<>();
    private final Deque<HealthEvent> timeline = new ArrayDeque<>();

    Reader(String id, Instant firstSeen) {
        this.id = id;
        this.firstSeen = firstSeen;
        this.lastSeen = firstSeen;
    }

    /** A higher start-up counter, or a same counter with less time since start, is a restart. */
    void checkReboot(Uptime reported, Instant at, List<HealthEvent> events) {
        if (reported == null) {
            return;
        }
        Uptime before = uptime;
        uptime = reported;
        if (before == null) {
            return;
        }
        String why = null;
        if (reported.startups() > before.startups()) {
            why = "start-up counter " + before.startups() + " -> " + reported.startups();
        } else if (reported.startups() < before.startups()) {
            why = "start-up counter went back " + before.startups() + " -> " + reported.startups()
                    + " (reset or replaced)";
        } else if (reported.sinceStart().plus(UPTIME_TOLERANCE).compareTo(before.sinceStart()) < 0) {
            why = "uptime went back from " + before.sinceStart().toSeconds() + " s to "
                    + reported.sinceStart().toSeconds() + " s";
        }
        if (why != null) {
            reboots++;
            rebootTimes.addLast(at);
            emit(new HealthEvent(id, at, HealthEvent.Kind.REBOOT, why), events);
        }
    }

    void onStatus(StatusReport s, Instant at, List<HealthEvent> events) {
        DeviceState next = s.state();
        DeviceState previous = state;
        boolean wasStale = stale;
        stale = false;
        lastStatusAt = at;
        String retained = s.retained() ? " (retained: sent before we connected)" : "";
        if (next != previous) {
            StateSpan open = spans.peekLast();
            if (open != null && open.ongoing()) {
                spans.removeLast();
                spans.addLast(new StateSpan(open.state(), open.from(), at));
            }
            spans.addLast(new StateSpan(next, at, null));
            while (spans.size() > FleetHealth.MAX_SPANS) {
                spans.removeFirst();
            }
            state = next;
        }
        if (next == DeviceState.OFFLINE_DEAD && previous != DeviceState.OFFLINE_DEAD) {
            outageTimes.addLast(at);
            emit(
                    new HealthEvent(
                            id, at, HealthEvent.Kind.DEAD, "last will: the broker lost the connection" + retained),
                    events);
        } else if (next == DeviceState.OFFLINE && previous != DeviceState.OFFLINE) {
            outageTimes.addLast(at);
            emit(new HealthEvent(id, at, HealthEvent.Kind.OFFLINE, "clean disconnect" + retained), events);
        } else if (next.isOnline() && (previous.isOffline() || wasStale)) {
            String from = wasStale && !previous.isOffline() ? "stale" : previous.wire();
            emit(new HealthEvent(id, at, HealthEvent.Kind.BACK, "back " + next.wire() + " after " + from), events);
        } else if (next != previous && next == DeviceState.ONLINE_BUSY) {
            emit(new HealthEvent(id, at, HealthEvent.Kind.BUSY, next.wire() + retained), events);
        } else if (next != previous && next == DeviceState.ONLINE_READY) {
            emit(new HealthEvent(id, at, HealthEvent.Kind.ONLINE, next.wire() + retained), events);
        }
    }

    void onRead(TagEvent e, Instant at) {
        reads++;
        lastReadAt = lastReadAt == null || at.isAfter(lastReadAt) ? at : lastReadAt;
        readBuckets.add(at, 1);
        if (e.rssi() != null) {
            String iface = e.interfaceName() == null ? "" : e.interfaceName();
            rssiBuckets.computeIfAbsent(iface, k -> new SecondBuckets()).add(at, e.rssi());
            lastRssi.put(iface, e.rssi());
        }
    }

    void checkStale(Instant now, Duration staleAfter, List<HealthEvent> events) {
        if (stale || state.isOffline()) {
            return;
        }
        Instant reference = lastStatusAt != null ? lastStatusAt : firstSeen;
        if (Duration.between(reference, now).compareTo(staleAfter) > 0) {
            stale = true;
            outageTimes.addLast(now);
            emit(
                    new HealthEvent(
                            id,
                            now,
                            HealthEvent.Kind.STALE,
                            "no STATUS for " + Duration.between(reference, now).toSeconds() + " s (stale after "
                                    + staleAfter.toSeconds() + " s)"),
                    events);
        }
    }

    private void emit(HealthEvent event, List<HealthEvent> events) {
        timeline.addLast(event);
        while (timeline.size() > FleetHealth.MAX_TIMELINE) {
            timeline.removeFirst();
        }
        events.add(event);
    }

    ReaderHealth snapshot(Instant now, Duration staleAfter) {
        Instant dayAgo = now.minus(DAY);
        while (!rebootTimes.isEmpty() && rebootTimes.peekFirst().isBefore(dayAgo)) {
            rebootTimes.removeFirst();
        }
        while (!outageTimes.isEmpty() && outageTimes.peekFirst().isBefore(dayAgo)) {
            outageTimes.removeFirst();
        }
        Map<String, RssiStats> rssi = new LinkedHashMap<>();
        rssiBuckets.forEach((iface, buckets) -> {
            SecondBuckets.Window minute = buckets.window(now, 60);
            SecondBuckets.Window hour = buckets.window(now, SecondBuckets.SECONDS);
            rssi.put(
                    iface,
                    new RssiStats(
                            iface,
                            lastRssi.get(iface),
                            minute.mean(),
                            minute.min(),
                            minute.count(),
                            hour.mean(),
                            hour.min(),
                            hour.count(),
                            buckets.perMinute(now, false)));
        });
        boolean staleNow = stale
                || (!state.isOffline()
                        && Duration.between(lastStatusAt != null ? lastStatusAt : firstSeen, now)
                                        .compareTo(staleAfter)
                                > 0);
        return new ReaderHealth(
                id,
                state,
                staleNow,
                lastSeen,
                lastStatusAt,
                uptime,
                product,
                firmware,
                reboots,
                rebootTimes.size(),
                outageTimes.size(),
                reads,
                readBuckets.window(now, 60).count(),
                readBuckets.perMinute(now, true),
                lastReadAt,
                rssi,
                List.copyOf(spans),
                List.copyOf(timeline),
                now);
    }
}
