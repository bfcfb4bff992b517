package com.springcoreexplorer.mqtt.topic;

import java.util.Optional;

/**
 * MQTT topic-filter syntax in one place: whether a filter is well formed, and whether a topic
 * matches it ({@code +} one whole level, {@code #} the last level: the parent and everything below).
 * Every check of a filter typed by a user (profiles, {@code sub -t}, decoding rules, the topic tree's
 * filter box) and every wildcard match goes through here. Stateless; safe from any thread.
 */
public final class TopicFilters {

    private TopicFilters() {}

    /** Why {@code filter} is not a valid MQTT topic filter, in one line for the user; empty when it is fine. */
    public static Optional<String> problem(String filter) {
        if (filter == null || filter.isEmpty()) {
            return Optional.of(
                    "the topic filter is empty; type a filter such as springcard/springcore/# (every topic: #)");
        }
        int levelStart = 0;
        for (int i = 0; i <= filter.length(); i++) {
            if (i == filter.length() || filter.charAt(i) == '/') {
                boolean last = i == filter.length();
                String level = filter.substring(levelStart, i);
                if (level.contains("#") && (!level.equals("#") || !last)) {
                    return Optional.of(
                            "'#' must be a whole level and the last one (e.g. springcard/#), not '" + filter + "'");
                }
                if (level.contains("+") && !level.equals("+")) {
                    return Optional.of("'+' must be a whole level (e.g. springcard/+/status), not '" + level + "' in '"
                            + filter + "'");
                }
                levelStart = i + 1;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} holds an MQTT wildcard ({@code +} or {@code #}), so it cannot be a topic to publish to. */
    public static boolean hasWildcard(String text) {
        return text.indexOf('+') >= 0 || text.indexOf('#') >= 0;
    }

    /**
     * Whether {@code topic} matches {@code filter} (assumed valid, see {@link #problem}), by the MQTT rules:
     * a filter starting with a wildcard never matches a {@code $} topic such as {@code $SYS/...}.
     * Allocation-free: it walks both strings level by level.
     */
    public static boolean matches(String filter, String topic) {
        int fl = filter.length();
        int tl = topic.length();
        if (tl > 0 && topic.charAt(0) == '$' && fl > 0 && (filter.charAt(0) == '+' || filter.charAt(0) == '#')) {
            return false;
        }
        int f = 0;
        int t = 0;
        while (f < fl) {
            char c = filter.charAt(f);
            if (c == '#') {
                return true;
            }
            int te = topic.indexOf('/', t);
            if (te < 0) {
                te = tl;
            }
            if (c == '+') {
                f++;
            } else {
                int fe = filter.indexOf('/', f);
                if (fe < 0) {
                    fe = fl;
                }
                if (fe - f != te - t || !filter.regionMatches(f, topic, t, fe - f)) {
                    return false;
                }
                f = fe;
            }
            t = te;
            // both stand at a '/' or at their end
            if (f == fl) {
                return t == tl;
            }
            if (t == tl) {
                return fl - f == 2 && filter.charAt(f + 1) == '#'; // "a/#" matches "a"
            }
            f++;
            t++;
        }
        return t == tl; // the filter ended with an empty level ("a/"): so must the topic
    }
}
