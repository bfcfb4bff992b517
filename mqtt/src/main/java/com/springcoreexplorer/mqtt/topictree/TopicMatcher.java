package com.springcoreexplorer.mqtt.topictree;

/** Allocation-free matching of one topic string against a {@link TopicFilter}. */
final class TopicMatcher {

    private TopicMatcher() {
    }

    static boolean matches(TopicFilter filter, String topic) {
        return switch (filter) {
            case TopicFilter.Substring substring -> containsIgnoreCase(topic, substring.lowerCaseText());
            case TopicFilter.Wildcard wildcard -> matchesWildcard(topic, wildcard.levels());
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

    /** MQTT rules: '+' one whole level, '#' last and everything below (the parent too); '$' topics need a literal first level. */
    static boolean matchesWildcard(String topic, String[] levels) {
        if (topic.startsWith("$") && (levels[0].equals("+") || levels[0].equals("#"))) {
            return false;
        }
        int start = 0;
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.equals("#")) {
                return true;
            }
            if (start > topic.length()) {
                return false; // the topic has fewer levels than the filter
            }
            int slash = topic.indexOf('/', start);
            int end = slash < 0 ? topic.length() : slash;
            if (!level.equals("+") && (end - start != level.length() || !topic.startsWith(level, start))) {
                return false;
            }
            start = end + 1;
            if (slash < 0) {
                // topic exhausted: matches only when the filter ends here or continues with a lone '#'
                return i == levels.length - 1 || (i == levels.length - 2 && levels[i + 1].equals("#"));
            }
        }
        return false; // the topic has more levels than the filter
    }
}
