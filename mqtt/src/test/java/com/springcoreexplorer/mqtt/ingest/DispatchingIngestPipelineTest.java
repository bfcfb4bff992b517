package com.springcoreexplorer.mqtt.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.store.StoreSettings;
import com.springcoreexplorer.mqtt.store.StoredMessage;
import com.springcoreexplorer.mqtt.topictree.TopicNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DispatchingIngestPipelineTest {

    private final List<IngestPipeline> started = new ArrayList<>();

    private IngestPipeline start(IngestSettings settings) {
        IngestPipeline pipeline = IngestPipeline.start(settings);
        started.add(pipeline);
        return pipeline;
    }

    @AfterEach
    void closeAll() {
        started.forEach(IngestPipeline::close);
    }

    private static InboundMessage message(String topic, int sequence) {
        return InboundMessage.now(topic, Integer.toString(sequence));
    }

    private static int sequenceOf(InboundMessage message) {
        return Integer.parseInt(new String(message.payload(), StandardCharsets.US_ASCII));
    }

    @Test
    void deliversBatchesOnTheNamedDispatcherThreadWithStoreAndTreeAlreadyUpdated() throws Exception {
        IngestPipeline pipeline = start(IngestSettings.defaults().withBatch(64, Duration.ofMillis(5)));
        List<IngestBatch> batches = Collections.synchronizedList(new ArrayList<>());
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Long> storedWhenTold = Collections.synchronizedList(new ArrayList<>());
        pipeline.addBatchListener(batch -> {
            threads.add(Thread.currentThread().getName());
            storedWhenTold.add(pipeline.store().stats().appended());
            batches.add(batch);
        });

        for (int i = 0; i < 1_000; i++) {
            assertThat(pipeline.offer(message("s/D" + (i % 10) + "/rdr/evt", i)))
                    .isTrue();
        }
        pipeline.flush().get(10, TimeUnit.SECONDS);

        assertThat(threads).containsExactly(IngestPipeline.DISPATCHER_THREAD_NAME);
        assertThat(batches).allSatisfy(batch -> assertThat(batch.messages()).hasSizeBetween(1, 64));
        assertThat(batches.stream().mapToInt(b -> b.messages().size()).sum()).isEqualTo(1_000);
        assertThat(batches.size()).isLessThan(1_000);
        List<Long> sequences = batches.stream().map(IngestBatch::sequence).toList();
        assertThat(sequences).isSorted().doesNotHaveDuplicates();
        IngestBatch last = batches.getLast();
        assertThat(storedWhenTold.getLast()).isEqualTo(1_000);
        assertThat(last.stats().processed()).isEqualTo(1_000);
        assertThat(pipeline.topicTree().node("s").orElseThrow().subtreeMessages())
                .isEqualTo(1_000);
        assertThat(pipeline.topicTree().topicCount()).isEqualTo(10);

        IngestStats stats = pipeline.stats();
        assertThat(stats.received()).isEqualTo(1_000);
        assertThat(stats.dropped()).isZero();
        assertThat(stats.batches()).isEqualTo(batches.size());
        assertThat(stats.bytesReceived())
                .isEqualTo(java.util.stream.IntStream.range(0, 1_000)
                        .map(i -> Integer.toString(i).length())
                        .sum());
        assertThat(stats.latencyP99()).isGreaterThanOrEqualTo(stats.latencyP50());
        assertThat(stats.latencyMax()).isGreaterThanOrEqualTo(stats.latencyP99());
        assertThat(stats.memoryUsedBytes()).isPositive();
        assertThat(stats.memoryBudgetBytes()).isEqualTo(StoreSettings.DEFAULT_BUDGET_BYTES);
        assertThat(stats.storedMessages()).isEqualTo(1_000);
        assertThat(stats.topics()).isEqualTo(10);
    }

    @Test
    void theDefaultPolicyMakesAProducerWaitForRoomAndNeverDrops() throws Exception {
        IngestSettings defaults = IngestSettings.defaults();
        assertThat(defaults.overflowPolicy()).isEqualTo(OverflowPolicy.BLOCK);
        assertThat(defaults.store().budgetBytes()).isEqualTo(256L * 1024 * 1024);

        IngestPipeline pipeline = start(defaults.withQueueCapacity(1).withBatch(1, Duration.ZERO));
        HeldDispatcher dispatcher = new HeldDispatcher(pipeline);
        pipeline.offer(message("t", 0));
        dispatcher.awaitHeld();
        assertThat(pipeline.offer(message("t", 1))).isTrue(); // fills the queue
        CompletableFuture<Boolean> qos0 = new CompletableFuture<>();
        Thread producer = Thread.ofPlatform()
                .start(() -> qos0.complete(
                        pipeline.offer(InboundMessage.now("t", "2".getBytes(StandardCharsets.US_ASCII), 0, false))));
        await().atMost(10, TimeUnit.SECONDS).until(() -> pipeline.stats().producerWaits() == 1);
        assertThat(qos0)
                .as("a QoS 0 message waits too: the wait is the backpressure")
                .isNotDone();
        assertThat(producer.getState()).isIn(Thread.State.WAITING, Thread.State.TIMED_WAITING, Thread.State.RUNNABLE);

        dispatcher.release(); // room appears while the producer waits
        assertThat(qos0.get(10, TimeUnit.SECONDS)).isTrue();
        pipeline.flush().get(10, TimeUnit.SECONDS);
        IngestStats stats = pipeline.stats();
        assertThat(stats.dropped()).isZero();
        assertThat(stats.producerWaits()).isEqualTo(1);
        assertThat(stats.producerWaited()).isPositive();
        assertThat(pipeline.store().history("t"))
                .extracting(m -> sequenceOf(m.message()))
                .containsExactly(0, 1, 2);
    }

    @Test
    void dropQos0WaitQos1DropsQos0AtOnceAndLetsQos1WaitForRoom() throws Exception {
        IngestPipeline pipeline = start(IngestSettings.defaults()
                .withQueueCapacity(1)
                .withBatch(1, Duration.ZERO)
                .withOverflow(OverflowPolicy.DROP_QOS0_WAIT_QOS1_AND_2, Duration.ofSeconds(30)));
        HeldDispatcher dispatcher = new HeldDispatcher(pipeline);
        pipeline.offer(message("t", 0));
        dispatcher.awaitHeld();
        assertThat(pipeline.offer(message("t", 1))).isTrue(); // fills the queue
        assertThat(pipeline.offer(InboundMessage.now("t", "2".getBytes(StandardCharsets.US_ASCII), 0, false)))
                .isFalse();
        assertThat(pipeline.stats().dropped()).isEqualTo(1);
        assertThat(pipeline.stats().producerWaits()).as("QoS 0 never waited").isZero();
        CompletableFuture<Boolean> qos1 = new CompletableFuture<>();
        Thread.ofPlatform()
                .start(() -> qos1.complete(
                        pipeline.offer(InboundMessage.now("t", "3".getBytes(StandardCharsets.US_ASCII), 1, false))));
        await().atMost(10, TimeUnit.SECONDS).until(() -> pipeline.stats().producerWaits() == 1);
        assertThat(qos1).isNotDone();
        dispatcher.release(); // room appears while the QoS 1 producer waits
        assertThat(qos1.get(10, TimeUnit.SECONDS)).isTrue();
        pipeline.flush().get(10, TimeUnit.SECONDS);
        assertThat(pipeline.stats().dropped()).isEqualTo(1);
        assertThat(pipeline.store().history("t"))
                .extracting(m -> sequenceOf(m.message()))
                .containsExactly(0, 1, 3);
    }

    @Test
    void keepsPerTopicOrderWithSeveralProducerThreads() throws Exception {
        int producers = 4;
        int perProducer = 5_000;
        IngestPipeline pipeline = start(
                IngestSettings.defaults().withStore(StoreSettings.defaults().withHistoryDepth(perProducer)));
        Map<String, List<Integer>> seen = new HashMap<>(); // dispatcher thread only
        pipeline.addMessageListener(batch -> batch.forEach(
                m -> seen.computeIfAbsent(m.topic(), t -> new ArrayList<>()).add(sequenceOf(m))));

        CyclicBarrier go = new CyclicBarrier(producers);
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            String topic = "s/producer" + p + "/rdr/evt";
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < perProducer; i++) {
                    if (!pipeline.offer(message(topic, i))) {
                        throw new IllegalStateException("the default policy waits; it never refuses");
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        pipeline.flush().get(30, TimeUnit.SECONDS);

        IngestStats stats = pipeline.stats();
        assertThat(stats.processed()).isEqualTo((long) producers * perProducer);
        assertThat(stats.received()).isEqualTo(stats.processed());
        assertThat(stats.dropped()).isZero();
        assertThat(seen).hasSize(producers);
        List<Integer> expected =
                java.util.stream.IntStream.range(0, perProducer).boxed().toList();
        seen.values().forEach(sequence -> assertThat(sequence).isEqualTo(expected));
        for (int p = 0; p < producers; p++) {
            List<StoredMessage> history = pipeline.store().history("s/producer" + p + "/rdr/evt");
            assertThat(history).hasSize(perProducer);
            assertThat(history).extracting(m -> sequenceOf(m.message())).isEqualTo(expected);
        }
    }

    @Test
    void readersOnOtherThreadsGetConsistentSnapshotsWhileProducersFlood() throws Exception {
        IngestPipeline pipeline = start(IngestSettings.defaults());
        java.util.concurrent.atomic.AtomicBoolean flooding = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Thread reader = Thread.ofPlatform().start(() -> {
            try {
                while (flooding.get()) {
                    for (TopicNode device : pipeline.topicTree().children("s")) {
                        // a node's own snapshot is internally consistent: its subtree holds at least its topics
                        assertThat(device.subtreeMessages()).isGreaterThanOrEqualTo(device.subtreeTopics());
                    }
                    pipeline.topicTree()
                            .filter(com.springcoreexplorer.mqtt.topictree.TopicFilter.wildcard("s/+/rdr/evt"));
                    pipeline.store().recent(100);
                    pipeline.stats();
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        List<Thread> producers = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            int producer = p;
            producers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 3_000; i++) {
                    pipeline.offer(message("s/D" + producer + "-" + (i % 50) + "/rdr/evt", i));
                }
            }));
        }
        for (Thread producer : producers) {
            producer.join();
        }
        pipeline.flush().get(30, TimeUnit.SECONDS);
        flooding.set(false);
        reader.join();

        assertThat(failures).isEmpty();
        IngestStats stats = pipeline.stats();
        assertThat(stats.received()).isEqualTo(9_000);
        assertThat(stats.processed()).isEqualTo(9_000);
        assertThat(stats.dropped()).isZero();
        assertThat(pipeline.topicTree().node("s").orElseThrow().subtreeMessages())
                .isEqualTo(stats.processed());
        assertThat(pipeline.topicTree().topicCount()).isEqualTo(150);
    }

    @Test
    void aFullQueueDropsAndCountsWithoutBlockingTheProducer() throws Exception {
        IngestPipeline pipeline = start(IngestSettings.defaults()
                .withQueueCapacity(10)
                .withBatch(1, Duration.ZERO)
                .withOverflow(OverflowPolicy.DROP_NEWEST, Duration.ZERO));
        HeldDispatcher dispatcher = new HeldDispatcher(pipeline);

        assertThat(pipeline.offer(message("t", 0))).isTrue();
        dispatcher.awaitHeld(); // message 0 is out of the queue, being dispatched
        int accepted = 0;
        for (int i = 1; i <= 25; i++) {
            if (pipeline.offer(message("t", i))) {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(10);
        IngestStats whileFull = pipeline.stats();
        assertThat(whileFull.dropped()).isEqualTo(15);
        assertThat(whileFull.queueDepth()).isEqualTo(10);
        assertThat(whileFull.overflowPolicy()).isEqualTo(OverflowPolicy.DROP_NEWEST);

        dispatcher.release();
        pipeline.flush().get(10, TimeUnit.SECONDS);
        IngestStats after = pipeline.stats();
        assertThat(after.processed()).isEqualTo(11);
        assertThat(after.received()).isEqualTo(26);
        assertThat(after.received()).isEqualTo(after.processed() + after.dropped());
        // the survivors are the first ones offered, in order
        assertThat(pipeline.store().history("t"))
                .extracting(m -> sequenceOf(m.message()))
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void waitThenDropDropsAfterItsWaitWithoutRoom() throws Exception {
        IngestPipeline pipeline = start(IngestSettings.defaults()
                .withQueueCapacity(1)
                .withBatch(1, Duration.ZERO)
                .withOverflow(OverflowPolicy.WAIT_THEN_DROP, Duration.ofMillis(50)));
        HeldDispatcher dispatcher = new HeldDispatcher(pipeline);
        pipeline.offer(message("t", 0));
        dispatcher.awaitHeld();
        assertThat(pipeline.offer(message("t", 1))).isTrue();
        long start = System.nanoTime();
        assertThat(pipeline.offer(message("t", 2))).isFalse(); // the dispatcher is held: no room comes
        assertThat(System.nanoTime() - start)
                .as("it waited its 50 ms first")
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
        IngestStats stats = pipeline.stats();
        assertThat(stats.dropped()).isEqualTo(1);
        assertThat(stats.producerWaits()).isEqualTo(1);
        assertThat(stats.overflowPolicy()).isEqualTo(OverflowPolicy.WAIT_THEN_DROP);
        dispatcher.release();
        pipeline.flush().get(10, TimeUnit.SECONDS);
        assertThat(pipeline.store().history("t"))
                .extracting(m -> sequenceOf(m.message()))
                .containsExactly(0, 1);
    }

    @Test
    void waitThenDropLetsAWaitingProducerInWhenRoomAppears() throws Exception {
        IngestPipeline pipeline = start(IngestSettings.defaults()
                .withQueueCapacity(1)
                .withBatch(1, Duration.ZERO)
                .withOverflow(OverflowPolicy.WAIT_THEN_DROP, Duration.ofSeconds(30)));
        HeldDispatcher dispatcher = new HeldDispatcher(pipeline);
        pipeline.offer(message("t", 0));
        dispatcher.awaitHeld();
        assertThat(pipeline.offer(message("t", 1))).isTrue();
        CompletableFuture<Boolean> waiting = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> waiting.complete(pipeline.offer(message("t", 2))));
        await().atMost(10, TimeUnit.SECONDS).until(() -> pipeline.stats().producerWaits() == 1);
        assertThat(waiting).isNotDone();
        dispatcher.release();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
        pipeline.flush().get(10, TimeUnit.SECONDS);
        assertThat(pipeline.stats().dropped()).isZero();
        assertThat(pipeline.store().history("t"))
                .extracting(m -> sequenceOf(m.message()))
                .containsExactly(0, 1, 2);
    }

    @Test
    void dropsAreToldToDropListenersWhileThePipelineRuns() throws Exception {
        IngestPipeline pipeline = start(IngestSettings.defaults()
                .withQueueCapacity(1)
                .withBatch(1, Duration.ZERO)
                .withOverflow(OverflowPolicy.DROP_NEWEST, Duration.ZERO));
        List<long[]> told = Collections.synchronizedList(new ArrayList<>());
        pipeline.addDropListener((newly, total) -> told.add(new long[] {
            newly, total, Thread.currentThread().getName().equals(IngestPipeline.DISPATCHER_THREAD_NAME) ? 1 : 0
        }));
        HeldDispatcher dispatcher = new HeldDispatcher(pipeline);
        pipeline.offer(message("t", 0));
        dispatcher.awaitHeld();
        pipeline.offer(message("t", 1));
        for (int i = 2; i < 5; i++) {
            assertThat(pipeline.offer(message("t", i))).isFalse();
        }
        dispatcher.release();
        await().atMost(10, TimeUnit.SECONDS).until(() -> !told.isEmpty());
        assertThat(told.stream().mapToLong(t -> t[0]).sum()).isEqualTo(3);
        assertThat(told.getLast()[1]).isEqualTo(3);
        assertThat(told)
                .allSatisfy(t -> assertThat(t[2]).as("on the dispatcher thread").isEqualTo(1));

        assertThat(pipeline.offer(message("t", 5))).isTrue(); // no new drop: nothing more is told
        pipeline.flush().get(10, TimeUnit.SECONDS);
        assertThat(told.stream().mapToLong(t -> t[0]).sum()).isEqualTo(3);
    }

    @Test
    void theQueueByteLimitBoundsLargePayloads() throws Exception {
        // each queued message counts its payload plus 200 bytes of estimated overhead
        IngestPipeline pipeline = start(IngestSettings.defaults()
                .withQueueByteLimit(10_000)
                .withBatch(1, Duration.ZERO)
                .withOverflow(OverflowPolicy.DROP_NEWEST, Duration.ZERO));
        HeldDispatcher dispatcher = new HeldDispatcher(pipeline);
        pipeline.offer(InboundMessage.now("big", new byte[4_000], 0, false));
        dispatcher.awaitHeld();
        assertThat(pipeline.offer(InboundMessage.now("big", new byte[4_000], 0, false)))
                .isTrue();
        assertThat(pipeline.offer(InboundMessage.now("big", new byte[4_000], 0, false)))
                .isTrue();
        assertThat(pipeline.offer(InboundMessage.now("big", new byte[4_000], 0, false)))
                .isFalse();
        assertThat(pipeline.offer(InboundMessage.now("small", new byte[100], 0, false)))
                .isTrue();
        dispatcher.release();
        pipeline.flush().get(10, TimeUnit.SECONDS);
        assertThat(pipeline.stats().dropped()).isEqualTo(1);
        assertThat(pipeline.stats().processed()).isEqualTo(4);
    }

    @Test
    void reportsTruncationAndEvictionsInTheBatchAndTheStats() throws Exception {
        IngestPipeline pipeline = start(IngestSettings.defaults()
                .withStore(StoreSettings.defaults().withMaxPayloadBytes(64).withHistoryDepth(2)));
        List<IngestBatch> batches = Collections.synchronizedList(new ArrayList<>());
        List<Integer> rawSizes = Collections.synchronizedList(new ArrayList<>());
        pipeline.addBatchListener(batches::add);
        pipeline.addMessageListener(batch -> batch.forEach(m -> rawSizes.add(m.payload().length)));
        pipeline.offer(InboundMessage.now("t", new byte[1_000], 0, false));
        pipeline.offer(InboundMessage.now("t", new byte[10], 0, false));
        pipeline.offer(InboundMessage.now("t", new byte[10], 0, false));
        pipeline.flush().get(10, TimeUnit.SECONDS);

        List<StoredMessage> stored =
                batches.stream().flatMap(b -> b.messages().stream()).toList();
        assertThat(stored.getFirst().truncated()).isTrue();
        assertThat(stored.getFirst().message().payload()).hasSize(64);
        assertThat(stored.getFirst().originalPayloadSize()).isEqualTo(1_000);
        assertThat(rawSizes.getFirst()).isEqualTo(1_000); // decoders see the whole payload
        IngestStats stats = pipeline.stats();
        assertThat(stats.truncated()).isEqualTo(1);
        assertThat(stats.evicted()).isEqualTo(1);
        assertThat(stats.storedMessages()).isEqualTo(2);
    }

    @Test
    void clearEmptiesStoreAndTreeAndTellsListeners() throws Exception {
        IngestPipeline pipeline = start(IngestSettings.defaults());
        List<IngestBatch> batches = Collections.synchronizedList(new ArrayList<>());
        pipeline.addBatchListener(batches::add);
        pipeline.offer(message("a/b", 1));
        pipeline.flush().get(10, TimeUnit.SECONDS);
        pipeline.clear().get(10, TimeUnit.SECONDS);

        assertThat(batches.getLast().tree().cleared()).isTrue();
        assertThat(batches.getLast().messages()).isEmpty();
        assertThat(pipeline.topicTree().node("a/b")).isEmpty();
        assertThat(pipeline.store().history("a/b")).isEmpty();
        assertThat(pipeline.stats().processed()).isEqualTo(1);

        pipeline.offer(message("a/c", 2));
        pipeline.flush().get(10, TimeUnit.SECONDS);
        assertThat(pipeline.topicTree().children("a"))
                .extracting(TopicNode::name)
                .containsExactly("c");
    }

    @Test
    void aFailingListenerIsCountedAndTheOthersCarryOn() throws Exception {
        IngestPipeline pipeline = start(IngestSettings.defaults());
        List<IngestBatch> batches = Collections.synchronizedList(new ArrayList<>());
        pipeline.addMessageListener(batch -> {
            throw new IllegalStateException("decoder bug (expected by the test)");
        });
        pipeline.addBatchListener(batch -> {
            throw new IllegalStateException("view bug (expected by the test)");
        });
        pipeline.addBatchListener(batches::add);
        pipeline.offer(message("t", 1));
        pipeline.flush().get(10, TimeUnit.SECONDS);
        assertThat(batches).hasSize(1);
        assertThat(pipeline.stats().listenerFailures()).isEqualTo(2);
        assertThat(pipeline.stats().processed()).isEqualTo(1);
    }

    @Test
    void removedListenersHearNothingMore() throws Exception {
        IngestPipeline pipeline = start(IngestSettings.defaults());
        List<IngestBatch> batches = Collections.synchronizedList(new ArrayList<>());
        ListenerRegistration registration = pipeline.addBatchListener(batches::add);
        pipeline.offer(message("t", 1));
        pipeline.flush().get(10, TimeUnit.SECONDS);
        registration.remove();
        registration.remove();
        pipeline.offer(message("t", 2));
        pipeline.flush().get(10, TimeUnit.SECONDS);
        assertThat(batches).hasSize(1);
    }

    @Test
    void closeDispatchesWhatIsQueuedThenDropsAndCounts() {
        IngestPipeline pipeline = IngestPipeline.start(IngestSettings.defaults());
        List<IngestBatch> batches = Collections.synchronizedList(new ArrayList<>());
        pipeline.addBatchListener(batches::add);
        for (int i = 0; i < 100; i++) {
            pipeline.offer(message("t", i));
        }
        pipeline.close();
        assertThat(batches.stream().mapToInt(b -> b.messages().size()).sum()).isEqualTo(100);
        assertThat(pipeline.offer(message("t", 100))).isFalse();
        assertThat(pipeline.stats().dropped()).isEqualTo(1);
        assertThat(pipeline.flush()).isCompleted();
    }

    /** Holds the dispatcher inside its first batch until released, so the queue behind it fills up. */
    private static final class HeldDispatcher {
        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);

        HeldDispatcher(IngestPipeline pipeline) {
            pipeline.addMessageListener(batch -> {
                held.countDown();
                awaitLatch(release);
            });
        }

        void awaitHeld() throws InterruptedException {
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        }

        void release() {
            release.countDown();
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
