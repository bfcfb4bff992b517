package com.springcoreexplorer.ui.status;

/**
 * The ingest counters the status bar shows, as of one moment.
 *
 * @param received          messages received
 * @param dropped           messages dropped because the queue was full
 * @param evicted           messages evicted from the store's memory budget / history depth
 * @param messagesPerSecond processed messages per second, recent
 * @param memoryUsedBytes   bytes the message store accounts for
 * @param memoryBudgetBytes the store's budget
 * @param topics            topics known
 */
public record FeedStats(
        long received,
        long dropped,
        long evicted,
        double messagesPerSecond,
        long memoryUsedBytes,
        long memoryBudgetBytes,
        long topics) {

    public static final FeedStats ZERO = new FeedStats(0, 0, 0, 0, 0, 0, 0);
}
