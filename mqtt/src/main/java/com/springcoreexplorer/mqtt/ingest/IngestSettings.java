package com.springcoreexplorer.mqtt.ingest;

import com.springcoreexplorer.mqtt.store.StoreSettings;
import com.springcoreexplorer.mqtt.topictree.TopicTreeSettings;
import java.time.Duration;

/**
 * @param queueCapacity    messages the queue holds between the Netty threads and the dispatcher
 * @param queueByteLimit   heap the queued messages may hold (payloads + an estimated 200 bytes each)
 * @param maxBatchMessages a batch closes at this many messages...
 * @param batchWindow      ...or when this much time has passed since its first message
 * @param overflowPolicy   what {@code offer} does when the queue is full
 * @param maxOfferWait     the longest a producer waits under {@link OverflowPolicy#WAIT_THEN_DROP} and
 *                         {@link OverflowPolicy#DROP_QOS0_WAIT_QOS1_AND_2}
 * @param store            the message store's limits
 * @param tree             the topic tree's settings
 */
public record IngestSettings(
        int queueCapacity,
        long queueByteLimit,
        int maxBatchMessages,
        Duration batchWindow,
        OverflowPolicy overflowPolicy,
        Duration maxOfferWait,
        StoreSettings store,
        TopicTreeSettings tree) {

    public IngestSettings {
        if (queueCapacity < 1 || maxBatchMessages < 1) {
            throw new IllegalArgumentException("queue capacity and batch size must be positive");
        }
        if (queueByteLimit < 1) {
            throw new IllegalArgumentException("queue byte limit must be positive");
        }
        if (batchWindow.isNegative() || maxOfferWait.isNegative()) {
            throw new IllegalArgumentException("batch window and offer wait must not be negative");
        }
    }

    public static IngestSettings defaults() {
        // about a second of a 30k msg/s flood in at most 16 MB: the queue absorbs bursts, the store keeps history;
        // when it is full the connection waits for room (backpressure to the broker) and nothing is dropped
        return new IngestSettings(
                32_768,
                16L * 1024 * 1024,
                4_096,
                Duration.ofMillis(5),
                OverflowPolicy.BLOCK,
                Duration.ofMillis(250),
                StoreSettings.defaults(),
                TopicTreeSettings.defaults());
    }

    public IngestSettings withQueueCapacity(int value) {
        return new IngestSettings(
                value, queueByteLimit, maxBatchMessages, batchWindow, overflowPolicy, maxOfferWait, store, tree);
    }

    public IngestSettings withQueueByteLimit(long value) {
        return new IngestSettings(
                queueCapacity, value, maxBatchMessages, batchWindow, overflowPolicy, maxOfferWait, store, tree);
    }

    public IngestSettings withBatch(int messages, Duration window) {
        return new IngestSettings(
                queueCapacity, queueByteLimit, messages, window, overflowPolicy, maxOfferWait, store, tree);
    }

    public IngestSettings withOverflow(OverflowPolicy policy, Duration wait) {
        return new IngestSettings(
                queueCapacity, queueByteLimit, maxBatchMessages, batchWindow, policy, wait, store, tree);
    }

    public IngestSettings withStore(StoreSettings value) {
        return new IngestSettings(
                queueCapacity,
                queueByteLimit,
                maxBatchMessages,
                batchWindow,
                overflowPolicy,
                maxOfferWait,
                value,
                tree);
    }

    public IngestSettings withTree(TopicTreeSettings value) {
        return new IngestSettings(
                queueCapacity,
                queueByteLimit,
                maxBatchMessages,
                batchWindow,
                overflowPolicy,
                maxOfferWait,
                store,
                value);
    }
}
