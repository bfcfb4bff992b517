package com.springcoreexplorer.app.cli.mqtt;

import com.fasterxml.jackson.core.JsonGenerator;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import java.io.IOException;

/**
 * Adds fields to a {@code sub --json} line. The seam for the SpringCore decoder: it adds the
 * {@code event} field (decoded tag event / status / meta) here; without it lines carry the raw message only.
 */
@FunctionalInterface
public interface MessageAnnotator {

    MessageAnnotator NONE = (message, line) -> {};

    /** Called on the ingest dispatcher thread, in message order, inside the line's open JSON object. */
    void annotate(InboundMessage message, JsonGenerator line) throws IOException;
}
