package com.springcoreexplorer.mqtt.springcore.commands;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a command asks the reader to do; every part optional. Built by {@link CommandBuilder} (which
 * refuses what the vendor forbids) or decoded from what was seen on {@code rdr/cmd} (which may hold
 * anything and is shown as it is).
 *
 * @param sequence  built-in sequence ID 0..255, or null
 * @param leds      8 upper-case hex digits, one byte per LED of the 4-LED ramp, or null
 * @param buzzerMs  beep length 0..65535 ms, or null
 * @param raw       undocumented fields, value as canonical compact JSON text ({@code "FF0000"} with its quotes, {@code 1})
 */
public record Command(Integer sequence, String leds, Integer buzzerMs, Map<RawField, String> raw) {

    public Command {
        raw = raw == null || raw.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(raw));
    }

    public boolean isEmpty() {
        return sequence == null && leds == null && buzzerMs == null && raw.isEmpty();
    }

    /** True when {@code Sequence} is combined with {@code Leds}, {@code Rgb*} or {@code Buzzer} (forbidden by the vendor). */
    public boolean hasForbiddenCombination() {
        return sequence != null
                && (leds != null || buzzerMs != null || raw.keySet().stream().anyMatch(RawField::isRgb));
    }

    /** A short human summary, e.g. "wink (0E)" or "LEDs 92929292, beep 100 ms": what the reader is doing. */
    public String describe() {
        List<String> parts = new ArrayList<>(4);
        if (sequence != null) {
            parts.add(SequenceId.describe(sequence));
        }
        if (leds != null) {
            parts.add("LEDs " + leds);
        }
        if (buzzerMs != null) {
            parts.add("beep " + buzzerMs + " ms");
        }
        raw.forEach((field, value) -> parts.add(field.jsonName() + "=" + value));
        return parts.isEmpty() ? "empty command" : String.join(", ", parts);
    }
}
