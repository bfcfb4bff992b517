package com.springcoreexplorer.ui.fleet;

import java.util.List;
import java.util.Map;

/**
 * The whole fleet as of one moment (sent about once a second).
 *
 * @param rows           every reader, by ID
 * @param online         online and ready
 * @param busy           online and busy
 * @param offline        cleanly disconnected
 * @param dead           lost (last will)
 * @param stale          silent while claiming to be online
 * @param firmwareSpread readers per firmware version, most common first
 */
public record FleetUpdate(
        List<FleetRow> rows,
        int online,
        int busy,
        int offline,
        int dead,
        int stale,
        Map<String, Integer> firmwareSpread) {

    public static final FleetUpdate EMPTY = new FleetUpdate(List.of(), 0, 0, 0, 0, 0, Map.of());

    public FleetUpdate {
        rows = List.copyOf(rows);
        firmwareSpread = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(firmwareSpread));
    }
}
