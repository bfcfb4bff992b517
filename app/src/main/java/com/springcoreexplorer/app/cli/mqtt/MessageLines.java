package com.springcoreexplorer.app.cli.mqtt;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.recording.PayloadText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The printed lines of {@code sub}, one per received message: JSON for scripts, or text for people.
 * Lines are formatted as UTF-8 bytes into one buffer (JSON with a streaming generator, no tree per
 * message; a text payload copied as it came) and written out once per ingest batch, so a flood costs
 * one write per batch, not one per message, and no character encoding on the way out.
 * Dispatcher thread only.
 */
public final class MessageLines {

    private static final JsonFactory FACTORY = new JsonFactory()
            .setRootValueSeparator(null) // lines end in '\n' instead
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);

    private static final byte[] QOS = " [qos".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RETAINED = ", retained".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AFTER_QOS = "] ".getBytes(StandardCharsets.US_ASCII);

    private final LineBuffer buffer = new LineBuffer();
    private final boolean json;
    private final MessageAnnotator annotator;
    private final JsonGenerator generator;

    public MessageLines(boolean json, MessageAnnotator annotator) {
        this.json = json;
        this.annotator = annotator;
        try {
            this.generator = FACTORY.createGenerator(buffer, JsonEncoding.UTF8);
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

    /** Hands every buffered line to {@code out} in one write and empties the buffer. */
    public void writeTo(OutputStream out) throws IOException {
        generator.flush();
        out.write(buffer.bytes, 0, buffer.size);
        buffer.size = 0;
    }

    /** Hands every buffered line to {@code out} at once (as text) and empties the buffer. */
    public void writeTo(Writer out) throws IOException {
        generator.flush();
        out.write(new String(buffer.bytes, 0, buffer.size, StandardCharsets.UTF_8));
        buffer.size = 0;
    }

    /** {@code {"topic":..,"qos":..,"retain":..,"payload":..}} (or {@code payloadBase64} when not UTF-8), plus annotations. */
    private void writeJson(InboundMessage message) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("topic", message.topic());
        generator.writeNumberField("qos", message.qos());
        generator.writeBooleanField("retain", message.retain());
        byte[] payload = message.payload();
        if (isPrintableAscii(payload, true)) {
            generator.writeFieldName("payload");
            generator.writeUTF8String(payload, 0, payload.length); // escaped as needed, never decoded
        } else {
            String text = utf8(payload);
            if (text != null) {
                generator.writeStringField("payload", text);
            } else {
                generator.writeStringField("payloadBase64", Base64.getEncoder().encodeToString(payload));
            }
        }
        annotator.annotate(message, generator);
        generator.writeEndObject();
        generator.writeRaw('\n');
    }

    /** {@code topic [qos1, retained] payload}; line ends escaped; binary payloads in hex. */
    private void appendText(InboundMessage message) {
        buffer.appendUtf8(message.topic());
        buffer.write(QOS, 0, QOS.length);
        buffer.write('0' + message.qos());
        if (message.retain()) {
            buffer.write(RETAINED, 0, RETAINED.length);
        }
        buffer.write(AFTER_QOS, 0, AFTER_QOS.length);
        byte[] payload = message.payload();
        if (isPrintableAscii(payload, false)) {
            buffer.write(payload, 0, payload.length); // the common case: a plain copy
        } else {
            String text = utf8(payload);
            buffer.appendUtf8(
                    text != null
                            ? text.replace("\r", "\\r").replace("\n", "\\n")
                            : "0x" + HexFormat.of().formatHex(payload));
        }
        buffer.write('\n');
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

    /** The lines' bytes, unsynchronized (one thread); also the generator's target. */
    private static final class LineBuffer extends OutputStream {
        private byte[] bytes = new byte[1 << 16];
        private int size;

        @Override
        public void write(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            room(length);
            System.arraycopy(source, offset, bytes, size, length);
            size += length;
        }

        /** A topic is ASCII nearly always: copied char by char, without an encoder or a temporary array. */
        void appendUtf8(String text) {
            int length = text.length();
            room(length);
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) { // start again, encoded (size has not moved yet)
                    byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
                    write(encoded, 0, encoded.length);
                    return;
                }
                bytes[size + i] = (byte) c;
            }
            size += length;
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
