package com.springcoreexplorer.mqtt.springcore.rules;

import com.springcoreexplorer.mqtt.topic.TopicFilters;
import java.util.Optional;

/**
 * The former home of MQTT filter checks for decoding rules.
 *
 * @deprecated topic syntax lives in {@link TopicFilters}; this delegate stays only until callers on
 *             other branches have moved
 */
@Deprecated(forRemoval = true)
public final class TopicFilter {

    private TopicFilter() {
    }

    /** @deprecated use {@link TopicFilters#problem} */
    @Deprecated(forRemoval = true)
    public static Optional<String> problem(String filter) {
        return TopicFilters.problem(filter);
    }

    /** @deprecated use {@link TopicFilters#matches} */
    @Deprecated(forRemoval = true)
    public static boolean matches(String filter, String topic) {
        return TopicFilters.matches(filter, topic);
    }
}
