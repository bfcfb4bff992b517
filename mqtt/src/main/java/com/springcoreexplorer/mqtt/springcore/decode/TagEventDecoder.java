package com.springcoreexplorer.mqtt.springcore.decode;

import static com.springcoreexplorer.mqtt.springcore.decode.Fields.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.sctext.ChecksumStatus;
import com.springcoreexplorer.mqtt.springcore.sctext.Hex;
import com.springcoreexplorer.mqtt.springcore.sctext.ScFrame;
import com.springcoreexplorer.mqtt.springcore.topic.SpringCoreTopic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tag events on {@code rdr/evt}: JSON (both firmware field sets) and {@code $SCRDR} lines. */
final class TagEventDecoder {

    private TagEventDecoder() {}

    static DecodedMessage jsonTag(InboundMessage m, SpringCoreTopic topic, JsonNode obj) {
        List<String> warnings = new ArrayList<>(0);
        Map<String, String> extra = new LinkedHashMap<>();
        String iface = null,
                protocol = null,
                tagId = null,
                moveText = null,
                tagData = null,
                tagDetails = null,
                dateTime = null;
        Integer template = null, rssi = null, sequence = null;
        Uptime uptime = null;
        for (Map.Entry<String, JsonNode> field : obj.properties()) {
            String key = field.getKey();
            JsonNode v = field.getValue();
            String name = lower(key);
            if (v.isNull()) {
                if (!TAG_FIELDS.contains(name)) {
                    extra.put(key, "null"); // a documented field sent as null counts as absent
                }
                continue;
            }
            switch (name) {
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
                case "uptime" -> uptime = uptime(key, v, extra, warnings);
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
        return new TagEvent(
                m.topic(),
                m.receivedAt(),
                topic.deviceId(),
                WireFormat.JSON,
                iface,
                null,
                protocol,
                null,
                template,
                tagId,
                move,
                moveText,
                rssi,
                tagData,
                tagDetails,
                uptime,
                dateTime,
                sequence,
                ChecksumStatus.NOT_APPLICABLE,
                extra,
                warnings,
                new String(m.payload(), StandardCharsets.UTF_8));
    }

    static DecodedMessage scrdr(InboundMessage m, SpringCoreTopic topic, ScrdrCodeTable codes) {
        ScFrame frame = ScFrame.parse(m.payload());
        List<String> f = frame.fields();
        if (f.isEmpty()) {
            return raw(m, topic, "empty $SCRDR line (a reader sends one when a client connects)");
        }
        if (f.size() < 5) {
            return raw(
                    m,
                    topic,
                    "$SCRDR line with " + f.size()
                            + " field(s); expected 8: Interface;Protocol;Template;RSSI;TagId;Move;TagData;TagDetails");
        }
        List<String> warnings = new ArrayList<>(frame.warnings());
        Map<String, String> extra = new LinkedHashMap<>();
        if (f.size() != 8) {
            warnings.add("$SCRDR line with " + f.size() + " fields; expected 8");
        }
        for (int i = 8; i < f.size(); i++) {
            extra.put("Field" + (i + 1), f.get(i));
        }
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
        return new TagEvent(
                m.topic(),
                m.receivedAt(),
                topic.deviceId(),
                WireFormat.TEXT,
                iface,
                ifaceCode,
                protocol,
                protoCode,
                template,
                f.get(4),
                move,
                moveText,
                rssi,
                f.size() > 6 ? emptyToNull(f.get(6)) : null,
                f.size() > 7 ? emptyToNull(f.get(7)) : null,
                null,
                null,
                null,
                frame.checksum(),
                extra,
                warnings,
                PayloadViews.ascii(m.payload()));
    }

    /** A 2-digit hex field: its value, null when empty; a warning (and null) when not hex. */
    static Integer hexByte(String name, String text, List<String> warnings) {
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
}
