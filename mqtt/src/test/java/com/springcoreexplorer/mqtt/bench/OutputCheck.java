package com.springcoreexplorer.mqtt.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a subscriber's standard output line by line (one line per message, text or JSON, whatever the
 * tool), counts the lines after a mark, when the last one arrived, and the distinct (device, Sequence)
 * pairs among them: a line count can hide a duplicate that covers a loss, the pairs cannot.
 */
final class OutputCheck implements Runnable {

    private static final byte[] DEVICE_KEY = (TagEvents.PREFIX + "/").getBytes();
    private static final byte[] SEQUENCE_KEY = "Sequence".getBytes();
    private static final byte[] PROBE_KEY = ("/" + CliScenario.PROBE_DEVICE + "/").getBytes();

    private final InputStream input;
    private final Map<String, BitSet> seen = new HashMap<>(); // reader thread only
    private volatile long lines;
    private volatile long probes;
    private volatile long mark = Long.MAX_VALUE;
    private volatile long unique;
    private volatile long lastNanos;

    private OutputCheck(InputStream input) {
        this.input = input;
    }

    static OutputCheck start(InputStream input, String name) {
        OutputCheck check = new OutputCheck(input);
        Thread.ofPlatform().name(name).daemon(true).start(check);
        return check;
    }

    @Override
    public void run() {
        byte[] chunk = new byte[1 << 16];
        byte[] line = new byte[1 << 16];
        int length = 0;
        try (input) {
            for (int read = input.read(chunk); read >= 0; read = input.read(chunk)) {
                long now = System.nanoTime();
                for (int i = 0; i < read; i++) {
                    byte b = chunk[i];
                    if (b != '\n') {
                        if (length < line.length) {
                            line[length++] = b;
                        }
                        continue;
                    }
                    long count = lines + 1;
                    if (count > mark) {
                        countUnique(line, length);
                    } else if (indexOf(line, length, PROBE_KEY, 0) >= 0) {
                        probes++;
                    }
                    lines = count;
                    lastNanos = now;
                    length = 0;
                }
            }
        } catch (IOException closed) {
            // the process ended
        }
    }

    private void countUnique(byte[] line, int length) {
        int device = indexOf(line, length, DEVICE_KEY, 0);
        int sequence = indexOf(line, length, SEQUENCE_KEY, 0);
        if (device < 0 || sequence < 0 || device + DEVICE_KEY.length + 8 > length) {
            return;
        }
        String id = new String(line, device + DEVICE_KEY.length, 8);
        int i = sequence + SEQUENCE_KEY.length;
        while (i < length && (line[i] < '0' || line[i] > '9')) {
            i++; // ":" in a JSON payload, "\":" when the payload is a JSON string
        }
        int value = 0;
        for (; i < length && line[i] >= '0' && line[i] <= '9'; i++) {
            value = value * 10 + (line[i] - '0');
        }
        BitSet bits = seen.computeIfAbsent(id, k -> new BitSet());
        if (!bits.get(value)) {
            bits.set(value);
            unique++;
        }
    }

    private static int indexOf(byte[] line, int length, byte[] key, int from) {
        outer:
        for (int i = from; i + key.length <= length; i++) {
            for (int k = 0; k < key.length; k++) {
                if (line[i + k] != key[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** From now on lines count (probes before this are left out). */
    long mark() {
        long current = lines;
        mark = current;
        return current;
    }

    long lines() {
        return lines;
    }

    /**
     * Probe messages printed before the mark: a subscriber is ready when it printed one, not any line (a JVM
     * option such as {@code -XX:StartFlightRecording} prints its own line on stdout before sub subscribed).
     */
    long probes() {
        return probes;
    }

    long linesAfterMark() {
        return mark == Long.MAX_VALUE ? 0 : lines - mark;
    }

    long unique() {
        return unique;
    }

    long lastNanos() {
        return lastNanos;
    }
}
