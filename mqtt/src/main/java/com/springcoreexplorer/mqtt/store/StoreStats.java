package com.springcoreexplorer.mqtt.store;

/**
 * What the store holds and what it let go, as of one moment. Nothing leaves the store unseen:
 * every message evicted (by the byte budget or by a topic's history depth) is counted here.
 *
 * @param budgetBytes       the byte budget
 * @param usedBytes         bytes accounted now: payloads kept + {@link MessageStore#ENTRY_OVERHEAD_BYTES}
 *                          per message + {@link MessageStore#TOPIC_OVERHEAD_BYTES} (plus the topic name) per topic
 * @param reservedBytes     bytes of the budget held by others (the topic tree), see {@link MessageStore#reserve}
 * @param storedMessages    messages held now
 * @param topics            topics with at least one message held
 * @param appended          messages ever appended
 * @param evictedByBudget   messages evicted, oldest first across topics, to stay under the budget
 * @param evictedByDepth    messages evicted because their topic's history ring was full
 * @param truncated         messages whose payload was kept truncated
 */
public record StoreStats(
        long budgetBytes,
        long usedBytes,
        long reservedBytes,
        long storedMessages,
        long topics,
        long appended,
        long evictedByBudget,
        long evictedByDepth,
        long truncated) {

    public long evicted() {
        return evictedByBudget + evictedByDepth;
    }
}
