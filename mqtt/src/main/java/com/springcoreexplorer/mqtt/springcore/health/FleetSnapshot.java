package com.springcoreexplorer.mqtt.springcore.health;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every reader's health and the fleet's counts as of {@code at}.
 *
 * @param readers        sorted by device ID
 * @param online         online and ready, not stale
 * @param busy           online and busy, not stale
 * @param offline        cleanly disconnected
 * @param dead           lost (last will)
 * @param stale          claims to be online but silent for the stale time
 * @param firmwareSpread readers per firmware version ("unknown" before META), most common first
 */
public record FleetSnapshot(
        Instant at,
        List<ReaderHealth> readers,
        int online,
        int busy,
        int offline,
        int dead,
        int stale,
        Map<String, Integer> firmwareSpread) {

    public FleetSnapshot {
        readers = List.copyOf(readers);
        firmwareSpread = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(firmwareSpread));
    }

    /** "5 online, 1 dead, 2 firmware versions" (counts of zero left out). */
    public String summary() {
        StringBuilder s = new StringBuilder();
        append(s, online, "online");
        append(s, busy, "busy");
        append(s, offline, "offline");
        append(s, dead, "dead");
        append(s, stale, "stale");
        if (s.isEmpty()) {
            s.append("no reader");
        }
        long versions = firmwareSpread.keySet().stream()
                .filter(v -> !v.equals(FleetHealth.UNKNOWN_FIRMWARE))
                .count();
        if (versions > 0) {
            s.append(", ").append(versions).append(versions == 1 ? " firmware version" : " firmware versions");
        }
        return s.toString();
    }

    private static void append(StringBuilder s, int n, String word) {
        if (n > 0) {
            s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(word);
        }
    }
}
