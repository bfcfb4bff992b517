package com.springcoreexplorer.mqtt.message;

/**
 * Where a connection hands each received message, on its Netty thread. The sink may wait for room
 * (that wait is the backpressure: while it lasts the connection reads nothing more, so TCP and the
 * broker hold the rest) and says whether it took the message. A QoS 1/2 message is acknowledged to
 * the broker only once the sink took it, so a message the sink refused is never lost by an early ack.
 */
@FunctionalInterface
public interface MessageSink {

    /** @return true when the message was taken (it will be processed), false when it was refused (and counted) */
    boolean take(InboundMessage message);
}
