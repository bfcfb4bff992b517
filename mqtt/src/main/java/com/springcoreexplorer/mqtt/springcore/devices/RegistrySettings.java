package com.springcoreexplorer.mqtt.springcore.devices;

import java.time.Duration;
import java.util.Objects;

/**
 * How the device list judges liveness.
 *
 * @param statusInterval   how often readers send STATUS (device register 0289, whose documented default
 *                         {@code 5314030A1E1E} means QoS 1, last will on, retain on, keep-alive 10 s, STATUS every
 *                         30 s, reconnect after 30 s: so 30 s here, and "stale" after 3 x 30 s)
 * @param staleAfterIntervals a device is stale after this many intervals without STATUS (default 3)
 * @param rateTimeConstant time constant of the event-rate average (default 10 s): the rate forgets
 *                         older events exponentially with this constant
 */
public record RegistrySettings(Duration statusInterval, int staleAfterIntervals, Duration rateTimeConstant) {

    public static final RegistrySettings DEFAULT =
            new RegistrySettings(Duration.ofSeconds(30), 3, Duration.ofSeconds(10));

    public RegistrySettings {
        Objects.requireNonNull(statusInterval, "statusInterval");
        Objects.requireNonNull(rateTimeConstant, "rateTimeConstant");
        if (statusInterval.isNegative() || statusInterval.isZero()) {
            throw new IllegalArgumentException("statusInterval must be positive");
        }
        if (staleAfterIntervals < 1) {
            throw new IllegalArgumentException("staleAfterIntervals must be at least 1");
        }
        if (rateTimeConstant.isNegative() || rateTimeConstant.isZero()) {
            throw new IllegalArgumentException("rateTimeConstant must be positive");
        }
    }

    public RegistrySettings withStatusInterval(Duration interval) {
        return new RegistrySettings(interval, staleAfterIntervals, rateTimeConstant);
    }

    /** Silence longer than this (no STATUS) makes an online device stale. */
    public Duration staleAfter() {
        return statusInterval.multipliedBy(staleAfterIntervals);
    }
}
