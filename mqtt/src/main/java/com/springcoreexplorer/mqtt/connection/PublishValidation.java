package com.springcoreexplorer.mqtt.connection;

import com.springcoreexplorer.mqtt.topic.TopicFilters;

/** Plain words for a publish the client refuses to send (bad topic or QoS). */
final class PublishValidation {

    private PublishValidation() {}

    static String explain(String topic, int qos, Exception badInput) {
        if (qos < 0 || qos > 2) {
            return "QoS must be 0, 1 or 2, not " + qos;
        }
        if (topic == null || topic.isEmpty()) {
            return "the topic cannot be empty";
        }
        if (TopicFilters.hasWildcard(topic)) {
            return "'" + topic + "' contains a wildcard (# or +): publish to one exact topic";
        }
        return "'" + topic + "' is not a valid topic (" + badInput.getMessage() + ")";
    }
}
