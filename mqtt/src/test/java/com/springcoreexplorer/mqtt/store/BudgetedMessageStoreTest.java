package com.springcoreexplorer.mqtt.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetedMessageStoreTest {

    private static final int MB = 1024 * 1024;

    private static InboundMessage message(String topic, int size, int marker) {
        byte[] payload = new byte[size];
        if (size > 0) {
            payload[0] = (byte) marker;
        }
        return InboundMessage.now(topic, payload, 0, false);
    }

    private static long topicCost(String topic) {
        return MessageStore.TOPIC_OVERHEAD_BYTES + 40 + topic.length();
    }

    @Test
    void keepsAPerTopicHistoryRingAndCountsWhatTheRingPushesOut() {
        MessageStore store = MessageStore.create(StoreSettings.defaults().withHistoryDepth(3));
        List<InboundMessage> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(message("a", 10, i));
            batch.add(message("b", 10, 100 + i));
        }
        store.appendAll(batch);

        assertThat(store.history("a"))
                .extracting(m -> (int) m.message().payload()[0])
                .containsExactly(2, 3, 4);
        assertThat(store.history("b"))
                .extracting(m -> (int) m.message().payload()[0])
                .containsExactly(102, 103, 104);
        assertThat(store.latest("a"))
                .get()
                .extracting(m -> (int) m.message().payload()[0])
                .isEqualTo(4);
        StoreStats stats = store.stats();
        assertThat(stats.evictedByDepth()).isEqualTo(4);
        assertThat(stats.evictedByBudget()).isZero();
        assertThat(stats.storedMessages()).isEqualTo(6);
        assertThat(stats.appended()).isEqualTo(10);
        assertThat(stats.usedBytes())
                .isEqualTo(6 * (10 + MessageStore.ENTRY_OVERHEAD_BYTES) + topicCost("a") + topicCost("b"));
    }

    @Test
    void evictsTheOldestMessagesAcrossAllTopicsToStayUnderBudget() {
        MessageStore store =
                MessageStore.create(StoreSettings.defaults().withBudgetBytes(MB).withHistoryDepth(1_000));
        int size = 10_000;
        List<InboundMessage> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(message("t/" + (i % 7), size, i % 100));
        }
        List<StoredMessage> stored = store.appendAll(batch);

        StoreStats stats = store.stats();
        assertThat(stats.usedBytes()).isLessThanOrEqualTo(MB);
        assertThat(stats.evictedByBudget()).isPositive();
        assertThat(stats.storedMessages() + stats.evictedByBudget()).isEqualTo(300);
        // what is left is exactly the newest messages, whatever their topic
        long oldestKept = stats.appended() - stats.storedMessages() + 1;
        List<StoredMessage> kept = store.recent(Integer.MAX_VALUE);
        assertThat(kept).hasSize((int) stats.storedMessages());
        assertThat(kept.getFirst().sequence()).isEqualTo(oldestKept);
        assertThat(kept.getLast()).isEqualTo(stored.getLast());
        for (int t = 0; t < 7; t++) {
            assertThat(store.history("t/" + t))
                    .allSatisfy(m -> assertThat(m.sequence()).isGreaterThanOrEqualTo(oldestKept));
        }
    }

    @Test
    void aTopicWhoseMessagesWereAllEvictedIsForgottenAndItsCostReturned() {
        MessageStore store = MessageStore.create(StoreSettings.defaults().withBudgetBytes(MB));
        store.appendAll(List.of(message("early", 1_000, 1)));
        List<InboundMessage> flood = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            flood.add(message("late/" + (i % 3), 10_000, i));
        }
        store.appendAll(flood);

        assertThat(store.history("early")).isEmpty();
        assertThat(store.latest("early")).isEmpty();
        StoreStats stats = store.stats();
        assertThat(stats.topics()).isEqualTo(3);
        long expected = stats.storedMessages() * (10_000 + MessageStore.ENTRY_OVERHEAD_BYTES)
                + topicCost("late/0")
                + topicCost("late/1")
                + topicCost("late/2");
        assertThat(stats.usedBytes()).isEqualTo(expected);
    }

    @Test
    void bytesReservedByTheTopicTreeLeaveLessRoomForMessages() {
        MessageStore store = MessageStore.create(
                StoreSettings.defaults().withBudgetBytes(2 * MB).withHistoryDepth(1_000));
        List<InboundMessage> batch = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            batch.add(message("t", 10_000, i));
        }
        store.appendAll(batch);
        assertThat(store.stats().evictedByBudget()).isZero();

        store.reserve(MB);
        store.appendAll(List.of(message("t", 10_000, 0)));
        StoreStats stats = store.stats();
        assertThat(stats.reservedBytes()).isEqualTo(MB);
        assertThat(stats.usedBytes() + stats.reservedBytes()).isLessThanOrEqualTo(2 * MB);
        assertThat(stats.evictedByBudget()).isPositive();
        assertThat(stats.storedMessages() + stats.evictedByBudget()).isEqualTo(151);
    }

    @Test
    void keepsPayloadsAboveTheCapTruncatedAndMarked() {
        MessageStore store = MessageStore.create(StoreSettings.defaults().withMaxPayloadBytes(100));
        List<StoredMessage> stored = store.appendAll(List.of(message("big", 250, 7), message("small", 100, 8)));

        StoredMessage big = stored.get(0);
        assertThat(big.truncated()).isTrue();
        assertThat(big.originalPayloadSize()).isEqualTo(250);
        assertThat(big.message().payload()).hasSize(100);
        assertThat(big.message().payload()[0]).isEqualTo((byte) 7);
        StoredMessage small = stored.get(1);
        assertThat(small.truncated()).isFalse();
        assertThat(small.message().payload()).hasSize(100);
        assertThat(store.stats().truncated()).isEqualTo(1);
        assertThat(store.history("big").getFirst().truncated()).isTrue();
    }

    @Test
    void clearForgetsMessagesButKeepsTheCounters() {
        MessageStore store = MessageStore.create(StoreSettings.defaults().withHistoryDepth(1));
        store.appendAll(List.of(message("a", 5, 1), message("a", 5, 2)));
        store.clear();

        StoreStats stats = store.stats();
        assertThat(stats.storedMessages()).isZero();
        assertThat(stats.usedBytes()).isZero();
        assertThat(stats.topics()).isZero();
        assertThat(stats.evictedByDepth()).isEqualTo(1);
        assertThat(store.history("a")).isEmpty();
        assertThat(store.appendAll(List.of(message("a", 5, 3))).getFirst().sequence())
                .isEqualTo(3);
    }

    @Test
    void recentReturnsTheNewestMessagesOldestFirst() {
        MessageStore store = MessageStore.create(StoreSettings.defaults());
        store.appendAll(List.of(message("a", 1, 1), message("b", 1, 2), message("a", 1, 3)));
        assertThat(store.recent(2)).extracting(StoredMessage::sequence).containsExactly(2L, 3L);
        assertThat(store.recent(0)).isEmpty();
    }

    @Test
    void refusesSettingsThatCannotWorkWithAPlainReason() {
        assertThatThrownBy(() -> StoreSettings.defaults().withBudgetBytes(1000)).hasMessageContaining("at least 1 MB");
        assertThatThrownBy(() -> StoreSettings.defaults().withHistoryDepth(0)).hasMessageContaining("history depth");
    }
}
