package com.springcoreexplorer.mqtt.springcore.health;

import java.time.Instant;

/**
 * One hour of samples in one-second buckets (count, sum, minimum): constant memory however fast a
 * reader reads, and cheap questions over the last minute or hour. Not thread-safe: its owner locks.
 */
final class SecondBuckets {

    static final int SECONDS = 3600;

    private final long[] second = new long[SECONDS];
    private final int[] count = new int[SECONDS];
    private final double[] sum = new double[SECONDS];
    private final double[] min = new double[SECONDS];

    SecondBuckets() {
        java.util.Arrays.fill(second, Long.MIN_VALUE);
    }

    void add(Instant at, double value) {
        long s = at.getEpochSecond();
        int i = (int) Math.floorMod(s, (long) SECONDS);
        if (second[i] != s) {
            if (second[i] > s) {
                return; // older than an hour behind the newest sample: outside every window
            }
            second[i] = s;
            count[i] = 0;
            sum[i] = 0;
            min[i] = Double.POSITIVE_INFINITY;
        }
        count[i]++;
        sum[i] += value;
        min[i] = Math.min(min[i], value);
    }

    /** Count, mean and minimum of the samples in the {@code seconds} seconds up to {@code now}. */
    Window window(Instant now, int seconds) {
        long end = now.getEpochSecond();
        long start = end - Math.min(seconds, SECONDS) + 1;
        long n = 0;
        double total = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < SECONDS; i++) {
            long s = second[i];
            if (s >= start && s <= end) {
                n += count[i];
                total += sum[i];
                lowest = Math.min(lowest, min[i]);
            }
        }
        return new Window(n, n == 0 ? Double.NaN : total / n, n == 0 ? Double.NaN : lowest);
    }

    /**
     * Per minute over the last hour, oldest first (60 values): the sample count per minute when
     * {@code counts}, else the minute's mean (NaN for a minute without samples).
     */
    double[] perMinute(Instant now, boolean counts) {
        long end = now.getEpochSecond();
        long start = end - SECONDS + 1;
        long[] n = new long[60];
        double[] total = new double[60];
        for (int i = 0; i < SECONDS; i++) {
            long s = second[i];
            if (s >= start && s <= end) {
                int minute = (int) ((s - start) / 60);
                n[minute] += count[i];
                total[minute] += sum[i];
            }
        }
        double[] out = new double[60];
        for (int m = 0; m < 60; m++) {
            out[m] = counts ? n[m] : n[m] == 0 ? Double.NaN : total[m] / n[m];
        }
        return out;
    }

    record Window(long count, double mean, double min) {}
}
