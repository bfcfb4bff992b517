package com.springcoreexplorer.mqtt.store;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import java.util.List;
import java.util.Optional;

/**
 * Received messages kept within a byte budget: a history ring per topic, the oldest message
 * across all topics evicted first when over budget, payloads above a cap kept truncated and marked.
 *
 * <p>Threads: one owner (the ingest dispatcher) appends and clears; any thread may read. Reads
 * return immutable copies and wait at most for the owner's current batch.
 */
public interface MessageStore {

    /** Estimated heap cost of one stored message beyond its payload bytes (entry, record, Instant, array header). */
    int ENTRY_OVERHEAD_BYTES = 160;
    /** Estimated heap cost of one topic beyond its name (ring, map entry, string header). */
    int TOPIC_OVERHEAD_BYTES = 120;

    static MessageStore create(StoreSettings settings) {
        return new BudgetedMessageStore(settings);
    }

    StoreSettings settings();

    /** Owner thread only: stores a batch in order; returns what was stored (truncated where needed). */
    List<StoredMessage> appendAll(List<InboundMessage> messages);

    /**
     * Owner thread only: the part of the budget others hold (the topic tree's estimate); messages
     * get the rest, and the next append evicts accordingly.
     */
    void reserve(long bytes);

    /** Owner thread only: forgets every message (counters of evictions stay). */
    void clear();

    /** The messages kept for a topic, oldest first (empty when none or all evicted). */
    List<StoredMessage> history(String topic);

    /** The newest message kept for a topic. */
    Optional<StoredMessage> latest(String topic);

    /** The newest {@code limit} messages across all topics, oldest first. */
    List<StoredMessage> recent(int limit);

    StoreStats stats();
}
