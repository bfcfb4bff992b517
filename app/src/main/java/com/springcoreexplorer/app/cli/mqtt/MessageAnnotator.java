package com.springcoreexplorer.app.cli.mqtt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.springcoreexplorer.mqtt.message.InboundMessage;

/**
 * Adds fields to a {@code sub --json} line. The seam for the SpringCore decoder: it adds the
 * {@code event} field (decoded tag event / status / meta) here; without it lines carry the raw message only.
 */
@FunctionalInterface
public interface MessageAnnotator {

    MessageAnnotator NONE = (message, line) -> { };

    /** Called on the ingest dispatcher thread, in message order. */
    void annotate(InboundMessage message, ObjectNode line);
}
