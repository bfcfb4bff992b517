package com.springcoreexplorer.mqtt.store;

/**
 * Limits of the {@link MessageStore}.
 *
 * @param budgetBytes     memory the models may use: messages (payloads + estimated per-entry overhead)
 *                        plus what is {@linkplain MessageStore#reserve reserved} (the topic tree);
 *                        the oldest messages, across all topics, are evicted beyond it
 * @param historyDepth    messages kept per topic (a ring: the oldest of the topic goes first)
 * @param maxPayloadBytes payloads above this size are kept truncated to it and marked truncated
 */
public record StoreSettings(long budgetBytes, int historyDepth, int maxPayloadBytes) {

    public static final long DEFAULT_BUDGET_BYTES = 256L * 1024 * 1024;
    public static final int DEFAULT_HISTORY_DEPTH = 100;
    /** SpringCore messages reach about 64 kB: those are kept whole. */
    public static final int DEFAULT_MAX_PAYLOAD_BYTES = 128 * 1024;

    public StoreSettings {
        if (budgetBytes < 1024 * 1024) {
            throw new IllegalArgumentException("store budget must be at least 1 MB, was " + budgetBytes + " bytes");
        }
        if (historyDepth < 1) {
            throw new IllegalArgumentException(
                    "history depth must be at least 1 message per topic, was " + historyDepth);
        }
        if (maxPayloadBytes < 16) {
            throw new IllegalArgumentException("payload cap must be at least 16 bytes, was " + maxPayloadBytes);
        }
    }

    public static StoreSettings defaults() {
        return new StoreSettings(DEFAULT_BUDGET_BYTES, DEFAULT_HISTORY_DEPTH, DEFAULT_MAX_PAYLOAD_BYTES);
    }

    public StoreSettings withBudgetBytes(long value) {
        return new StoreSettings(value, historyDepth, maxPayloadBytes);
    }

    public StoreSettings withHistoryDepth(int value) {
        return new StoreSettings(budgetBytes, value, maxPayloadBytes);
    }

    public StoreSettings withMaxPayloadBytes(int value) {
        return new StoreSettings(budgetBytes, historyDepth, value);
    }
}
