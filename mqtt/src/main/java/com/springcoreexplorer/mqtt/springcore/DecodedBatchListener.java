package com.springcoreexplorer.mqtt.springcore;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import java.util.List;

/**
 * Receives each batch with its decoding, index for index ({@code decoded.get(i)} is {@code messages.get(i)}
 * decoded), on the dispatcher thread. Both lists are immutable; return quickly.
 */
@FunctionalInterface
public interface DecodedBatchListener {

    void onDecoded(List<InboundMessage> messages, List<DecodedMessage> decoded);
}
