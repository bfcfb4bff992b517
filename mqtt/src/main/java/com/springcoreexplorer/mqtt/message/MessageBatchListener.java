package com.springcoreexplorer.mqtt.message;

import java.util.List;

/**
 * Receives messages in batches on the ingest dispatcher thread (never one call per message, never on
 * a Netty thread). The list is immutable and safe to keep. Implementations must return quickly:
 * models update themselves here, views are told later, coalesced, on their own thread.
 */
@FunctionalInterface
public interface MessageBatchListener {

    void onBatch(List<InboundMessage> batch);
}
