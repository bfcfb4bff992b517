package com.springcoreexplorer.mqtt.connection;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter between reconnect attempts: {@code initial * 2^(attempt-1)}, capped
 * at {@code max}, then moved by up to {@code ±jitter} of itself so many clients do not come back at once.
 *
 * @param initial first delay
 * @param max     longest delay
 * @param jitter  0..1, the fraction of the delay that is randomised
 */
public record BackoffPolicy(Duration initial, Duration max, double jitter) {

    public static final BackoffPolicy DEFAULT = new BackoffPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.2);

    public BackoffPolicy {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be within 0..1");
        }
    }

    /** The delay before attempt number {@code attempt} (1 = the first retry). */
    public Duration delay(int attempt, RandomGenerator random) {
        long base = initial.toMillis();
        long cap = max.toMillis();
        long delay = base;
        for (int i = 1; i < attempt && delay < cap; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, cap);
        double spread = delay * jitter;
        long jittered = Math.round(delay - spread + random.nextDouble() * 2 * spread);
        return Duration.ofMillis(Math.max(1, jittered));
    }
}
