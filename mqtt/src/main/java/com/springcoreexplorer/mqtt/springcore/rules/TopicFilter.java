package com.springcoreexplorer.mqtt.springcore.rules;

import java.util.Optional;

/** MQTT topic filter matching ({@code +} one level, {@code #} the rest), without regex or allocation. */
public final class TopicFilter {

    private TopicFilter() {
    }

    /** Why {@code filter} is not a valid MQTT filter, or empty. */
    public static Optional<String> problem(String filter) {
        if (filter.isEmpty()) {
            return Optional.of("the topic filter is empty; use # for every topic or e.g. site/+/door");
        }
        int levelStart = 0;
        for (int i = 0; i <= filter.length(); i++) {
            if (i == filter.length() || filter.charAt(i) == '/') {
                String level = filter.substring(levelStart, i);
                if ((level.contains("+") || level.contains("#")) && level.length() > 1) {
                    return Optional.of("the topic filter '" + filter + "' mixes a wildcard with text in one level; use + or # alone between slashes");
                }
                if (level.equals("#") && i != filter.length()) {
                    return Optional.of("the topic filter '" + filter + "' has # before the last level; # may only end a filter");
                }
                levelStart = i + 1;
            }
        }
        return Optional.empty();
    }

    /** True when {@code topic} matches {@code filter} (assumed valid). */
    public static boolean matches(String filter, String topic) {
        if (!topic.isEmpty() && topic.charAt(0) == '$' && !filter.isEmpty() && (filter.charAt(0) == '+' || filter.charAt(0) == '#')) {
            return false; // MQTT: wildcards never match $SYS-like topics at the first level
        }
        int f = 0;
        int t = 0;
        int fl = filter.length();
        int tl = topic.length();
        while (f < fl) {
            char c = filter.charAt(f);
            if (c == '#') {
                return true;
            }
            if (c == '+') {
                while (t < tl && topic.charAt(t) != '/') {
                    t++;
                }
                f++;
            } else {
                int fe = filter.indexOf('/', f);
                if (fe < 0) {
                    fe = fl;
                }
                int te = topic.indexOf('/', t);
                if (te < 0) {
                    te = tl;
                }
                if (t > tl || fe - f != te - t || !filter.regionMatches(f, topic, t, fe - f)) {
                    return false;
                }
                f = fe;
                t = te;
            }
            // both at a separator or at the end
            if (f == fl) {
                return t == tl;
            }
            // filter at '/'
            if (t == tl) {
                // "a/#" matches "a"
                return filter.startsWith("/#", f) && f + 2 == fl;
            }
            f++;
            t++;
        }
        return t == tl && f == fl;
    }
}
