package com.springcoreexplorer.mqtt.topictree;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Owner-thread trie plus an index of topics: a known topic costs one hash lookup and a walk up its
 * parents (O(depth)); only new topics are split into levels. Nodes are kept lean (no per-node copy,
 * a single child held without a map, topic-only fields apart) and one lock guards them: the owner
 * holds it while applying a batch, readers while copying what they asked for.
 */
final class TrieTopicTree implements TopicTree {

    // estimated heap per item (compressed oops): object headers, fields, map entries, string headers
    static final int NODE_BYTES = 72;
    static final int CHILD_LINK_BYTES = 40;
    static final int TOPIC_BYTES = 48 + 40 + 8;
    static final int STRING_BYTES = 48;

    private final TopicTreeSettings settings;
    private final double timeConstantNanos;
    private final Object lock = new Object();
    private final Preview previews;
    private final Map<String, Node> topics = new HashMap<>();
    private final Map<String, String> levelNames = new HashMap<>();
    private Node root;
    private long estimatedBytes;
    // every topic in order of appearance, for lock-free filtering: size is written after the slot
    private volatile String[] topicList = new String[1024];
    private volatile int topicListSize;

    TrieTopicTree(TopicTreeSettings settings) {
        this.settings = settings;
        this.timeConstantNanos = settings.rateTimeConstant().toNanos();
        this.previews = new Preview(settings.previewChars());
        this.root = new Node(null, "", System.nanoTime());
        this.estimatedBytes = NODE_BYTES;
    }

    @Override
    public TopicTreeSettings settings() {
        return settings;
    }

    @Override
    public TopicTreeDiff apply(long batchSequence, List<InboundMessage> messages) {
        synchronized (lock) {
            List<Node> touched = new ArrayList<>();
            for (InboundMessage message : messages) {
                Node node = topics.get(message.topic());
                if (node == null) {
                    node = nodeFor(message.topic(), touched);
                    node.topic = new TopicState(message.topic());
                    topics.put(message.topic(), node);
                    appendTopic(message.topic());
                    estimatedBytes += TOPIC_BYTES;
                    for (Node up = node; up != null; up = up.parent) {
                        up.subtreeTopics++;
                    }
                }
                TopicState topic = node.topic;
                topic.messageCount++;
                topic.retained = message.retain() && message.payload().length > 0;
                topic.last = message;
                for (Node up = node; up != null; up = up.parent) {
                    up.subtreeMessages++;
                    up.pendingMessages++;
                    if (!up.touched) {
                        up.touched = true;
                        touched.add(up);
                    }
                }
            }
            return publish(batchSequence, touched);
        }
    }

    private void appendTopic(String topic) {
        String[] list = topicList;
        int size = topicListSize;
        if (size == list.length) {
            list = java.util.Arrays.copyOf(list, size * 2);
            list[size] = topic;
            topicList = list;
        } else {
            list[size] = topic;
        }
        topicListSize = size + 1;
    }

    /** Walks down the levels of a topic, creating missing nodes (recorded as added, parents first). */
    private Node nodeFor(String topic, List<Node> touched) {
        Node node = root;
        int start = 0;
        while (true) {
            int slash = topic.indexOf('/', start);
            int end = slash < 0 ? topic.length() : slash;
            String level = topic.substring(start, end);
            Node child = node.child(level);
            if (child == null) {
                String name = levelNames.get(level);
                if (name == null) {
                    name = level;
                    levelNames.put(name, name);
                    estimatedBytes += STRING_BYTES + name.length();
                }
                child = new Node(node, name, System.nanoTime());
                node.addChild(child);
                estimatedBytes += NODE_BYTES + CHILD_LINK_BYTES;
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
            TopicState topic = node.topic;
            if (topic != null && topic.last != null) {
                InboundMessage last = topic.last;
                String preview = previews.of(last.payload());
                estimatedBytes += (topic.preview == null ? STRING_BYTES : 0)
                        + preview.length()
                        - (topic.preview == null ? 0 : topic.preview.length());
                topic.preview = preview;
                topic.lastPayloadSize = last.payload().length;
                topic.lastReceivedMillis = last.receivedAt().toEpochMilli();
                topic.last = null;
            }
            (node.added ? added : changed).add(snapshot(node));
            node.added = false;
        }
        return new TopicTreeDiff(batchSequence, false, added, changed);
    }

    private TopicNode snapshot(Node node) {
        TopicState topic = node.topic;
        return new TopicNode(
                path(node),
                node.name,
                node.depth(),
                topic == null ? 0 : topic.messageCount,
                node.subtreeTopics,
                node.subtreeMessages,
                node.childCount(),
                topic != null && topic.retained,
                node.ratePerSecond,
                node.rateAtNanos,
                topic == null || topic.lastPayloadSize < 0 ? null : Instant.ofEpochMilli(topic.lastReceivedMillis),
                topic == null ? -1 : topic.lastPayloadSize,
                topic == null || topic.preview == null ? "" : topic.preview);
    }

    /** A topic node's path is its topic (the instance the store shares); inner nodes build theirs. */
    private static String path(Node node) {
        if (node.topic != null) {
            return node.topic.topic;
        }
        if (node.parent == null) {
            return "";
        }
        String parentPath = path(node.parent);
        return node.parent.parent == null ? node.name : parentPath + "/" + node.name;
    }

    @Override
    public TopicTreeDiff clear(long batchSequence) {
        synchronized (lock) {
            topics.clear();
            levelNames.clear();
            topicListSize = 0;
            topicList = new String[1024];
            root = new Node(null, "", System.nanoTime());
            estimatedBytes = NODE_BYTES;
            return new TopicTreeDiff(batchSequence, true, List.of(), List.of(snapshot(root)));
        }
    }

    @Override
    public String canonicalTopic(String topic) {
        synchronized (lock) {
            Node node = topics.get(topic);
            return node == null ? topic : node.topic.topic;
        }
    }

    @Override
    public TopicNode root() {
        synchronized (lock) {
            return snapshot(root);
        }
    }

    @Override
    public Optional<TopicNode> node(String path) {
        synchronized (lock) {
            Node node = find(path);
            return node == null ? Optional.empty() : Optional.of(snapshot(node));
        }
    }

    private Node find(String path) {
        if (path.isEmpty()) {
            return root;
        }
        Node topic = topics.get(path);
        if (topic != null) {
            return topic;
        }
        Node node = root;
        for (String level : path.split("/", -1)) {
            node = node.child(level);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    @Override
    public List<TopicNode> children(String path) {
        synchronized (lock) {
            Node node = find(path);
            if (node == null || node.children == null) {
                return List.of();
            }
            List<TopicNode> result = new ArrayList<>(node.childCount());
            for (Node child : node.childNodes()) {
                result.add(snapshot(child));
            }
            result.sort(Comparator.comparing(TopicNode::name));
            return List.copyOf(result);
        }
    }

    /** Lock-free: scans the append-only topic list, so a filter never holds up the dispatcher. */
    @Override
    public FilterResult filter(TopicFilter filter) {
        long started = System.nanoTime();
        int size = topicListSize;
        String[] list = topicList;
        size = Math.min(size, list.length);
        List<String> matches = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String topic = list[i];
            if (topic != null && TopicMatcher.matches(filter, topic)) {
                matches.add(topic);
            }
        }
        return new FilterResult(filter, matches, size, Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public long topicCount() {
        synchronized (lock) {
            return root.subtreeTopics;
        }
    }

    @Override
    public long estimatedBytes() {
        synchronized (lock) {
            return estimatedBytes;
        }
    }

    /** Inner or topic node; fields a topic alone needs live in {@link TopicState}. Guarded by the lock. */
    private static final class Node {
        final Node parent;
        final String name;
        /** null, the only child (a Node), or a HashMap of children by name. */
        Object children;

        TopicState topic;
        long subtreeMessages;
        int subtreeTopics;
        int pendingMessages;
        double ratePerSecond;
        long rateAtNanos;
        boolean touched;
        boolean added;

        Node(Node parent, String name, long nowNanos) {
            this.parent = parent;
            this.name = name;
            this.rateAtNanos = nowNanos;
        }

        int depth() {
            int depth = 0;
            for (Node up = parent; up != null; up = up.parent) {
                depth++;
            }
            return depth;
        }

        Node child(String childName) {
            Object current = children;
            if (current instanceof Node only) {
                return only.name.equals(childName) ? only : null;
            }
            if (current instanceof Map<?, ?> map) {
                return (Node) map.get(childName);
            }
            return null;
        }

        void addChild(Node child) {
            Object current = children;
            if (current == null) {
                children = child;
            } else if (current instanceof Node only) {
                Map<String, Node> map = new HashMap<>(4);
                map.put(only.name, only);
                map.put(child.name, child);
                children = map;
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Node> map = (Map<String, Node>) current;
                map.put(child.name, child);
            }
        }

        int childCount() {
            Object current = children;
            return current == null ? 0 : current instanceof Node ? 1 : ((Map<?, ?>) current).size();
        }

        @SuppressWarnings("unchecked")
        Collection<Node> childNodes() {
            Object current = children;
            if (current == null) {
                return List.of();
            }
            return current instanceof Node only ? List.of(only) : ((Map<String, Node>) current).values();
        }
    }

    /** What a node with messages of its own keeps. */
    private static final class TopicState {
        final String topic;
        long messageCount;
        boolean retained;
        int lastPayloadSize = -1;
        long lastReceivedMillis;
        String preview;
        InboundMessage last;

        TopicState(String topic) {
            this.topic = topic;
        }
    }
}
