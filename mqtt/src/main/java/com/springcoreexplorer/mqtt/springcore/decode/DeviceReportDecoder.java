package com.springcoreexplorer.mqtt.springcore.decode;

import static com.springcoreexplorer.mqtt.springcore.decode.Fields.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.topic.SpringCoreTopic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** STATUS and META objects. */
final class DeviceReportDecoder {

    private DeviceReportDecoder() {}

    static DecodedMessage status(InboundMessage m, SpringCoreTopic topic, JsonNode obj) {
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
                case "uptime" -> uptime = uptime(key, v, extra, warnings);
                default -> extra.put(key, text(v));
            }
        }
        DeviceState state = DeviceState.parse(stateText);
        if (stateText == null) {
            warnings.add("STATUS without State");
        } else if (state == DeviceState.UNKNOWN) {
            warnings.add("undocumented State '" + shorten(stateText) + "'");
        }
        return new StatusReport(
                m.topic(),
                m.receivedAt(),
                topic.deviceId(),
                m.retain(),
                state,
                stateText,
                uptime,
                dateTime,
                extra,
                warnings);
    }

    static DecodedMessage meta(InboundMessage m, SpringCoreTopic topic, JsonNode obj) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : obj.properties()) {
            fields.put(field.getKey(), text(field.getValue()));
        }
        List<String> warnings = fields.isEmpty() ? List.of("empty META object") : List.of();
        return new MetaReport(m.topic(), m.receivedAt(), topic.deviceId(), m.retain(), fields, warnings);
    }
}
