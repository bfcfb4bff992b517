package com.springcoreexplorer.mqtt.springcore.health;

import java.util.List;

/** Hears what happened to readers, in order, on the thread that fed or refreshed {@link FleetHealth}; return quickly. */
@FunctionalInterface
public interface HealthListener {

    void onHealthEvents(List<HealthEvent> events);
}
