package com.springcoreexplorer.ui.topictree;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in the topic model since the view last looked: when {@code cleared}, drop all
 * first; then add {@code added} (parents before children); then replace {@code changed}.
 */
public record TopicChanges(boolean cleared, List<TopicSnapshot> added, List<TopicSnapshot> changed) {

    public static final TopicChanges NONE = new TopicChanges(false, List.of(), List.of());

    public TopicChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
    }

    /** {@code this} then {@code newer} as one change set: the latest snapshot per path wins. */
    public TopicChanges then(TopicChanges newer) {
        if (newer.cleared) {
            return newer;
        }
        if (newer.added.isEmpty() && newer.changed.isEmpty()) {
            return this;
        }
        Map<String, TopicSnapshot> addedByPath = new LinkedHashMap<>();
        added.forEach(node -> addedByPath.put(node.path(), node));
        newer.added.forEach(node -> addedByPath.put(node.path(), node));
        Map<String, TopicSnapshot> changedByPath = new LinkedHashMap<>();
        changed.forEach(node -> changedByPath.put(node.path(), node));
        for (TopicSnapshot node : newer.changed) {
            if (addedByPath.containsKey(node.path())) {
                addedByPath.put(node.path(), node);
            } else {
                changedByPath.put(node.path(), node);
            }
        }
        return new TopicChanges(cleared, List.copyOf(addedByPath.values()), List.copyOf(changedByPath.values()));
    }
}
