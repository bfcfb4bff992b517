package com.springcoreexplorer.mqtt.springcore.decode;

import static com.springcoreexplorer.mqtt.springcore.decode.Fields.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.commands.Command;
import com.springcoreexplorer.mqtt.springcore.commands.RawField;
import com.springcoreexplorer.mqtt.springcore.sctext.ChecksumStatus;
import com.springcoreexplorer.mqtt.springcore.sctext.Hex;
import com.springcoreexplorer.mqtt.springcore.sctext.ScFrame;
import com.springcoreexplorer.mqtt.springcore.topic.SpringCoreTopic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Commands seen on {@code rdr/cmd}: JSON and {@code $SCCMD} lines. */
final class CommandDecoder {

    private CommandDecoder() {}

    static DecodedMessage jsonCommand(InboundMessage m, SpringCoreTopic topic, JsonNode obj) {
        List<String> warnings = new ArrayList<>(0);
        Map<String, String> extra = new LinkedHashMap<>();
        Integer sequence = null, buzzer = null;
        String leds = null;
        Map<RawField, String> raw = new EnumMap<>(RawField.class);
        for (Map.Entry<String, JsonNode> field : obj.properties()) {
            String key = field.getKey();
            JsonNode v = field.getValue();
            switch (lower(key)) {
                // READER COMMAND page: "a decimal integer, or within an hexadecimal string" ({"Buzzer":"0064"} = 100
                // ms)
                case "sequence" -> {
                    sequence = integerOrHexString(key, v, 2, extra, warnings);
                    if (sequence != null && (sequence < 0 || sequence > 0xFF)) {
                        warnings.add("Sequence " + sequence + " is out of range 0..255");
                    }
                }
                case "leds" -> leds = ledsValue(text(v), warnings);
                case "buzzer" -> {
                    buzzer = integerOrHexString(key, v, 4, extra, warnings);
                    if (buzzer != null && (buzzer < 0 || buzzer > 0xFFFF)) {
                        warnings.add("Buzzer " + buzzer + " ms is out of range 0..65535");
                    }
                }
                default -> {
                    Optional<RawField> rawField = RawField.byJsonName(key);
                    if (rawField.isPresent() && !raw.containsKey(rawField.get())) {
                        raw.put(rawField.get(), v.toString());
                    } else {
                        extra.put(key, text(v));
                    }
                }
            }
        }
        return command(
                m,
                topic,
                new Command(sequence, leds, buzzer, raw),
                WireFormat.JSON,
                ChecksumStatus.NOT_APPLICABLE,
                extra,
                warnings,
                new String(m.payload(), StandardCharsets.UTF_8));
    }

    static DecodedMessage sccmd(InboundMessage m, SpringCoreTopic topic) {
        ScFrame frame = ScFrame.parse(m.payload());
        List<String> warnings = new ArrayList<>(frame.warnings());
        Map<String, String> extra = new LinkedHashMap<>();
        Integer sequence = null, buzzer = null;
        String leds = null;
        int index = 0;
        for (String field : frame.fields()) {
            index++;
            if (field.isEmpty()) {
                continue;
            }
            int eq = field.indexOf('=');
            if (eq < 0) {
                warnings.add("$SCCMD field '" + shorten(field) + "' has no '='");
                extra.put("Field" + index, field);
                continue;
            }
            String key = field.substring(0, eq);
            String value = field.substring(eq + 1);
            switch (key.toUpperCase(Locale.ROOT)) {
                case "SEQ" -> {
                    int v = Hex.parse(value, 2);
                    if (v < 0) {
                        warnings.add("SEQ '" + shorten(value) + "' is not a hex byte");
                        extra.put(key, value);
                    } else {
                        sequence = v;
                    }
                }
                case "LEDS" -> leds = ledsValue(value, warnings);
                case "BUZZ" -> {
                    int v = Hex.parse(value, 4);
                    if (v < 0) {
                        warnings.add("BUZZ '" + shorten(value) + "' is not 4 hex digits (milliseconds)");
                        extra.put(key, value);
                    } else {
                        buzzer = v;
                    }
                }
                default -> {
                    warnings.add("undocumented $SCCMD key '" + shorten(key) + "'");
                    extra.put(key, value);
                }
            }
        }
        return command(
                m,
                topic,
                new Command(sequence, leds, buzzer, Map.of()),
                WireFormat.TEXT,
                frame.checksum(),
                extra,
                warnings,
                PayloadViews.ascii(m.payload()));
    }

    static DecodedMessage command(
            InboundMessage m,
            SpringCoreTopic topic,
            Command command,
            WireFormat format,
            ChecksumStatus checksum,
            Map<String, String> extra,
            List<String> warnings,
            String raw) {
        if (command.hasForbiddenCombination()) {
            warnings.add("Sequence combined with LEDs, RGB or buzzer: SpringCard forbids this combination");
        }
        if (command.isEmpty() && extra.isEmpty()) {
            warnings.add("empty command");
        }
        return new ReaderCommand(
                m.topic(), m.receivedAt(), topic.deviceId(), command, format, checksum, extra, warnings, raw);
    }

    /**
     * A JSON integer as it is, or a string read as hex ({@code "0064"}, {@code "0x64"}) of at most {@code maxDigits}
     * digits; anything else is a warning and the value is kept as an extra field.
     */
    static Integer integerOrHexString(
            String key, JsonNode v, int maxDigits, Map<String, String> extra, List<String> warnings) {
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual()) {
            String t = v.textValue().strip();
            int value = Hex.parse(t.startsWith("0x") || t.startsWith("0X") ? t.substring(2) : t, maxDigits);
            if (value >= 0) {
                return value;
            }
            warnings.add(key + " '" + shorten(t) + "' is not a hex string of 1 to " + maxDigits + " digits");
        } else {
            warnings.add(key + " '" + shorten(text(v)) + "' is neither a decimal integer nor a hex string");
        }
        extra.put(key, text(v));
        return null;
    }

    static String ledsValue(String text, List<String> warnings) {
        if (text.length() == 8 && Hex.isHex(text)) {
            return text.toUpperCase(Locale.ROOT);
        }
        warnings.add("Leds '" + shorten(text) + "' is not 8 hex digits");
        return text;
    }
}
