package com.springcoreexplorer.mqtt.topictree;

import java.time.Duration;
import java.time.Instant;

/**
 * Immutable snapshot of one topic tree node, as of the end of an ingest batch; safe for any thread.
 *
 * @param path             the full topic of this node ("" for the root), e.g. {@code springcard/springcore/16051974}
 * @param name             the last level ("" for the root)
 * @param depth            0 for the root, 1 for a first level, ...
 * @param messageCount     messages received on exactly this topic
 * @param subtreeTopics    topics with at least one message in this node's subtree, itself included
 * @param subtreeMessages  messages received in this node's subtree, itself included
 * @param childCount       direct children
 * @param retained         the last message on this topic was a retained one (with a payload)
 * @param ratePerSecond    subtree message rate (exponentially weighted), as of {@code rateAtNanos}
 * @param rateAtNanos      {@link System#nanoTime()} when the rate was computed
 * @param lastReceivedAt   when the last message on this topic arrived, or null when none
 * @param lastPayloadSize  payload size of that message in bytes (-1 when none)
 * @param lastPreview      start of that payload as text (UTF-8, else hex), at most {@link TopicTreeSettings#previewChars()} chars; "" when none
 */
public record TopicNode(
        String path,
        String name,
        int depth,
        long messageCount,
        long subtreeTopics,
        long subtreeMessages,
        int childCount,
        boolean retained,
        double ratePerSecond,
        long rateAtNanos,
        Instant lastReceivedAt,
        int lastPayloadSize,
        String lastPreview) {

    /** True when a message was received on exactly this topic (not only below it). */
    public boolean hasMessage() {
        return messageCount > 0;
    }

    /** The parent's path ("" for first-level nodes, null for the root). */
    public String parentPath() {
        if (depth == 0) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * The subtree rate decayed to {@code nowNanos}: a topic that fell silent goes towards zero
     * even though no newer snapshot was published.
     */
    public double ratePerSecondAt(long nowNanos, Duration timeConstant) {
        double elapsedNanos = Math.max(0, nowNanos - rateAtNanos);
        return ratePerSecond * Math.exp(-elapsedNanos / timeConstant.toNanos());
    }
}
