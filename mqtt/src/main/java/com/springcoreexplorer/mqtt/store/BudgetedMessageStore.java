package com.springcoreexplorer.mqtt.store;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two intrusive linked lists over the same entries: one across all topics in arrival order (the
 * budget evicts from its head) and one per topic (the history ring). Both evictions are O(1) and
 * no dead entry is ever left behind.
 */
final class BudgetedMessageStore implements MessageStore {

    private static final int STRING_HEADER_BYTES = 40;

    private final StoreSettings settings;
    private final Object lock = new Object();
    private final Map<String, TopicRing> rings = new HashMap<>();
    private Entry oldest;
    private Entry newest;
    private long sequence;
    private long usedBytes;
    private long reservedBytes;
    private long storedMessages;
    private long evictedByBudget;
    private long evictedByDepth;
    private long truncated;

    BudgetedMessageStore(StoreSettings settings) {
        this.settings = settings;
    }

    @Override
    public StoreSettings settings() {
        return settings;
    }

    @Override
    public List<StoredMessage> appendAll(List<InboundMessage> messages) {
        List<StoredMessage> stored = new ArrayList<>(messages.size());
        synchronized (lock) {
            for (InboundMessage message : messages) {
                stored.add(append(message));
            }
        }
        return List.copyOf(stored);
    }

    private StoredMessage append(InboundMessage message) {
        int originalSize = message.payload().length;
        boolean cut = originalSize > settings.maxPayloadBytes();
        InboundMessage kept =
                cut ? withPayload(message, Arrays.copyOf(message.payload(), settings.maxPayloadBytes())) : message;
        if (cut) {
            truncated++;
        }
        StoredMessage storedMessage = new StoredMessage(++sequence, kept, cut, originalSize);
        TopicRing ring = rings.get(message.topic());
        if (ring == null) {
            ring = new TopicRing(message.topic());
            rings.put(ring.topic, ring);
            usedBytes += ring.cost();
        }
        Entry entry = new Entry(storedMessage, ring, kept.payload().length + MessageStore.ENTRY_OVERHEAD_BYTES);
        linkNewest(entry);
        if (ring.size > settings.historyDepth()) {
            remove(ring.oldest);
            evictedByDepth++;
        }
        while (usedBytes + reservedBytes > settings.budgetBytes() && oldest != null) {
            remove(oldest);
            evictedByBudget++;
        }
        return storedMessage;
    }

    private static InboundMessage withPayload(InboundMessage message, byte[] payload) {
        return new InboundMessage(
                message.topic(),
                payload,
                message.qos(),
                message.retain(),
                message.receivedAt(),
                message.receivedNanos(),
                message.properties());
    }

    private void linkNewest(Entry entry) {
        entry.previous = newest;
        if (newest != null) {
            newest.next = entry;
        } else {
            oldest = entry;
        }
        newest = entry;
        TopicRing ring = entry.ring;
        if (ring.newest != null) {
            ring.newest.topicNext = entry;
        } else {
            ring.oldest = entry;
        }
        ring.newest = entry;
        ring.size++;
        storedMessages++;
        usedBytes += entry.cost;
    }

    /** Removes an entry that is the oldest of its topic (always true: per-topic order is arrival order). */
    private void remove(Entry entry) {
        if (entry.previous != null) {
            entry.previous.next = entry.next;
        } else {
            oldest = entry.next;
        }
        if (entry.next != null) {
            entry.next.previous = entry.previous;
        } else {
            newest = entry.previous;
        }
        TopicRing ring = entry.ring;
        ring.oldest = entry.topicNext;
        if (ring.oldest == null) {
            ring.newest = null;
        }
        ring.size--;
        storedMessages--;
        usedBytes -= entry.cost;
        if (ring.size == 0) {
            rings.remove(ring.topic);
            usedBytes -= ring.cost();
        }
        entry.previous = entry.next = entry.topicNext = null;
    }

    @Override
    public void reserve(long bytes) {
        synchronized (lock) {
            reservedBytes = Math.max(0, bytes);
        }
    }

    @Override
    public void clear() {
        synchronized (lock) {
            rings.clear();
            oldest = newest = null;
            usedBytes = 0;
            storedMessages = 0;
        }
    }

    @Override
    public List<StoredMessage> history(String topic) {
        synchronized (lock) {
            TopicRing ring = rings.get(topic);
            if (ring == null) {
                return List.of();
            }
            List<StoredMessage> result = new ArrayList<>(ring.size);
            for (Entry entry = ring.oldest; entry != null; entry = entry.topicNext) {
                result.add(entry.message);
            }
            return List.copyOf(result);
        }
    }

    @Override
    public Optional<StoredMessage> latest(String topic) {
        synchronized (lock) {
            TopicRing ring = rings.get(topic);
            return ring == null ? Optional.empty() : Optional.of(ring.newest.message);
        }
    }

    @Override
    public List<StoredMessage> recent(int limit) {
        synchronized (lock) {
            List<StoredMessage> result =
                    new ArrayList<>(Math.min(limit, (int) Math.min(storedMessages, Integer.MAX_VALUE)));
            for (Entry entry = newest; entry != null && result.size() < limit; entry = entry.previous) {
                result.add(entry.message);
            }
            return List.copyOf(result.reversed());
        }
    }

    @Override
    public StoreStats stats() {
        synchronized (lock) {
            return new StoreStats(
                    settings.budgetBytes(),
                    usedBytes,
                    reservedBytes,
                    storedMessages,
                    rings.size(),
                    sequence,
                    evictedByBudget,
                    evictedByDepth,
                    truncated);
        }
    }

    private static final class TopicRing {
        final String topic;
        Entry oldest;
        Entry newest;
        int size;

        TopicRing(String topic) {
            this.topic = topic;
        }

        long cost() {
            return MessageStore.TOPIC_OVERHEAD_BYTES + STRING_HEADER_BYTES + topic.length();
        }
    }

    private static final class Entry {
        final StoredMessage message;
        final TopicRing ring;
        final long cost;
        Entry previous;
        Entry next;
        Entry topicNext;

        Entry(StoredMessage message, TopicRing ring, long cost) {
            this.message = message;
            this.ring = ring;
            this.cost = cost;
        }
    }
}
