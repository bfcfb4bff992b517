package com.springcoreexplorer.mqtt.ingest;

import java.time.Duration;

/**
 * Log-linear histogram of microseconds (8 sub-buckets per power of two, so a percentile is within
 * 1/8 of the true value); fixed size, no allocation per value. Owner thread only.
 */
final class LatencyHistogram {

    private static final int SUB_BUCKETS = 8;
    private final long[] counts = new long[SUB_BUCKETS + 61 * SUB_BUCKETS];
    private long total;
    private long maxMicros;

    void recordNanos(long nanos) {
        long micros = Math.max(0, nanos / 1_000);
        counts[index(micros)]++;
        total++;
        maxMicros = Math.max(maxMicros, micros);
    }

    long count() {
        return total;
    }

    /** The upper bound of the bucket holding the given percentile (0 < p <= 100), capped at the maximum seen. */
    Duration percentile(double percent) {
        if (total == 0) {
            return Duration.ZERO;
        }
        long rank = (long) Math.ceil(percent / 100.0 * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Duration.ofNanos(Math.min(upperBound(i), maxMicros) * 1_000);
            }
        }
        return max();
    }

    Duration max() {
        return Duration.ofNanos(maxMicros * 1_000);
    }

    static int index(long micros) {
        if (micros < SUB_BUCKETS) {
            return (int) micros;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(micros);
        int mantissa = (int) ((micros >> (exponent - 3)) & (SUB_BUCKETS - 1));
        return SUB_BUCKETS + (exponent - 3) * SUB_BUCKETS + mantissa;
    }

    static long upperBound(int index) {
        if (index < SUB_BUCKETS) {
            return index;
        }
        int exponent = (index - SUB_BUCKETS) / SUB_BUCKETS + 3;
        int mantissa = (index - SUB_BUCKETS) % SUB_BUCKETS;
        long lower = (long) (SUB_BUCKETS + mantissa) << (exponent - 3);
        return lower + (1L << (exponent - 3)) - 1;
    }
}
