package com.springcoreexplorer.mqtt.bench;

import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.ingest.IngestStats;
import com.springcoreexplorer.mqtt.ingest.OverflowPolicy;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.store.StoreSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The pipeline alone, no broker: one producer thread offers messages over many topics as fast as
 * the queue takes them (waiting for room, so nothing is dropped). Shows the dispatcher's own
 * ceiling (decoders none, store + tree + diffs), best of three rounds after warm-up.
 */
final class DispatcherScenario {

    record Result(int messages, int topics, double bestMessagesPerSecond, double latencyP99Ms, long dropped) {}

    Result run(int messages, int topicCount, int budgetMb) throws Exception {
        String[] topics = HeapPublisher.topics(topicCount);
        byte[][] payloads = new byte[64][];
        for (int i = 0; i < payloads.length; i++) {
            payloads[i] = TagEvents.json(i).getBytes(StandardCharsets.UTF_8);
        }
        double best = 0;
        double p99 = 0;
        long dropped = 0;
        for (int round = 0; round < 4; round++) {
            IngestSettings settings = IngestSettings.defaults()
                    .withOverflow(OverflowPolicy.WAIT_THEN_DROP, Duration.ofSeconds(10))
                    .withStore(StoreSettings.defaults().withBudgetBytes(budgetMb * 1024L * 1024));
            try (IngestPipeline pipeline = IngestPipeline.start(settings)) {
                pipeline.addBatchListener(batch -> {}); // a consumer is attached, as in the app
                long started = System.nanoTime();
                for (int i = 0; i < messages; i++) {
                    pipeline.offer(InboundMessage.now(topics[i % topicCount], payloads[i % payloads.length], 0, false));
                }
                pipeline.flush().get();
                double rate = messages / ((System.nanoTime() - started) / 1e9);
                IngestStats stats = pipeline.stats();
                System.out.printf("dispatcher round %d: %,.0f msg/s%n", round, rate);
                if (round > 0 && rate > best) {
                    best = rate;
                    p99 = FloodScenario.millis(stats.latencyP99().toNanos());
                    dropped = stats.dropped();
                }
            }
        }
        return new Result(messages, topicCount, best, p99, dropped);
    }
}
