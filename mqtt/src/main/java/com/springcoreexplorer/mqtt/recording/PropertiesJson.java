package com.springcoreexplorer.mqtt.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.springcoreexplorer.mqtt.message.InboundMessage.MessageProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code properties} column: MQTT 5 publish properties as one JSON object, NULL when there are none.
 * User properties are a list of {@code [name, value]} pairs: MQTT allows repeats and keeps their order.
 * <pre>{"contentType":"application/json","responseTopic":"r/1","messageExpiryInterval":60,"payloadFormatUtf8":true,"userProperties":[["k","v"]]}</pre>
 */
final class PropertiesJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PropertiesJson() {}

    static String write(MessageProperties properties) {
        if (properties == null || properties.equals(MessageProperties.NONE)) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        if (properties.contentType() != null) {
            node.put("contentType", properties.contentType());
        }
        if (properties.responseTopic() != null) {
            node.put("responseTopic", properties.responseTopic());
        }
        if (properties.messageExpirySeconds() != null) {
            node.put("messageExpiryInterval", properties.messageExpirySeconds());
        }
        if (properties.payloadIsUtf8() != null) {
            node.put("payloadFormatUtf8", properties.payloadIsUtf8());
        }
        if (!properties.userProperties().isEmpty()) {
            ArrayNode pairs = node.putArray("userProperties");
            properties
                    .userProperties()
                    .forEach(p -> pairs.addArray().add(p.getKey()).add(p.getValue()));
        }
        return node.toString();
    }

    /** Reads what {@link #write} wrote; a column edited by hand into something else counts as no properties. */
    static MessageProperties read(String json) {
        if (json == null || json.isBlank()) {
            return MessageProperties.NONE;
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (!node.isObject()) {
                return MessageProperties.NONE;
            }
            List<Map.Entry<String, String>> user = new ArrayList<>();
            for (JsonNode pair : node.path("userProperties")) {
                user.add(Map.entry(pair.path(0).asText(""), pair.path(1).asText("")));
            }
            return new MessageProperties(
                    text(node, "contentType"),
                    text(node, "responseTopic"),
                    node.hasNonNull("messageExpiryInterval")
                            ? node.get("messageExpiryInterval").asLong()
                            : null,
                    node.hasNonNull("payloadFormatUtf8")
                            ? node.get("payloadFormatUtf8").asBoolean()
                            : null,
                    user);
        } catch (java.io.IOException notJson) {
            return MessageProperties.NONE;
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
