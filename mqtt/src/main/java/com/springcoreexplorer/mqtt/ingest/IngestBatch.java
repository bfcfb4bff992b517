package com.springcoreexplorer.mqtt.ingest;

import com.springcoreexplorer.mqtt.store.StoredMessage;
import com.springcoreexplorer.mqtt.topictree.TopicTreeDiff;
import java.util.List;

/**
 * One dispatched batch, immutable and safe to hand to any thread.
 *
 * @param sequence batch number (1, 2, ...)
 * @param messages the messages as stored, in arrival order (payloads above the store's cap are
 *                 truncated and marked; a {@link com.springcoreexplorer.mqtt.message.MessageBatchListener}
 *                 sees the full payloads)
 * @param tree     what changed in the topic tree
 * @param stats    the pipeline's counters after this batch
 */
public record IngestBatch(long sequence, List<StoredMessage> messages, TopicTreeDiff tree, IngestStats stats) {

    public IngestBatch {
        messages = List.copyOf(messages);
    }
}
