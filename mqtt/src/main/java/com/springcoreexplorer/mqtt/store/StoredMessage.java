package com.springcoreexplorer.mqtt.store;

import com.springcoreexplorer.mqtt.message.InboundMessage;

/**
 * A message as the store keeps it: immutable, safe for any thread.
 *
 * @param sequence            store-wide arrival number (1, 2, ...), increasing with arrival order
 * @param message             the message; its payload is cut to the store's cap when {@code truncated}
 * @param truncated           true when the payload was above the cap and only its start is kept
 * @param originalPayloadSize the payload size as received, in bytes
 */
public record StoredMessage(long sequence, InboundMessage message, boolean truncated, int originalPayloadSize) {

    public String topic() {
        return message.topic();
    }
}
