package com.springcoreexplorer.mqtt.springcore.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.springcoreexplorer.mqtt.springcore.sctext.ChecksumConvention;
import com.springcoreexplorer.mqtt.springcore.sctext.ScFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a {@link Command} as compact JSON or as a {@code $SCCMD} line. No validation here: see {@link CommandBuilder}. */
public final class CommandCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CommandCodec() {}

    /** {@code {"Sequence":35}}, {@code {"Leds":"92929292","Buzzer":100}}: compact, fields in the vendor's order. */
    public static String toJson(Command command) {
        ObjectNode node = JSON.createObjectNode();
        if (command.sequence() != null) {
            node.put("Sequence", command.sequence());
        }
        if (command.leds() != null) {
            node.put("Leds", command.leds());
        }
        if (command.buzzerMs() != null) {
            node.put("Buzzer", command.buzzerMs());
        }
        for (Map.Entry<RawField, String> e : command.raw().entrySet()) {
            node.set(e.getKey().jsonName(), readJson(e.getValue()));
        }
        return node.toString();
    }

    /** {@code $SCCMD;SEQ=23;LEDS=92929292;BUZZ=0064[*CS]\r\n}. Raw fields have no text key and are not written. */
    public static String toText(Command command, TextChecksum checksum, boolean crlf) {
        return toText(
                command,
                checksum != TextChecksum.NONE,
                checksum == TextChecksum.NONE ? ChecksumConvention.INCLUDING_DELIMITERS : checksum.convention(),
                crlf);
    }

    /** {@code $SCCMD;...}, with a checksum under {@code convention} when {@code withChecksum}. */
    public static String toText(Command command, boolean withChecksum, ChecksumConvention convention, boolean crlf) {
        List<String> fields = new ArrayList<>(3);
        if (command.sequence() != null) {
            fields.add(String.format("SEQ=%02X", command.sequence()));
        }
        if (command.leds() != null) {
            fields.add("LEDS=" + command.leds());
        }
        if (command.buzzerMs() != null) {
            fields.add(String.format("BUZZ=%04X", command.buzzerMs()));
        }
        return ScFrame.format("CMD", fields, withChecksum, convention, crlf);
    }

    /**
     * The canonical compact JSON text of a raw field value: valid JSON is kept (re-serialised compactly),
     * anything else becomes a JSON string. {@code FF0000} gives {@code "FF0000"}, {@code 1} gives {@code 1}.
     */
    public static String canonicalRawValue(String userText) {
        String t = userText.strip();
        try {
            JsonNode node = JSON.readTree(t);
            if (node != null && !node.isMissingNode()) {
                return node.toString();
            }
        } catch (JsonProcessingException notJson) {
            // plain text: sent as a JSON string
        }
        return JSON.getNodeFactory().textNode(userText).toString();
    }

    private static JsonNode readJson(String canonical) {
        try {
            return JSON.readTree(canonical);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(canonical);
        }
    }
}
