package com.springcoreexplorer.mqtt.bench;

import java.io.IOException;
import java.io.InputStream;

/** Counts the lines a mosquitto_sub prints (one per message) and when they arrived. */
final class LineCounter implements Runnable {

    private final InputStream input;
    private volatile long lines;
    private volatile long mark = Long.MAX_VALUE;
    private volatile long firstAfterMarkNanos;
    private volatile long lastNanos;

    LineCounter(InputStream input) {
        this.input = input;
    }

    static LineCounter start(InputStream input, String name) {
        LineCounter counter = new LineCounter(input);
        Thread.ofPlatform().name(name).daemon(true).start(counter);
        return counter;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[1 << 16];
        try {
            for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                long newLines = 0;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        newLines++;
                    }
                }
                if (newLines > 0) {
                    long now = System.nanoTime();
                    lines += newLines;
                    lastNanos = now;
                    if (firstAfterMarkNanos == 0 && lines > mark) {
                        firstAfterMarkNanos = now;
                    }
                }
            }
        } catch (IOException closed) {
            // the process ended
        }
    }

    /** From now on, the first new line starts the measured run. */
    long mark() {
        long current = lines;
        mark = current;
        return current;
    }

    long lines() {
        return lines;
    }

    long firstAfterMarkNanos() {
        return firstAfterMarkNanos;
    }

    long lastNanos() {
        return lastNanos;
    }
}
