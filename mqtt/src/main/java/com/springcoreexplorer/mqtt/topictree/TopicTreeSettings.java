package com.springcoreexplorer.mqtt.topictree;

import java.time.Duration;

/**
 * @param rateTimeConstant time constant of the message-rate EWMA (older traffic weighs e^(-age/τ))
 * @param previewChars     length of the last-value preview kept per topic
 */
public record TopicTreeSettings(Duration rateTimeConstant, int previewChars) {

    public TopicTreeSettings {
        if (rateTimeConstant.isNegative() || rateTimeConstant.isZero()) {
            throw new IllegalArgumentException("rate time constant must be positive, was " + rateTimeConstant);
        }
        if (previewChars < 0) {
            throw new IllegalArgumentException("preview length must not be negative, was " + previewChars);
        }
    }

    public static TopicTreeSettings defaults() {
        return new TopicTreeSettings(Duration.ofSeconds(5), 48);
    }
}
