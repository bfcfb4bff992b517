package com.springcoreexplorer.mqtt.bench;

import java.nio.file.Path;

/** Benchmark sizes, from -Dbench.* system properties. */
record BenchSettings(
        int messages,
        int warmupMessages,
        int devices,
        int qos1Messages,
        int heapMessages,
        int heapTopics,
        int heapBudgetMb,
        Path outputDirectory,
        Path chartCopy) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Integer.getInteger("bench.messages", 500_000),
                Integer.getInteger("bench.warmupMessages", 100_000),
                Integer.getInteger("bench.devices", 50),
                Integer.getInteger("bench.qos1Messages", 200_000),
                Integer.getInteger("bench.heapMessages", 1_000_000),
                Integer.getInteger("bench.heapTopics", 100_000),
                Integer.getInteger("bench.heapBudgetMb", 64),
                Path.of(System.getProperty("bench.out", "target/bench")),
                Path.of(System.getProperty("bench.chartCopy", "../resources/screenshots/bench-mqtt.png")));
    }
}
