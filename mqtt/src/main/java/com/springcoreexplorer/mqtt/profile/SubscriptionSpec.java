package com.springcoreexplorer.mqtt.profile;

import com.springcoreexplorer.mqtt.topic.TopicFilters;
import java.util.Objects;

/**
 * One subscription of a profile: a topic filter (wildcards allowed) and the QoS asked for.
 *
 * @param filter topic filter, e.g. {@code springcard/springcore/#}
 * @param qos    0, 1 or 2 (default 1: SpringCore devices publish with QoS 1)
 */
public record SubscriptionSpec(String filter, int qos) {

    public SubscriptionSpec {
        Objects.requireNonNull(filter, "filter");
        if (qos < 0 || qos > 2) {
            throw new IllegalArgumentException("QoS must be 0, 1 or 2, not " + qos);
        }
    }

    public static SubscriptionSpec of(String filter) {
        return new SubscriptionSpec(filter, 1);
    }

    /**
     * A problem with the filter's shape in plain words, or null when it is a valid MQTT topic filter.
     *
     * @deprecated topic syntax lives in {@link TopicFilters}: use {@link TopicFilters#problem}
     */
    @Deprecated(forRemoval = true)
    public static String filterProblem(String filter) {
        return TopicFilters.problem(filter).orElse(null);
    }
}
