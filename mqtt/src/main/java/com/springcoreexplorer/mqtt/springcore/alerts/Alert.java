package com.springcoreexplorer.mqtt.springcore.alerts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One alert: what happened, to which reader, when.
 *
 * @param kind   reboot, offline, dead, back, stale, or rule (every other rule)
 * @param device the reader's ID, or the topic for a generic value rule off SpringCore topics
 * @param at     when it happened
 * @param detail plain words
 * @param rule   the name of the rule that raised it
 */
public record Alert(AlertKind kind, String device, Instant at, String detail, String rule) {

    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        device = device == null ? "" : device;
        detail = detail == null ? "" : detail;
        rule = rule == null ? "" : rule;
    }

    /** {@code {"alert":"reboot","device":"DA1275B0","at":"...","detail":"..."}} (plus {@code "rule"} for rules). */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("alert", kind.word());
        o.put("device", device);
        o.put("at", at.toString());
        o.put("detail", detail);
        if (kind == AlertKind.RULE) {
            o.put("rule", rule);
        }
        return o;
    }

    /** One line for a terminal: {@code 2026-12-05T11:00:00Z  reboot  DA1275B0  start-up counter 145 -> 146}. */
    public String toLine() {
        return at + "  " + kind.word() + "  " + (device.isEmpty() ? "-" : device) + "  "
                + (kind == AlertKind.RULE && !rule.isEmpty() ? rule + ": " : "") + detail;
    }
}
