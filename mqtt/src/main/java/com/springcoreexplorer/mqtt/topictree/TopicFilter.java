package com.springcoreexplorer.mqtt.topictree;

import java.util.Locale;
import java.util.Optional;

/** What to look for in the tree: a substring of the topic, or an MQTT topic filter with {@code +} and {@code #}. */
public sealed interface TopicFilter {

    /** Topics containing {@code text}, ignoring case. */
    static TopicFilter substring(String text) {
        return new Substring(text.toLowerCase(Locale.ROOT));
    }

    /**
     * Topics matched by an MQTT filter ({@code +} one whole level, {@code #} the last level: everything below).
     *
     * @throws IllegalArgumentException with {@link #wildcardProblem}'s message when the filter is malformed
     */
    static TopicFilter wildcard(String filter) {
        wildcardProblem(filter).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return new Wildcard(filter, filter.split("/", -1));
    }

    /** Why a wildcard filter is malformed, in one line for the user; empty when it is fine. */
    static Optional<String> wildcardProblem(String filter) {
        if (filter == null || filter.isEmpty()) {
            return Optional.of("the topic filter is empty; type a topic such as springcard/springcore/+/rdr/evt");
        }
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.contains("#") && (!level.equals("#") || i != levels.length - 1)) {
                return Optional.of("'#' must be a whole level and the last one (e.g. springcard/#), not '" + filter + "'");
            }
            if (level.contains("+") && !level.equals("+")) {
                return Optional.of("'+' must be a whole level (e.g. springcard/+/status), not '" + level + "' in '" + filter + "'");
            }
        }
        return Optional.empty();
    }

    /**
     * Parses what a user typed in a filter box: an MQTT filter when it holds {@code +} or {@code #},
     * otherwise a substring.
     */
    static TopicFilter parse(String typed) {
        return typed.contains("+") || typed.contains("#") ? wildcard(typed) : substring(typed);
    }

    /** Whether {@code topic} is one this filter looks for (allocation-free; safe from any thread). */
    default boolean matches(String topic) {
        return TopicMatcher.matches(this, topic);
    }

    record Substring(String lowerCaseText) implements TopicFilter {
    }

    record Wildcard(String filter, String[] levels) implements TopicFilter {
        @Override
        public String toString() {
            return "Wildcard[" + filter + "]";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Wildcard wildcard && wildcard.filter.equals(filter);
        }

        @Override
        public int hashCode() {
            return filter.hashCode();
        }
    }
}
