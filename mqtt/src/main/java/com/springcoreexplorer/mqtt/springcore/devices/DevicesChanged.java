package com.springcoreexplorer.mqtt.springcore.devices;

import java.time.Instant;
import java.util.List;

/**
 * What changed in the device list since the last notification: immutable, safe for any thread.
 *
 * @param at      the time of the change
 * @param added   devices seen for the first time
 * @param updated devices whose shown values changed (state, counts, rate, stale flag, meta, last command...)
 * @param removed IDs of devices forgotten ({@link DeviceRegistry#forget}, {@link DeviceRegistry#clear})
 */
public record DevicesChanged(
        Instant at, List<DeviceSnapshot> added, List<DeviceSnapshot> updated, List<String> removed) {

    public DevicesChanged {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && updated.isEmpty() && removed.isEmpty();
    }
}
