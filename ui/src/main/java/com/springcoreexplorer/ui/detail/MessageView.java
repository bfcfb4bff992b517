package com.springcoreexplorer.ui.detail;

import com.springcoreexplorer.mqtt.message.InboundMessage;

/**
 * A received message as the detail pane shows it.
 *
 * @param sequence            arrival number
 * @param message             the message (payload cut to the store's cap when truncated)
 * @param truncated           only the start of the payload was kept
 * @param originalPayloadSize payload size as received
 */
public record MessageView(long sequence, InboundMessage message, boolean truncated, int originalPayloadSize) {

    public String topic() {
        return message.topic();
    }
}
