package com.springcoreexplorer.mqtt.springcore.decode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.commands.Command;
import com.springcoreexplorer.mqtt.springcore.commands.RawField;
import com.springcoreexplorer.mqtt.springcore.rules.CompiledRules;
import com.springcoreexplorer.mqtt.springcore.rules.RuleMatch;
import com.springcoreexplorer.mqtt.springcore.sctext.ChecksumStatus;
import com.springcoreexplorer.mqtt.springcore.sctext.Hex;
import com.springcoreexplorer.mqtt.springcore.sctext.ScFrame;
import com.springcoreexplorer.mqtt.springcore.topic.Channel;
import com.springcoreexplorer.mqtt.springcore.topic.SpringCoreTopic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns every received message into one {@link DecodedMessage}. A pure, total function: the same
 * message and settings give the same result, and no payload (binary, invalid UTF-8, broken or deeply
 * nested JSON, 64 kB+) makes it throw; what it does not understand becomes a {@link Raw} with the
 * reason. Thread-safe and cheap to share; build a new one when the settings change.
 */
public final class MessageDecoder {

    /** Compact JSON reading; trailing garbage after the object is an error, not silently ignored. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final DecoderSettings settings;
    private final CompiledRules rules;

    public MessageDecoder(DecoderSettings settings) {
        this.settings = settings == null ? DecoderSettings.DEFAULT : settings;
        this.rules = CompiledRules.of(this.settings.rules());
    }

    /** One-off decoding (compiles the rules each call: keep a {@link MessageDecoder} for streams). */
    public static DecodedMessage decode(InboundMessage message, DecoderSettings settings) {
        return new MessageDecoder(settings).decode(message);
    }

    public DecoderSettings settings() {
        return settings;
    }

    public DecodedMessage decode(InboundMessage message) {
        try {
            return decodeUnchecked(message);
        } catch (RuntimeException | StackOverflowError bug) {
            // Last line of defence: a decoder bug must never cost the user the message.
            Optional<SpringCoreTopic> topic = settings.prefix().parse(message.topic());
            return new Raw(message.topic(), message.receivedAt(), topic.map(SpringCoreTopic::deviceId).orElse(null),
                    topic.map(SpringCoreTopic::channel).orElse(null),
                    "could not be decoded (" + bug.getClass().getSimpleName() + "); shown as it is", message.payload());
        }
    }

    private DecodedMessage decodeUnchecked(InboundMessage m) {
        Optional<SpringCoreTopic> parsed = settings.prefix().parse(m.topic());
        SpringCoreTopic topic = parsed.orElse(null);
        String deviceId = topic == null ? null : topic.deviceId();
        if (!rules.isEmpty()) {
            Optional<RuleMatch> match = rules.apply(m.topic(), m.payload(), topic != null);
            if (match.isPresent()) {
                return new RuleDecoded(m.topic(), m.receivedAt(), deviceId, match.get().ruleName(), match.get().columns());
            }
        }
        if (topic == null) {
            return raw(m, null, "not a SpringCore topic (prefix " + settings.prefix() + ")");
        }
        byte[] p = m.payload();
        if (p.length == 0 && topic.channel() != Channel.DIR && topic.channel() != Channel.CCID) {
            return raw(m, topic, m.retain() ? "empty retained payload" : "empty payload (clears a retained message)");
        }
        return switch (topic.channel()) {
            case META -> {
                JsonRead read = readObject(p);
                yield read.node == null ? raw(m, topic, "META is not a JSON object: " + read.problem) : meta(m, topic, read.node);
            }
            case STATUS -> {
                JsonRead read = readObject(p);
                yield read.node == null ? raw(m, topic, "STATUS is not a JSON object: " + read.problem) : status(m, topic, read.node);
            }
            case RDR_EVT -> {
                if (ScFrame.looksLikeFrame(p, "RDR")) {
                    yield scrdr(m, topic);
                }
                JsonRead read = readObject(p);
                yield read.node == null ? raw(m, topic, "tag event is neither $SCRDR nor a JSON object: " + read.problem)
                        : jsonTag(m, topic, read.node);
            }
            case RDR_CMD -> {
                if (ScFrame.looksLikeFrame(p, "CMD")) {
                    yield sccmd(m, topic);
                }
                JsonRead read = readObject(p);
                yield read.node == null ? raw(m, topic, "command is neither $SCCMD nor a JSON object: " + read.problem)
                        : jsonCommand(m, topic, read.node);
            }
            case DIR -> raw(m, topic, "dir/ channel: undocumented by SpringCard, shown as it is");
            case CCID -> raw(m, topic, "ccid/ channel: undocumented by SpringCard, shown as it is");
            case OTHER -> raw(m, topic, "'" + topic.rest() + "' is not a documented SpringCore channel");
        };
    }

    // ---- JSON tag events (both firmware field sets) ----

    private DecodedMessage jsonTag(InboundMessage m, SpringCoreTopic topic, JsonNode obj) {
        List<String> warnings = new ArrayList<>(0);
        Map<String, String> extra = new LinkedHashMap<>();
        String iface = null, protocol = null, tagId = null, moveText = null, tagData = null, tagDetails = null, dateTime = null;
        Integer template = null, rssi = null, sequence = null;
        Uptime uptime = null;
        for (Map.Entry<String, JsonNode> field : obj.properties()) {
            String key = field.getKey();
            JsonNode v = field.getValue();
            if (v.isNull()) {
                extra.put(key, "null");
                continue;
            }
            switch (lower(key)) {
                case "interface" -> iface = text(v);
                case "protocol" -> protocol = text(v);
                case "tagid" -> tagId = text(v);
                case "tagdata" -> tagData = text(v);
                case "tagdetails" -> tagDetails = text(v);
                case "datetime" -> dateTime = text(v);
                case "move", "state" -> {
                    if (moveText == null) {
                        moveText = text(v);
                    } else {
                        extra.put(key, text(v));
                        warnings.add("both Move and State are present; " + key + " kept as an extra field");
                    }
                }
                case "template" -> template = integer(key, v, extra, warnings);
                case "sequence" -> sequence = integer(key, v, extra, warnings);
                case "rssi" -> {
                    if (rssi == null) {
                        rssi = integer(key, v, extra, warnings);
                    } else {
                        extra.put(key, text(v));
                        warnings.add("both RSSI and Rssi are present; " + key + " kept as an extra field");
                    }
                }
                case "uptime" -> {
                    String t = text(v);
                    uptime = Uptime.parse(t).orElse(null);
                    if (uptime == null) {
                        warnings.add("Uptime '" + shorten(t) + "' is not CCC:SSS.MMM");
                        extra.put(key, t);
                    }
                }
                default -> extra.put(key, text(v));
            }
        }
        if (tagId == null) {
            return raw(m, topic, "JSON on rdr/evt without TagId");
        }
        Move move = Move.parse(moveText);
        if (move == Move.UNKNOWN) {
            warnings.add("undocumented move '" + shorten(moveText) + "'");
        }
        return new TagEvent(m.topic(), m.receivedAt(), topic.deviceId(), WireFormat.JSON, iface, null, protocol, null,
                template, tagId, move, moveText, rssi, tagData, tagDetails, uptime, dateTime, sequence,
                ChecksumStatus.NOT_APPLICABLE, extra, warnings, new String(m.payload(), StandardCharsets.UTF_8));
    }

    // ---- $SCRDR ----

    private DecodedMessage scrdr(InboundMessage m, SpringCoreTopic topic) {
        ScFrame frame = ScFrame.parse(m.payload());
        List<String> f = frame.fields();
        if (f.isEmpty()) {
            return raw(m, topic, "empty $SCRDR line (a reader sends one when a client connects)");
        }
        if (f.size() < 5) {
            return raw(m, topic, "$SCRDR line with " + f.size() + " field(s); expected 8: Interface;Protocol;Template;RSSI;TagId;Move;TagData;TagDetails");
        }
        List<String> warnings = new ArrayList<>(frame.warnings());
        Map<String, String> extra = new LinkedHashMap<>();
        if (f.size() != 8) {
            warnings.add("$SCRDR line with " + f.size() + " fields; expected 8");
        }
        for (int i = 8; i < f.size(); i++) {
            extra.put("Field" + (i + 1), f.get(i));
        }
        ScrdrCodeTable codes = settings.scrdrCodes();
        Integer ifaceCode = hexByte("Interface", f.get(0), warnings);
        Integer protoCode = hexByte("Protocol", f.get(1), warnings);
        Integer template = hexByte("Template", f.get(2), warnings);
        Integer rssi = hexByte("RSSI", f.get(3), warnings);
        if (rssi != null && codes.signedRssi()) {
            rssi = (int) (byte) rssi.intValue();
        }
        String iface = ifaceCode != null ? codes.interfaceName(ifaceCode) : emptyToNull(f.get(0));
        String protocol = protoCode != null ? codes.protocolName(protoCode) : emptyToNull(f.get(1));
        String moveText = f.size() > 5 ? emptyToNull(f.get(5)) : null;
        Move move = Move.parse(moveText);
        if (move == Move.UNKNOWN) {
            warnings.add("undocumented move '" + shorten(moveText) + "' (expected I, R or IR)");
        }
        return new TagEvent(m.topic(), m.receivedAt(), topic.deviceId(), WireFormat.TEXT, iface, ifaceCode, protocol, protoCode,
                template, f.get(4), move, moveText, rssi, f.size() > 6 ? emptyToNull(f.get(6)) : null,
                f.size() > 7 ? emptyToNull(f.get(7)) : null, null, null, null, frame.checksum(), extra, warnings,
                PayloadViews.ascii(m.payload()));
    }

    /** A 2-digit hex field: its value, null when empty; a warning (and null) when not hex. */
    private static Integer hexByte(String name, String text, List<String> warnings) {
        if (text.isEmpty()) {
            return null;
        }
        int value = Hex.parse(text, 2);
        if (value < 0) {
            warnings.add(name + " '" + shorten(text) + "' is not a 2-digit hex code");
            return null;
        }
        return value;
    }

    // ---- STATUS and META ----

    private DecodedMessage status(InboundMessage m, SpringCoreTopic topic, JsonNode obj) {
        List<String> warnings = new ArrayList<>(0);
        Map<String, String> extra = new LinkedHashMap<>();
        String stateText = null, dateTime = null;
        Uptime uptime = null;
        for (Map.Entry<String, JsonNode> field : obj.properties()) {
            String key = field.getKey();
            JsonNode v = field.getValue();
            switch (lower(key)) {
                case "state" -> stateText = text(v);
                case "datetime" -> dateTime = text(v);
                case "uptime" -> {
                    String t = text(v);
                    uptime = Uptime.parse(t).orElse(null);
                    if (uptime == null) {
                        warnings.add("Uptime '" + shorten(t) + "' is not CCC:SSS.MMM");
                        extra.put(key, t);
                    }
                }
                default -> extra.put(key, text(v));
            }
        }
        DeviceState state = DeviceState.parse(stateText);
        if (stateText == null) {
            warnings.add("STATUS without State");
        } else if (state == DeviceState.UNKNOWN) {
            warnings.add("undocumented State '" + shorten(stateText) + "'");
        }
        return new StatusReport(m.topic(), m.receivedAt(), topic.deviceId(), m.retain(), state, stateText, uptime, dateTime, extra, warnings);
    }

    private DecodedMessage meta(InboundMessage m, SpringCoreTopic topic, JsonNode obj) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : obj.properties()) {
            fields.put(field.getKey(), text(field.getValue()));
        }
        List<String> warnings = fields.isEmpty() ? List.of("empty META object") : List.of();
        return new MetaReport(m.topic(), m.receivedAt(), topic.deviceId(), m.retain(), fields, warnings);
    }

    // ---- commands seen on rdr/cmd ----

    private DecodedMessage jsonCommand(InboundMessage m, SpringCoreTopic topic, JsonNode obj) {
        List<String> warnings = new ArrayList<>(0);
        Map<String, String> extra = new LinkedHashMap<>();
        Integer sequence = null, buzzer = null;
        String leds = null;
        Map<RawField, String> raw = new EnumMap<>(RawField.class);
        for (Map.Entry<String, JsonNode> field : obj.properties()) {
            String key = field.getKey();
            JsonNode v = field.getValue();
            switch (lower(key)) {
                case "sequence" -> {
                    if (v.isTextual()) {
                        String t = v.textValue().strip();
                        int value = Hex.parse(t.startsWith("0x") || t.startsWith("0X") ? t.substring(2) : t, 2);
                        if (value < 0) {
                            warnings.add("Sequence '" + shorten(t) + "' is not a hex byte");
                            extra.put(key, t);
                        } else {
                            sequence = value;
                        }
                    } else {
                        sequence = integer(key, v, extra, warnings);
                        if (sequence != null && (sequence < 0 || sequence > 0xFF)) {
                            warnings.add("Sequence " + sequence + " is out of range 0..255");
                        }
                    }
                }
                case "leds" -> leds = ledsValue(text(v), warnings);
                case "buzzer" -> {
                    buzzer = integer(key, v, extra, warnings);
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
        return command(m, topic, new Command(sequence, leds, buzzer, raw), WireFormat.JSON, ChecksumStatus.NOT_APPLICABLE,
                extra, warnings, new String(m.payload(), StandardCharsets.UTF_8));
    }

    private DecodedMessage sccmd(InboundMessage m, SpringCoreTopic topic) {
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
        return command(m, topic, new Command(sequence, leds, buzzer, Map.of()), WireFormat.TEXT, frame.checksum(),
                extra, warnings, PayloadViews.ascii(m.payload()));
    }

    private static DecodedMessage command(InboundMessage m, SpringCoreTopic topic, Command command, WireFormat format,
                                          ChecksumStatus checksum, Map<String, String> extra, List<String> warnings, String raw) {
        if (command.hasForbiddenCombination()) {
            warnings.add("Sequence combined with LEDs, RGB or buzzer: SpringCard forbids this combination");
        }
        if (command.isEmpty() && extra.isEmpty()) {
            warnings.add("empty command");
        }
        return new ReaderCommand(m.topic(), m.receivedAt(), topic.deviceId(), command, format, checksum, extra, warnings, raw);
    }

    private static String ledsValue(String text, List<String> warnings) {
        if (text.length() == 8 && Hex.isHex(text)) {
            return text.toUpperCase(Locale.ROOT);
        }
        warnings.add("Leds '" + shorten(text) + "' is not 8 hex digits");
        return text;
    }

    // ---- helpers ----

    private record JsonRead(JsonNode node, String problem) {
    }

    /** A JSON object, or why not; cheap rejection before Jackson for what clearly is not JSON. */
    private static JsonRead readObject(byte[] p) {
        int i = 0;
        while (i < p.length && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n')) {
            i++;
        }
        if (i == p.length) {
            return new JsonRead(null, "blank payload");
        }
        if (p[i] != '{') {
            return new JsonRead(null, p[i] == '[' ? "a JSON array, expected an object" : "not JSON");
        }
        try {
            JsonNode node = JSON.readTree(p);
            if (node == null || !node.isObject()) {
                return new JsonRead(null, "not a JSON object");
            }
            return new JsonRead(node, null);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            int newline = message == null ? -1 : message.indexOf('\n');
            String first = message == null ? e.getClass().getSimpleName() : newline < 0 ? message : message.substring(0, newline);
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            return new JsonRead(null, "broken JSON" + (column > 0 ? " at column " + column : "") + " (" + shorten(first) + ")");
        } catch (java.io.IOException e) {
            return new JsonRead(null, "unreadable (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The field name in lower case; the usual spellings skip the copy (this runs for every field of every message). */
    private static String lower(String key) {
        return switch (key) {
            case "Interface" -> "interface";
            case "Protocol" -> "protocol";
            case "TagId" -> "tagid";
            case "TagData" -> "tagdata";
            case "TagDetails" -> "tagdetails";
            case "DateTime" -> "datetime";
            case "Move" -> "move";
            case "State" -> "state";
            case "Template" -> "template";
            case "Sequence" -> "sequence";
            case "RSSI", "Rssi" -> "rssi";
            case "Uptime" -> "uptime";
            case "Leds" -> "leds";
            case "Buzzer" -> "buzzer";
            default -> key.toLowerCase(Locale.ROOT);
        };
    }

    /** Scalars as written (strings without quotes), objects and arrays as compact JSON. */
    private static String text(JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** An int from a JSON integer or a decimal string; otherwise a warning and the value kept as extra. */
    private static Integer integer(String key, JsonNode v, Map<String, String> extra, List<String> warnings) {
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual()) {
            String t = v.textValue().strip();
            if (!t.isEmpty() && t.length() <= 9) {
                boolean digits = true;
                for (int i = (t.charAt(0) == '-' && t.length() > 1) ? 1 : 0; i < t.length(); i++) {
                    digits &= t.charAt(i) >= '0' && t.charAt(i) <= '9';
                }
                if (digits) {
                    return Integer.parseInt(t);
                }
            }
        }
        warnings.add(key + " '" + shorten(text(v)) + "' is not an integer");
        extra.put(key, text(v));
        return null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static Raw raw(InboundMessage m, SpringCoreTopic topic, String reason) {
        return new Raw(m.topic(), m.receivedAt(), topic == null ? null : topic.deviceId(), topic == null ? null : topic.channel(),
                reason, m.payload());
    }
}
