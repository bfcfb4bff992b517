package com.springcoreexplorer.mqtt.recording;

import java.util.Locale;

/**
 * How fast to replay: the recorded gaps divided by {@code factor}, or as fast as the target accepts.
 *
 * @param factor 1 = real time, 10 = ten times faster; {@link Double#POSITIVE_INFINITY} = max
 */
public record ReplaySpeed(double factor) {

    public static final ReplaySpeed REAL_TIME = new ReplaySpeed(1);
    public static final ReplaySpeed MAX = new ReplaySpeed(Double.POSITIVE_INFINITY);

    public ReplaySpeed {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("speed must be above 0");
        }
    }

    public boolean isMax() {
        return Double.isInfinite(factor);
    }

    /** {@code 1}, {@code 0.5}, {@code 10}, {@code max}; else an {@link IllegalArgumentException} saying what is accepted. */
    public static ReplaySpeed parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("max")) {
            return MAX;
        }
        if (value.endsWith("x")) {
            value = value.substring(0, value.length() - 1);
        }
        try {
            double factor = Double.parseDouble(value);
            if (factor > 0 && factor <= 1_000_000 && !Double.isNaN(factor)) {
                return new ReplaySpeed(factor);
            }
        } catch (NumberFormatException notANumber) {
            // fall through to the message below
        }
        throw new IllegalArgumentException(
                "speed must be a number above 0 (1 = as recorded, 10 = ten times faster) or 'max', not '" + text + "'");
    }

    /** How long to wait, in nanoseconds, for a message recorded {@code recordedGapMicros} after the first one. */
    long delayNanos(long recordedGapMicros) {
        return isMax() ? 0 : (long) (recordedGapMicros * 1_000.0 / factor);
    }

    @Override
    public String toString() {
        return isMax()
                ? "max"
                : (factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor)) + "x";
    }
}
