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
}
