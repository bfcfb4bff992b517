package com.springcoreexplorer.ui.publish;

import java.util.List;
import java.util.Map;

/** A message the user asked to send. */
public record PublishRequest(
        String topic, byte[] payload, int qos, boolean retain, List<Map.Entry<String, String>> userProperties) {

    public PublishRequest {
        userProperties = List.copyOf(userProperties);
    }
}
