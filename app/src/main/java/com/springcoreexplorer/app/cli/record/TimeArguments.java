package com.springcoreexplorer.app.cli.record;

import com.springcoreexplorer.app.cli.CliFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --since}/{@code --until} values: ISO-8601 ({@code 2026-12-05T14:02:00Z}, with an offset, or local
 * time {@code 2026-12-05T14:02}, or a date {@code 2026-12-05}) or relative to now ({@code -15m}, {@code -2h},
 * {@code -30s}, {@code -7d}).
 */
final class TimeArguments {

    private static final Pattern RELATIVE = Pattern.compile("-(\\d{1,9})([smhd])");

    private TimeArguments() {}

    /** The instant, null for null; exit code 2 with one line when it is neither form. */
    static Instant parse(String option, String value, Clock clock) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        Matcher relative = RELATIVE.matcher(text);
        if (relative.matches()) {
            long amount = Long.parseLong(relative.group(1));
            Duration back = switch (relative.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            return clock.instant().minus(back);
        }
        ZoneId zone = clock.getZone();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notUtc) {
            // try the other forms
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            // try the other forms
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException notLocal) {
            // try the other forms
        }
        try {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notDate) {
            throw CliFailure.badInput(option + " '" + value + "' is not a time; use ISO-8601 (2026-12-05T14:02:00Z, "
                    + "2026-12-05T14:02 local time, 2026-12-05) or a time back from now (-15m, -2h, -30s, -7d)");
        }
    }

    /** Both bounds, checked to be in order. */
    static Instant[] range(String since, String until, Clock clock) {
        Instant from = parse("--since", since, clock);
        Instant to = parse("--until", until, clock);
        if (from != null && to != null && from.isAfter(to)) {
            throw CliFailure.badInput("--since (" + from + ") is after --until (" + to + "); swap them");
        }
        return new Instant[] {from, to};
    }
}
