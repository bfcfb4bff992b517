package com.springcoreexplorer.mqtt.springcore.health;

import com.springcoreexplorer.mqtt.springcore.decode.DeviceState;
import com.springcoreexplorer.mqtt.springcore.decode.Uptime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One reader's health as of {@code at}: immutable, safe for any thread.
 *
 * @param deviceId      the {@code {id}} topic level
 * @param state         from the last STATUS ({@link DeviceState#UNKNOWN} before the first)
 * @param stale         online (or unknown) but no STATUS for the stale time
 * @param lastSeen      last message of any kind
 * @param lastStatusAt  last STATUS, or null
 * @param uptime        the newest uptime it reported (STATUS or tag event), or null
 * @param product       ProductName from META, or null
 * @param firmware      Firmware (or Version on older firmware) from META, or null
 * @param reboots       reboots seen since it was first seen
 * @param reboots24h    reboots in the last 24 hours
 * @param outages24h    times it went offline, dead or stale in the last 24 hours
 * @param reads         tag reads since it was first seen
 * @param reads1m       tag reads in the last minute
 * @param readsPerMinute tag reads per minute over the last hour, oldest first (60 values)
 * @param lastReadAt    last tag read, or null
 * @param rssi          RSSI statistics per interface (interface name order)
 * @param states        state history, oldest first (bounded), the last one ongoing
 * @param timeline      what happened to it, oldest first (bounded)
 * @param at            the time this describes
 */
public record ReaderHealth(
        String deviceId,
        DeviceState state,
        boolean stale,
        Instant lastSeen,
        Instant lastStatusAt,
        Uptime uptime,
        String product,
        String firmware,
        long reboots,
        int reboots24h,
        int outages24h,
        long reads,
        long reads1m,
        double[] readsPerMinute,
        Instant lastReadAt,
        Map<String, RssiStats> rssi,
        List<StateSpan> states,
        List<HealthEvent> timeline,
        Instant at) {

    public ReaderHealth {
        rssi = Map.copyOf(rssi);
        states = List.copyOf(states);
        timeline = List.copyOf(timeline);
    }

    /** Online and not stale. */
    public boolean healthy() {
        return state.isOnline() && !stale;
    }
}
