package com.springcoreexplorer.mqtt.springcore.rules;

import com.springcoreexplorer.mqtt.topic.TopicFilters;
import java.util.Optional;

/** Checks every rule shares: a name and a well-formed MQTT topic filter. */
final class RuleChecks {

    private RuleChecks() {}

    static Optional<String> common(String name, String topicFilter) {
        if (name == null || name.isBlank()) {
            return Optional.of("a decoding rule has no name; give it one (it is shown as the message kind)");
        }
        if (topicFilter != null) {
            Optional<String> filterProblem = TopicFilters.problem(topicFilter);
            if (filterProblem.isPresent()) {
                return Optional.of("rule '" + name + "': " + filterProblem.get());
            }
        }
        return Optional.empty();
    }
}
