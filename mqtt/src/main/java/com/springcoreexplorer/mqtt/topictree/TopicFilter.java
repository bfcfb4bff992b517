package com.springcoreexplorer.mqtt.topictree;

import com.springcoreexplorer.mqtt.topic.TopicFilters;
import java.util.Locale;

/** What to look for in the tree: a substring of the topic, or an MQTT topic filter with {@code +} and {@code #}. */
public sealed interface TopicFilter {

    /** Topics containing {@code text}, ignoring case. */
    static TopicFilter substring(String text) {
        return new Substring(text.toLowerCase(Locale.ROOT));
    }

    /**
     * Topics matched by an MQTT filter ({@code +} one whole level, {@code #} the last level: everything below).
     *
     * @throws IllegalArgumentException with {@link TopicFilters#problem}'s message when the filter is malformed
     */
    static TopicFilter wildcard(String filter) {
        TopicFilters.problem(filter).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return new Wildcard(filter);
    }

    /**
     * Parses what a user typed in a filter box: an MQTT filter when it holds {@code +} or {@code #},
     * otherwise a substring.
     */
    static TopicFilter parse(String typed) {
        return TopicFilters.hasWildcard(typed) ? wildcard(typed) : substring(typed);
    }

    /** Whether {@code topic} is one this filter looks for (allocation-free; safe from any thread). */
    default boolean matches(String topic) {
        return TopicMatcher.matches(this, topic);
    }

    record Substring(String lowerCaseText) implements TopicFilter {}

    /** @param filter a valid MQTT topic filter, matched by {@link TopicFilters#matches} */
    record Wildcard(String filter) implements TopicFilter {}
}
