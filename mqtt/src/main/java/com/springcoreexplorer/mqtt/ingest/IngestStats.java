package com.springcoreexplorer.mqtt.ingest;

import java.time.Duration;

/**
 * Counters of the whole way, as of one moment; immutable. Nothing is lost silently: every message
 * received is either processed, still queued or counted in {@code dropped}; every message that left
 * the store is in {@code evicted}.
 *
 * @param received          messages offered by the connection(s)
 * @param dropped           messages refused because the queue was full (or the pipeline closed)
 * @param processed         messages that went through decoders, store and tree
 * @param queueDepth        messages waiting in the queue now
 * @param queueCapacity     the queue's capacity in messages
 * @param overflowPolicy    what happens when the queue is full
 * @param messagesPerSecond processed messages per second over the last second or so
 * @param bytesReceived     payload bytes offered
 * @param batches           batches dispatched
 * @param latencyP50        median time from reception (Netty thread) to the batch being ready for listeners
 * @param latencyP99        99th percentile of the same (histogram resolution: within 1/8 of the value)
 * @param latencyMax        largest of the same
 * @param evicted           messages evicted from the store (budget + history depth)
 * @param truncated         messages stored with a truncated payload
 * @param storedMessages    messages held in the store now
 * @param topics            topics in the tree
 * @param memoryUsedBytes   bytes the models account for now: stored messages + the topic tree's estimate
 * @param memoryBudgetBytes the store's byte budget
 * @param listenerFailures  listener calls that threw (logged; the pipeline carries on)
 * @param producerWaits     offers that found the queue full and waited for room (backpressure: the
 *                          connection stopped reading meanwhile)
 * @param producerWaited    the time those offers waited, in total
 */
public record IngestStats(
        long received,
        long dropped,
        long processed,
        int queueDepth,
        int queueCapacity,
        OverflowPolicy overflowPolicy,
        double messagesPerSecond,
        long bytesReceived,
        long batches,
        Duration latencyP50,
        Duration latencyP99,
        Duration latencyMax,
        long evicted,
        long truncated,
        long storedMessages,
        long topics,
        long memoryUsedBytes,
        long memoryBudgetBytes,
        long listenerFailures,
        long producerWaits,
        Duration producerWaited) {}
