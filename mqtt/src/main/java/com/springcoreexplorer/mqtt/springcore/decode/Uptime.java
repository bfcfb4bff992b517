package com.springcoreexplorer.mqtt.springcore.decode;

import java.time.Duration;
import java.util.Optional;

/**
 * A device's {@code Uptime}, {@code "CCC:SSS.MMM"}: start-up counter, then time since that start.
 *
 * @param startups  how many times the device has started (the counter)
 * @param sinceStart time since the last start
 */
public record Uptime(long startups, Duration sinceStart) {

    /** Parses {@code "145:1860.081"}; milliseconds optional; empty when the text is not in that shape. */
    public static Optional<Uptime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon <= 0 || colon > 18) {
            return Optional.empty();
        }
        long counter = digits(t, 0, colon);
        int dot = t.indexOf('.', colon + 1);
        int secondsEnd = dot < 0 ? t.length() : dot;
        if (secondsEnd - colon - 1 > 15) {
            return Optional.empty();
        }
        long seconds = digits(t, colon + 1, secondsEnd);
        long millis = 0;
        if (dot >= 0) {
            int fraction = t.length() - dot - 1;
            if (fraction < 1 || fraction > 3) {
                return Optional.empty();
            }
            millis = digits(t, dot + 1, t.length());
            for (int i = fraction; i < 3; i++) {
                millis *= 10;
            }
        }
        if (counter < 0 || seconds < 0 || millis < 0) {
            return Optional.empty();
        }
        return Optional.of(new Uptime(counter, Duration.ofSeconds(seconds, millis * 1_000_000)));
    }

    /** Value of the decimal digits in [from, to), or -1 when empty or not all digits. */
    private static long digits(String t, int from, int to) {
        if (from >= to) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** "start #145, up 31m 0.081s" style text for tables. */
    public String display() {
        long s = sinceStart.toSeconds();
        String up = s >= 86_400
                ? String.format("%dd %02dh%02dm", s / 86_400, (s / 3600) % 24, (s / 60) % 60)
                : s >= 3600
                        ? String.format("%dh%02dm%02ds", s / 3600, (s / 60) % 60, s % 60)
                        : s >= 60
                                ? String.format("%dm%02ds", s / 60, s % 60)
                                : String.format("%d.%03ds", s, sinceStart.toMillisPart());
        return "up " + up + " (start #" + startups + ")";
    }
}
