package com.springcoreexplorer.mqtt.springcore.alerts;

/** Hears each alert once, in order, on the engine thread that raised it (dispatcher or timer); return quickly. */
@FunctionalInterface
public interface AlertListener {

    void onAlert(Alert alert);
}
