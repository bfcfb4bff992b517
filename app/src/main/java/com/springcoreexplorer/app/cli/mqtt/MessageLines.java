package com.springcoreexplorer.app.cli.mqtt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/** One printed line per received message: JSON for scripts, or text for people. */
public final class MessageLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageLines() {
    }

    /** {@code {"topic":..,"qos":..,"retain":..,"payload":..}} (or {@code payloadBase64} when not UTF-8), plus annotations. */
    public static String json(InboundMessage message, MessageAnnotator annotator) {
        ObjectNode line = JSON.createObjectNode();
        line.put("topic", message.topic());
        line.put("qos", message.qos());
        line.put("retain", message.retain());
        String text = utf8(message.payload());
        if (text != null) {
            line.put("payload", text);
        } else {
            line.put("payloadBase64", Base64.getEncoder().encodeToString(message.payload()));
        }
        annotator.annotate(message, line);
        return line.toString();
    }

    /** {@code topic [qos1, retained] payload}; binary payloads in hex. */
    public static String text(InboundMessage message) {
        String text = utf8(message.payload());
        String payload = text != null ? text.replace("\r", "\\r").replace("\n", "\\n") : "0x" + HexFormat.of().formatHex(message.payload());
        return message.topic() + " [qos" + message.qos() + (message.retain() ? ", retained" : "") + "] " + payload;
    }

    /** The payload as text when it is valid UTF-8 without control characters other than line ends; else null. */
    static String utf8(byte[] payload) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                    return null;
                }
            }
            return text;
        } catch (CharacterCodingException notText) {
            return null;
        }
    }
}
