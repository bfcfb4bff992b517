package com.springcoreexplorer.ui.alerts;

import java.time.Instant;

/**
 * One alert as the window shows it.
 *
 * @param kind    reboot, offline, dead, back, stale or rule
 * @param device  the reader (or topic)
 * @param at      when it happened
 * @param detail  plain words
 * @param rule    the rule's name
 * @param problem false for good news ("back")
 */
public record AlertRow(String kind, String device, Instant at, String detail, String rule, boolean problem) {

    /** "DA1275B0 dead" style title for notifications. */
    public String title() {
        return (device.isEmpty() ? "" : device + ": ")
                + switch (kind) {
                    case "reboot" -> "rebooted";
                    case "offline" -> "went offline";
                    case "dead" -> "lost (last will)";
                    case "back" -> "back online";
                    case "stale" -> "stale, no STATUS";
                    default -> rule;
                };
    }
}
