package com.springcoreexplorer.app.cli.mqtt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.recording.PayloadText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The printed lines of {@code sub}, one per received message: JSON for scripts, or text for people.
 * Lines are formatted into one buffer (JSON with a streaming generator, no tree per message) and
 * written out once per ingest batch, so a flood costs one write per batch, not one per message.
 * Dispatcher thread only.
 */
public final class MessageLines {

    private static final JsonFactory FACTORY = new JsonFactory()
            .setRootValueSeparator(null) // lines end in '\n' instead
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);

    private final StringBuilder buffer = new StringBuilder(1 << 16);
    private final boolean json;
    private final MessageAnnotator annotator;
    private final JsonGenerator generator;

    public MessageLines(boolean json, MessageAnnotator annotator) {
        this.json = json;
        this.annotator = annotator;
        try {
            this.generator = FACTORY.createGenerator(new BufferWriter());
        } catch (IOException e) {
            throw new UncheckedIOException("a generator over a buffer cannot fail", e);
        }
    }

    /** Appends the message's line to the buffer. */
    public void add(InboundMessage message) {
        if (json) {
            try {
                writeJson(message);
            } catch (IOException e) {
                throw new UncheckedIOException("writing into a buffer cannot fail", e);
            }
        } else {
            appendText(message);
        }
    }

    /** Hands every buffered line to {@code out} at once and empties the buffer. */
    public void writeTo(Writer out) throws IOException {
        generator.flush();
        out.append(buffer);
        buffer.setLength(0);
    }

    /** {@code {"topic":..,"qos":..,"retain":..,"payload":..}} (or {@code payloadBase64} when not UTF-8), plus annotations. */
    private void writeJson(InboundMessage message) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("topic", message.topic());
        generator.writeNumberField("qos", message.qos());
        generator.writeBooleanField("retain", message.retain());
        String text = utf8(message.payload());
        if (text != null) {
            generator.writeStringField("payload", text);
        } else {
            generator.writeStringField("payloadBase64", Base64.getEncoder().encodeToString(message.payload()));
        }
        annotator.annotate(message, generator);
        generator.writeEndObject();
        generator.writeRaw('\n');
    }

    /** {@code topic [qos1, retained] payload}; line ends escaped; binary payloads in hex. */
    private void appendText(InboundMessage message) {
        buffer.append(message.topic()).append(" [qos").append(message.qos());
        if (message.retain()) {
            buffer.append(", retained");
        }
        buffer.append("] ");
        byte[] payload = message.payload();
        if (isPrintableAscii(payload, false)) {
            buffer.append(new String(payload, StandardCharsets.ISO_8859_1)); // a plain copy for ASCII
        } else {
            String text = utf8(payload);
            buffer.append(
                    text != null
                            ? text.replace("\r", "\\r").replace("\n", "\\n")
                            : "0x" + HexFormat.of().formatHex(payload));
        }
        buffer.append('\n');
    }

    /** The payload as text when it is valid UTF-8 without control characters other than line ends and tabs; else null. */
    static String utf8(byte[] payload) {
        return PayloadText.of(payload);
    }

    /** The common case, checked without decoding: printable ASCII and tabs (and line ends when allowed). */
    private static boolean isPrintableAscii(byte[] payload, boolean lineEndsAllowed) {
        for (byte b : payload) {
            if (b < 0x20 || b == 0x7F) { // negative bytes (non-ASCII) are below 0x20 too
                if (b != '\t' && !(lineEndsAllowed && (b == '\n' || b == '\r'))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The generator's target: the line buffer, unsynchronized (one thread). */
    private final class BufferWriter extends Writer {
        @Override
        public void write(char[] chars, int offset, int length) {
            buffer.append(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            buffer.append(text, offset, offset + length);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
