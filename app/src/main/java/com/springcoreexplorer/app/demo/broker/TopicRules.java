package com.springcoreexplorer.app.demo.broker;

import com.springcoreexplorer.certstore.Role;

/**
 * What each role may publish, checked per message by {@link RolePublishGuard}. Subscriptions use
 * the same rules as HiveMQ default permissions (set by {@link RoleAuthenticator}).
 *
 * @param prefix the SpringCore topic prefix, e.g. {@code springcard/springcore}
 */
record TopicRules(String prefix) {

    /** The filter a reader may use: {@code {prefix}/{CN}/#}. */
    String deviceFilter(String commonName) {
        return prefix + "/" + commonName + "/#";
    }

    boolean mayPublish(Role role, String commonName, String topic) {
        return switch (role) {
            case CONTROL -> true;
            case DEVICE -> topic.equals(prefix + "/" + commonName) || topic.startsWith(prefix + "/" + commonName + "/");
            case WATCHER, UNKNOWN -> false;
        };
    }

    /** A CN usable as one topic level (no wildcards, no separators). */
    static boolean usableAsTopicLevel(String commonName) {
        return !commonName.isEmpty() && commonName.chars().noneMatch(c -> c == '/' || c == '+' || c == '#' || c == 0);
    }
}
