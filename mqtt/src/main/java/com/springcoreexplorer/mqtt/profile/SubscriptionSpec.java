package com.springcoreexplorer.mqtt.profile;

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

    /** A problem with the filter's shape in plain words, or null when it is a valid MQTT topic filter. */
    public static String filterProblem(String filter) {
        if (filter == null || filter.isEmpty()) {
            return "a topic filter cannot be empty";
        }
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.contains("#") && (!level.equals("#") || i != levels.length - 1)) {
                return "'#' must be a whole level and the last one (e.g. a/b/#) in '" + filter + "'";
            }
            if (level.contains("+") && !level.equals("+")) {
                return "'+' must be a whole level (e.g. a/+/c) in '" + filter + "'";
            }
        }
        return null;
    }
}
