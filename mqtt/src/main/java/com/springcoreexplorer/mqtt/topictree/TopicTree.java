package com.springcoreexplorer.mqtt.topictree;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import java.util.List;
import java.util.Optional;

/**
 * The topic trie: per node message count, subtree topic/message counts, last message preview,
 * retained flag and an EWMA message rate; O(depth) work per message, level names interned.
 *
 * <p>Threads: one owner (the ingest dispatcher) calls {@link #apply} and {@link #clear}; readers on
 * any thread get immutable {@link TopicNode} snapshots. Reads wait at most for the batch being
 * applied (one lock, no per-node copies kept: a tree of 100k topics stays small).
 */
public interface TopicTree {

    static TopicTree create(TopicTreeSettings settings) {
        return new TrieTopicTree(settings);
    }

    TopicTreeSettings settings();

    /** Owner thread only: counts a batch of messages and returns what changed. */
    TopicTreeDiff apply(long batchSequence, List<InboundMessage> messages);

    /** Owner thread only: forgets every node; the returned diff says {@code cleared}. */
    TopicTreeDiff clear(long batchSequence);

    /** The tree's own instance of a known topic string (shared by store and tree), or the argument itself. */
    String canonicalTopic(String topic);

    TopicNode root();

    /** The node at a path ("" is the root). */
    Optional<TopicNode> node(String path);

    /** Snapshots of a node's direct children sorted by name; empty when the path is unknown or a leaf. */
    List<TopicNode> children(String path);

    /** Topics (nodes with a message) matching a filter, found from any thread. */
    FilterResult filter(TopicFilter filter);

    /** Topics with at least one message. */
    long topicCount();

    /** Estimated heap held by the tree (nodes, children links, topic index, names, previews), in bytes. */
    long estimatedBytes();
}
