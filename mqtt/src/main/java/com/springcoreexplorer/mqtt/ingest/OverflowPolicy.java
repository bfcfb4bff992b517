package com.springcoreexplorer.mqtt.ingest;

/** What {@link IngestPipeline#offer} does when the queue is full. Every message not taken is counted as dropped. */
public enum OverflowPolicy {
    /** Drop the arriving message at once: the Netty thread never waits. */
    DROP_NEWEST,
    /**
     * Wait up to {@link IngestSettings#maxOfferWait()} for room, then drop: slows the socket read
     * (TCP back-pressure towards the broker) instead of losing messages in short bursts. The default,
     * with a 20 ms wait: a QoS 1 message the client acknowledged is not lost to a dispatcher hiccup.
     */
    WAIT_THEN_DROP
}
