package com.springcoreexplorer.mqtt.topictree;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owner-thread trie with an index of every node by path: a known topic costs one hash lookup plus
 * a walk up its parents (O(depth)); only new topics are split into levels. Readers never touch the
 * mutable counters: each node publishes an immutable {@link TopicNode} at the end of a batch.
 */
final class TrieTopicTree implements TopicTree {

    private final TopicTreeSettings settings;
    private final double timeConstantNanos;
    private final Map<String, Node> index = new ConcurrentHashMap<>();
    private final Map<String, String> levelNames = new HashMap<>();
    private volatile Node root;

    TrieTopicTree(TopicTreeSettings settings) {
        this.settings = settings;
        this.timeConstantNanos = settings.rateTimeConstant().toNanos();
        this.root = newRoot();
    }

    private Node newRoot() {
        Node node = new Node(null, "", "", System.nanoTime());
        node.snapshot = snapshot(node);
        return node;
    }

    @Override
    public TopicTreeSettings settings() {
        return settings;
    }

    @Override
    public TopicTreeDiff apply(long batchSequence, List<InboundMessage> messages) {
        List<Node> touched = new ArrayList<>();
        for (InboundMessage message : messages) {
            Node topic = index.get(message.topic());
            if (topic == null) {
                topic = createPath(message.topic(), touched);
            }
            if (topic.messageCount == 0) {
                for (Node node = topic; node != null; node = node.parent) {
                    node.subtreeTopics++;
                }
            }
            topic.messageCount++;
            topic.retained = message.retain() && message.payload().length > 0;
            topic.last = message;
            for (Node node = topic; node != null; node = node.parent) {
                node.subtreeMessages++;
                node.pendingMessages++;
                if (!node.touched) {
                    node.touched = true;
                    touched.add(node);
                }
            }
        }
        return publish(batchSequence, touched);
    }

    private Node createPath(String topic, List<Node> touched) {
        Node node = root;
        int start = 0;
        while (true) {
            int slash = topic.indexOf('/', start);
            int end = slash < 0 ? topic.length() : slash;
            String level = topic.substring(start, end);
            Node child = node.children == null ? null : node.children.get(level);
            if (child == null) {
                String name = levelNames.computeIfAbsent(level, l -> l);
                String path = slash < 0 ? topic : topic.substring(0, end);
                child = new Node(node, name, path, System.nanoTime());
                if (node.children == null) {
                    node.children = new ConcurrentHashMap<>(4);
                }
                node.children.put(name, child);
                index.put(path, child);
                child.added = true;
                child.touched = true;
                touched.add(child);
            }
            node = child;
            if (slash < 0) {
                return node;
            }
            start = slash + 1;
        }
    }

    private TopicTreeDiff publish(long batchSequence, List<Node> touched) {
        long now = System.nanoTime();
        List<TopicNode> added = new ArrayList<>();
        List<TopicNode> changed = new ArrayList<>();
        for (Node node : touched) {
            double decay = Math.exp(-(now - node.rateAtNanos) / timeConstantNanos);
            node.ratePerSecond = node.ratePerSecond * decay + node.pendingMessages * 1e9 / timeConstantNanos;
            node.rateAtNanos = now;
            node.pendingMessages = 0;
            node.touched = false;
            TopicNode snapshot = snapshot(node);
            node.snapshot = snapshot;
            node.last = null;
            (node.added ? added : changed).add(snapshot);
            node.added = false;
        }
        return new TopicTreeDiff(batchSequence, false, added, changed);
    }

    private TopicNode snapshot(Node node) {
        InboundMessage last = node.last;
        TopicNode previous = node.snapshot;
        Instant lastAt = last != null ? last.receivedAt() : previous == null ? null : previous.lastReceivedAt();
        int lastSize = last != null ? last.payload().length : previous == null ? -1 : previous.lastPayloadSize();
        String preview = last != null ? Preview.of(last.payload(), settings.previewChars())
                : previous == null ? "" : previous.lastPreview();
        Map<String, Node> children = node.children;
        return new TopicNode(node.path, node.name, node.depth, node.messageCount, node.subtreeTopics, node.subtreeMessages,
                children == null ? 0 : children.size(), node.retained, node.ratePerSecond, node.rateAtNanos, lastAt,
                lastSize, preview);
    }

    @Override
    public TopicTreeDiff clear(long batchSequence) {
        index.clear();
        levelNames.clear();
        root = newRoot();
        return new TopicTreeDiff(batchSequence, true, List.of(), List.of(root.snapshot));
    }

    @Override
    public String canonicalTopic(String topic) {
        Node node = index.get(topic);
        return node == null ? topic : node.path;
    }

    @Override
    public TopicNode root() {
        return root.snapshot;
    }

    @Override
    public Optional<TopicNode> node(String path) {
        Node node = path.isEmpty() ? root : index.get(path);
        return node == null ? Optional.empty() : Optional.ofNullable(node.snapshot);
    }

    @Override
    public List<TopicNode> children(String path) {
        Node node = path.isEmpty() ? root : index.get(path);
        Map<String, Node> children = node == null ? null : node.children;
        if (children == null) {
            return List.of();
        }
        List<TopicNode> result = new ArrayList<>(children.size());
        for (Node child : children.values()) {
            TopicNode snapshot = child.snapshot;
            if (snapshot != null) {
                result.add(snapshot);
            }
        }
        result.sort(Comparator.comparing(TopicNode::name));
        return List.copyOf(result);
    }

    @Override
    public FilterResult filter(TopicFilter filter) {
        long started = System.nanoTime();
        List<TopicNode> matches = new ArrayList<>();
        long scanned = switch (filter) {
            case TopicFilter.Substring substring -> scanSubstring(substring.lowerCaseText(), matches);
            case TopicFilter.Wildcard wildcard -> walk(root, wildcard.levels(), 0, matches);
        };
        return new FilterResult(filter, matches, scanned, Duration.ofNanos(System.nanoTime() - started));
    }

    private long scanSubstring(String text, List<TopicNode> matches) {
        long scanned = 0;
        for (Node node : index.values()) {
            scanned++;
            TopicNode snapshot = node.snapshot;
            if (snapshot != null && snapshot.hasMessage() && containsIgnoreCase(node.path, text)) {
                matches.add(snapshot);
            }
        }
        return scanned;
    }

    private static boolean containsIgnoreCase(String haystack, String lowerCaseNeedle) {
        int last = haystack.length() - lowerCaseNeedle.length();
        for (int i = 0; i <= last; i++) {
            if (haystack.regionMatches(true, i, lowerCaseNeedle, 0, lowerCaseNeedle.length())) {
                return true;
            }
        }
        return false;
    }

    /** MQTT matching on the trie itself: literal levels are lookups, so work follows the matches. */
    private long walk(Node node, String[] levels, int level, List<TopicNode> matches) {
        if (level == levels.length) {
            addIfTopic(node, matches);
            return 1;
        }
        String wanted = levels[level];
        Map<String, Node> children = node.children;
        long scanned = 1;
        if (wanted.equals("#")) {
            if (node != root) {
                addIfTopic(node, matches); // "a/#" matches "a" itself
            }
            if (children != null) {
                for (Node child : children.values()) {
                    if (!(node == root && child.name.startsWith("$"))) {
                        scanned += everything(child, matches);
                    }
                }
            }
        } else if (wanted.equals("+")) {
            if (children != null) {
                for (Node child : children.values()) {
                    if (!(node == root && child.name.startsWith("$"))) {
                        scanned += walk(child, levels, level + 1, matches);
                    }
                }
            }
        } else if (children != null) {
            Node child = children.get(wanted);
            if (child != null) {
                scanned += walk(child, levels, level + 1, matches);
            }
        }
        return scanned;
    }

    private long everything(Node node, List<TopicNode> matches) {
        addIfTopic(node, matches);
        long scanned = 1;
        Map<String, Node> children = node.children;
        if (children != null) {
            for (Node child : children.values()) {
                scanned += everything(child, matches);
            }
        }
        return scanned;
    }

    private static void addIfTopic(Node node, List<TopicNode> matches) {
        TopicNode snapshot = node.snapshot;
        if (snapshot != null && snapshot.hasMessage()) {
            matches.add(snapshot);
        }
    }

    @Override
    public long topicCount() {
        return root.snapshot.subtreeTopics();
    }

    /** Mutable node: counters are written by the owner thread only; readers use {@link #snapshot}. */
    private static final class Node {
        final Node parent;
        final String name;
        final String path;
        final int depth;
        volatile Map<String, Node> children;
        volatile TopicNode snapshot;
        long messageCount;
        long subtreeTopics;
        long subtreeMessages;
        boolean retained;
        InboundMessage last;
        double ratePerSecond;
        long rateAtNanos;
        int pendingMessages;
        boolean touched;
        boolean added;

        Node(Node parent, String name, String path, long nowNanos) {
            this.parent = parent;
            this.name = name;
            this.path = path;
            this.depth = parent == null ? 0 : parent.depth + 1;
            this.rateAtNanos = nowNanos;
        }
    }
}
