package com.springcoreexplorer.mqtt.springcore.health;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A reader's health fields for {@code devices --json}: {@code reboots}, {@code outages}, {@code rssi}. */
public final class HealthJson {

    private HealthJson() {}

    /** Adds {@code reboots} and {@code outages} (last 24 h, as seen) and {@code rssi} per interface to {@code device}. */
    public static void addTo(ObjectNode device, ReaderHealth health) {
        device.put("reboots", health.reboots24h());
        device.put("outages", health.outages24h());
        ObjectNode rssi = device.putObject("rssi");
        health.rssi().forEach((iface, stats) -> {
            ObjectNode o = rssi.putObject(iface.isEmpty() ? "unknown" : iface);
            o.put("last", stats.last());
            putNumber(o, "mean1m", stats.mean1m());
            putNumber(o, "min1m", stats.min1m());
            putNumber(o, "mean1h", stats.mean1h());
            putNumber(o, "min1h", stats.min1h());
            o.put("reads1h", stats.count1h());
        });
    }

    private static void putNumber(ObjectNode o, String name, double value) {
        if (Double.isNaN(value)) {
            o.putNull(name);
        } else {
            o.put(name, Math.round(value * 10) / 10.0);
        }
    }
}
