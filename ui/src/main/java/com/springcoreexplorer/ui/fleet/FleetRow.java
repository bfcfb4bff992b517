package com.springcoreexplorer.ui.fleet;

import com.springcoreexplorer.ui.readers.ReaderRow;
import java.time.Instant;
import java.util.List;

/**
 * One reader in the fleet table; made by the engine adapter from the health model, once a second.
 *
 * @param id             device ID
 * @param state          its last STATUS
 * @param stale          no STATUS for the stale time
 * @param product        ProductName, "" when unknown
 * @param firmware       firmware, "" when unknown
 * @param lastSeen       last message of any kind
 * @param uptime         "up 3h02m (start #146)", "" when unknown
 * @param reboots24h     reboots in the last 24 hours
 * @param outages24h     offline, dead or stale in the last 24 hours
 * @param reads1m        tag reads in the last minute
 * @param readsPerMinute reads per minute over the last hour, oldest first
 * @param rssi           "last -52, 1 min mean -55.3 min -61" of the busiest interface, "" when no RSSI
 * @param rssiPerMinute  that interface's RSSI mean per minute over the last hour (NaN: none), oldest first
 * @param rssiInterface  that interface's name, "" when none
 * @param timeline       what happened to it, newest first
 */
public record FleetRow(
        String id,
        ReaderRow.State state,
        boolean stale,
        String product,
        String firmware,
        Instant lastSeen,
        String uptime,
        int reboots24h,
        int outages24h,
        long reads1m,
        double[] readsPerMinute,
        String rssi,
        double[] rssiPerMinute,
        String rssiInterface,
        List<TimelineItem> timeline) {

    public FleetRow {
        timeline = List.copyOf(timeline);
    }

    /** What happened to a reader: a line of its timeline. */
    public record TimelineItem(Instant at, String kind, String detail) {}
}
