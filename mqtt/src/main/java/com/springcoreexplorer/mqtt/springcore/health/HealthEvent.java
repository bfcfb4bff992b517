package com.springcoreexplorer.mqtt.springcore.health;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to a reader: a line of its timeline and what alerts are made of.
 *
 * @param deviceId the reader
 * @param at       when (the message's reception, or the refresh that noticed a silence)
 * @param kind     what happened
 * @param detail   plain words, e.g. "start-up counter 145 -> 146"
 */
public record HealthEvent(String deviceId, Instant at, Kind kind, String detail) {

    public HealthEvent {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    public enum Kind {
        /** First STATUS seen online, or busy back to ready. */
        ONLINE("online"),
        BUSY("busy"),
        /** Clean disconnect ({@code offline}). */
        OFFLINE("offline"),
        /** The last will ({@code offline,dead}): the broker lost it. */
        DEAD("dead"),
        /** No STATUS for the stale time while it claimed to be online. */
        STALE("stale"),
        /** Online again after offline, dead or stale. */
        BACK("back"),
        /** The start-up counter went up, or the uptime went backwards. */
        REBOOT("reboot");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** Lower-case word used in JSON and tables. */
        public String word() {
            return word;
        }

        /** Kinds that count as an outage (the reader stopped being reachable). */
        public boolean isOutage() {
            return this == OFFLINE || this == DEAD || this == STALE;
        }
    }
}
