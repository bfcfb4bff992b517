package com.springcoreexplorer.mqtt.ingest;

/**
 * What {@link IngestPipeline#offer} does when the queue is full. Every message not taken is
 * counted in {@link IngestStats#dropped()} and reported to the {@link DropListener}s as it happens;
 * none is lost silently.
 */
public enum OverflowPolicy {
    /**
     * The default: wait for room as long as it takes, never drop. The connection calls {@code offer}
     * on its Netty thread, so the wait stops the socket reads (TCP backpressure): the broker holds
     * QoS 1/2 messages (within the client's receive maximum they stay unacknowledged) and keeps QoS 0
     * ones within its own limits (mosquitto: {@code max_queued_messages}, as for any slow subscriber).
     * Only a closed pipeline refuses (and counts) a message.
     */
    BLOCK,
    /** Drop the arriving message at once: the producer never waits. */
    DROP_NEWEST,
    /** Wait up to {@link IngestSettings#maxOfferWait()} for room, then drop. */
    WAIT_THEN_DROP,
    /**
     * QoS 0 messages are dropped at once; QoS 1 and 2 messages wait up to
     * {@link IngestSettings#maxOfferWait()} for room, then are dropped (and never acknowledged).
     */
    DROP_QOS0_WAIT_QOS1_AND_2
}
