package com.springcoreexplorer.mqtt.ingest;

/**
 * What {@link IngestPipeline#offer} does when the queue is full. Every message not taken is
 * counted in {@link IngestStats#dropped()}; none is lost silently.
 */
public enum OverflowPolicy {
    /** Drop the arriving message at once: the Netty thread never waits. */
    DROP_NEWEST,
    /**
     * Wait up to {@link IngestSettings#maxOfferWait()} for room, then drop: slows the socket read
     * (TCP back-pressure). Measured with the HiveMQ client 1.3: a callback that blocks makes the
     * client itself drop QoS 0 messages (a log warning, counted nowhere), so this suits QoS 1/2 only.
     */
    WAIT_THEN_DROP,
    /**
     * The default: QoS 0 messages are dropped at once (waiting would only move the loss into the
     * client, uncounted); QoS 1 and 2 messages, which the client acknowledges to the broker once the
     * callback returns, wait up to {@link IngestSettings#maxOfferWait()} so a dispatcher hiccup loses
     * none of them. The broker's in-flight window paces them meanwhile.
     */
    DROP_QOS0_WAIT_QOS1_AND_2
}
