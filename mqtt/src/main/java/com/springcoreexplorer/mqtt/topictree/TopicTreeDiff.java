package com.springcoreexplorer.mqtt.topictree;

import java.util.List;

/**
 * What one ingest batch changed in the tree; immutable. Apply in order: when {@code cleared}, drop
 * everything first; then {@code added} (parents always come before their children); then replace
 * the nodes in {@code changed} by their new snapshots (ancestors of a changed topic are in it too,
 * their subtree counts having moved). A node is in at most one of the two lists.
 */
public record TopicTreeDiff(long batchSequence, boolean cleared, List<TopicNode> added, List<TopicNode> changed) {

    public TopicTreeDiff {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
    }

    public static TopicTreeDiff empty(long batchSequence) {
        return new TopicTreeDiff(batchSequence, false, List.of(), List.of());
    }

    public boolean isEmpty() {
        return !cleared && added.isEmpty() && changed.isEmpty();
    }
}
