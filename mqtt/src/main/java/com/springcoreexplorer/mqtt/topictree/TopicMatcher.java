package com.springcoreexplorer.mqtt.topictree;

import com.springcoreexplorer.mqtt.topic.TopicFilters;

/** Allocation-free matching of one topic string against a {@link TopicFilter}. */
final class TopicMatcher {

    private TopicMatcher() {}

    static boolean matches(TopicFilter filter, String topic) {
        return switch (filter) {
            case TopicFilter.Substring substring -> containsIgnoreCase(topic, substring.lowerCaseText());
            case TopicFilter.Wildcard wildcard -> TopicFilters.matches(wildcard.filter(), topic);
        };
    }

    /** Finds the first character in either case with the intrinsic indexOf, then compares the rest. */
    static boolean containsIgnoreCase(String haystack, String lowerCaseNeedle) {
        int length = lowerCaseNeedle.length();
        if (length == 0) {
            return true;
        }
        char lower = lowerCaseNeedle.charAt(0);
        char upper = Character.toUpperCase(lower);
        int last = haystack.length() - length;
        int from = 0;
        while (from <= last) {
            int atLower = haystack.indexOf(lower, from);
            int atUpper = upper == lower ? -1 : haystack.indexOf(upper, from);
            int at = atLower < 0 ? atUpper : atUpper < 0 ? atLower : Math.min(atLower, atUpper);
            if (at < 0 || at > last) {
                return false;
            }
            if (haystack.regionMatches(true, at, lowerCaseNeedle, 0, length)) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }
}
