package com.springcoreexplorer.mqtt.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples heap use every 50 ms (garbage included) and, on request, the live heap after a full GC. */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakLive;

    HeapSampler() {
        thread = Thread.ofPlatform().name("bench-heap-sampler").daemon(true).start(this::sample);
    }

    private void sample() {
        while (running) {
            peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Full GC, then heap in use: what the program really holds at this moment. */
    long liveHeapNow() {
        System.gc();
        long live = memory.getHeapMemoryUsage().getUsed();
        peakLive = Math.max(peakLive, live);
        return live;
    }

    long peakUsed() {
        return peakUsed;
    }

    long peakLive() {
        return peakLive;
    }

    static long maxHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
