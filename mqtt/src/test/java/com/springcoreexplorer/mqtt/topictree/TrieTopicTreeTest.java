package com.springcoreexplorer.mqtt.topictree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrieTopicTreeTest {

    private final TopicTree tree = TopicTree.create(TopicTreeSettings.defaults());

    private static InboundMessage message(String topic, String payload) {
        return InboundMessage.now(topic, payload);
    }

    private static InboundMessage retained(String topic, String payload) {
        return InboundMessage.now(topic, payload.getBytes(StandardCharsets.UTF_8), 1, true);
    }

    private TopicNode node(String path) {
        return tree.node(path).orElseThrow();
    }

    @Test
    void countsMessagesOnEachTopicAndInEverySubtree() {
        tree.apply(
                1,
                List.of(
                        message("springcard/springcore/A/rdr/evt", "{\"TagId\":\"01\"}"),
                        message("springcard/springcore/A/rdr/evt", "{\"TagId\":\"02\"}"),
                        message("springcard/springcore/A/status", "{\"State\":\"online,ready\"}"),
                        message("springcard/springcore/B/rdr/evt", "{\"TagId\":\"03\"}"),
                        message("springcard/springcore/A", "a message on an inner node")));

        assertThat(node("springcard/springcore/A/rdr/evt").messageCount()).isEqualTo(2);
        assertThat(node("springcard/springcore/A/rdr/evt").subtreeTopics()).isEqualTo(1);
        TopicNode a = node("springcard/springcore/A");
        assertThat(a.messageCount()).isEqualTo(1);
        assertThat(a.subtreeMessages()).isEqualTo(4);
        assertThat(a.subtreeTopics()).isEqualTo(3);
        assertThat(a.childCount()).isEqualTo(2);
        assertThat(a.depth()).isEqualTo(3);
        assertThat(a.parentPath()).isEqualTo("springcard/springcore");
        assertThat(node("springcard/springcore").messageCount()).isZero();
        assertThat(node("springcard/springcore").subtreeMessages()).isEqualTo(5);
        assertThat(tree.root().subtreeTopics()).isEqualTo(4);
        assertThat(tree.root().subtreeMessages()).isEqualTo(5);
        assertThat(tree.topicCount()).isEqualTo(4);
        assertThat(tree.root().parentPath()).isNull();
    }

    @Test
    void keepsTheLastMessagePreviewAndItsRetainedFlag() {
        tree.apply(1, List.of(retained("s/A/status", "{\"State\":\"online,ready\"}")));
        TopicNode status = node("s/A/status");
        assertThat(status.retained()).isTrue();
        assertThat(status.lastPreview()).isEqualTo("{\"State\":\"online,ready\"}");
        assertThat(status.lastPayloadSize()).isEqualTo(24);
        assertThat(status.lastReceivedAt()).isNotNull();

        tree.apply(2, List.of(message("s/A/status", "{\"State\":\"offline\"}")));
        assertThat(node("s/A/status").retained()).isFalse();
        assertThat(node("s/A/status").lastPreview()).isEqualTo("{\"State\":\"offline\"}");

        // an empty retained payload deletes the broker's retained message
        tree.apply(3, List.of(InboundMessage.now("s/A/status", new byte[0], 1, true)));
        assertThat(node("s/A/status").retained()).isFalse();
        assertThat(node("s/A/status").lastPreview()).isEmpty();
    }

    @Test
    void previewsBinaryAsHexAndCutsLongText() {
        TopicTree small = TopicTree.create(new TopicTreeSettings(Duration.ofSeconds(5), 8));
        small.apply(
                1,
                List.of(
                        InboundMessage.now("bin", new byte[] {0x01, (byte) 0xFF, 0x00, 0x7F, 0x10}, 0, false),
                        message("text", "line one\nline two"),
                        message("utf", "ééééééééééé")));
        assertThat(small.node("bin").orElseThrow().lastPreview()).isEqualTo("01ff007f");
        assertThat(small.node("text").orElseThrow().lastPreview()).isEqualTo("line one");
        assertThat(small.node("utf").orElseThrow().lastPreview()).isEqualTo("éééééééé");
    }

    @Test
    void ratesAreExponentiallyWeightedAndDecayWhenATopicFallsSilent() {
        List<InboundMessage> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add(message("a/b", "x"));
        }
        tree.apply(1, hundred);
        TopicNode node = node("a/b");
        // one batch of 100 events: rate = 100 / tau (tau = 5 s)
        assertThat(node.ratePerSecond()).isCloseTo(20.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(node("a").ratePerSecond()).isEqualTo(node.ratePerSecond());
        Duration tau = tree.settings().rateTimeConstant();
        assertThat(node.ratePerSecondAt(node.rateAtNanos() + tau.toNanos(), tau))
                .isCloseTo(20.0 / Math.E, org.assertj.core.data.Offset.offset(0.01));
        assertThat(node.ratePerSecondAt(node.rateAtNanos(), tau)).isEqualTo(node.ratePerSecond());

        tree.apply(2, List.of(message("a/c", "y")));
        assertThat(node("a").ratePerSecond()).isGreaterThan(node("a/c").ratePerSecond());
        assertThat(node("a/b").ratePerSecond()).isEqualTo(node.ratePerSecond()); // untouched: snapshot kept
    }

    @Test
    void diffListsNewNodesParentsFirstAndChangedNodesWithTheirAncestors() {
        TopicTreeDiff first = tree.apply(1, List.of(message("a/b/c", "1")));
        assertThat(first.batchSequence()).isEqualTo(1);
        assertThat(first.cleared()).isFalse();
        assertThat(first.added()).extracting(TopicNode::path).containsExactly("a", "a/b", "a/b/c");
        assertThat(first.changed()).extracting(TopicNode::path).containsExactly("");

        TopicTreeDiff second = tree.apply(2, List.of(message("a/b/c", "2"), message("a/x", "3")));
        assertThat(second.added()).extracting(TopicNode::path).containsExactly("a/x");
        assertThat(second.changed()).extracting(TopicNode::path).containsExactlyInAnyOrder("a/b/c", "a/b", "a", "");
        TopicNode c = second.changed().stream()
                .filter(n -> n.path().equals("a/b/c"))
                .findFirst()
                .orElseThrow();
        assertThat(c.messageCount()).isEqualTo(2);
        assertThat(c.lastPreview()).isEqualTo("2");
        TopicNode a = second.changed().stream()
                .filter(n -> n.path().equals("a"))
                .findFirst()
                .orElseThrow();
        assertThat(a.subtreeMessages()).isEqualTo(3);
        assertThat(a.childCount()).isEqualTo(2);
        // snapshots handed out earlier never change
        assertThat(first.added().get(2).messageCount()).isEqualTo(1);

        assertThat(tree.apply(3, List.of()).isEmpty()).isTrue();
    }

    @Test
    void childrenAreSortedSnapshots() {
        tree.apply(1, List.of(message("p/c", "1"), message("p/a", "2"), message("p/b/deep", "3")));
        assertThat(tree.children("p")).extracting(TopicNode::name).containsExactly("a", "b", "c");
        assertThat(tree.children("")).extracting(TopicNode::path).containsExactly("p");
        assertThat(tree.children("p/a")).isEmpty();
        assertThat(tree.children("unknown")).isEmpty();
    }

    @Test
    void sharesOneInstanceOfEachTopicAndLevelName() {
        String topic1 = new String("x/rdr/evt".toCharArray());
        String topic2 = new String("y/rdr/evt".toCharArray());
        tree.apply(1, List.of(message(topic1, "1"), message(topic2, "2")));
        assertThat(tree.canonicalTopic(new String("x/rdr/evt".toCharArray()))).isSameAs(topic1);
        assertThat(tree.canonicalTopic("unknown")).isEqualTo("unknown");
        assertThat(node("x/rdr").name()).isSameAs(node("y/rdr").name());
        assertThat(node("x/rdr/evt").name()).isSameAs(node("y/rdr/evt").name());
    }

    @Test
    void filtersBySubstringIgnoringCase() {
        tree.apply(
                1,
                List.of(
                        message("springcard/springcore/DA1275B0/rdr/evt", "1"),
                        message("springcard/springcore/16051974/rdr/evt", "2"),
                        message("springcard/springcore/DA1275B0/status", "3")));
        FilterResult result = tree.filter(TopicFilter.substring("da1275"));
        assertThat(result.topics())
                .containsExactly("springcard/springcore/DA1275B0/rdr/evt", "springcard/springcore/DA1275B0/status");
        assertThat(result.scanned()).isPositive();
        assertThat(tree.filter(TopicFilter.substring("nothing")).topics()).isEmpty();
        assertThat(tree.filter(TopicFilter.substring("RDR/EVT")).topics()).hasSize(2);
        // inner nodes without a message of their own are not topics
        assertThat(tree.filter(TopicFilter.substring("springcore")).topics()).hasSize(3);
        assertThat(result.scanned()).isEqualTo(3);
    }

    @Test
    void filtersByMqttWildcards() {
        tree.apply(
                1,
                List.of(
                        message("s/A/rdr/evt", "1"),
                        message("s/B/rdr/evt", "2"),
                        message("s/A/status", "3"),
                        message("s/A", "4"),
                        message("$SYS/broker/uptime", "5"),
                        message("s/B/rdr/cmd", "6")));
        assertThat(paths(TopicFilter.wildcard("s/+/rdr/evt"))).containsExactlyInAnyOrder("s/A/rdr/evt", "s/B/rdr/evt");
        assertThat(paths(TopicFilter.wildcard("s/A/#"))).containsExactlyInAnyOrder("s/A", "s/A/rdr/evt", "s/A/status");
        assertThat(paths(TopicFilter.wildcard("#"))).hasSize(5).doesNotContain("$SYS/broker/uptime");
        assertThat(paths(TopicFilter.wildcard("+/+"))).containsExactly("s/A");
        assertThat(paths(TopicFilter.wildcard("$SYS/#"))).containsExactly("$SYS/broker/uptime");
        assertThat(paths(TopicFilter.wildcard("s/+/rdr/+"))).hasSize(3);
        assertThat(paths(TopicFilter.wildcard("s/A"))).containsExactly("s/A");
        assertThat(paths(TopicFilter.wildcard("s/+"))).containsExactly("s/A");
        assertThat(paths(TopicFilter.wildcard("s/A/rdr"))).isEmpty();
        assertThat(paths(TopicFilter.wildcard("s/C/#"))).isEmpty();
        assertThat(paths(TopicFilter.parse("rdr"))).hasSize(3);
        assertThat(TopicFilter.parse("s/+/status")).isInstanceOf(TopicFilter.Wildcard.class);
    }

    @Test
    void refusesMalformedWildcards() {
        assertThatThrownBy(() -> TopicFilter.wildcard("s/x#"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'#' must be a whole level and the last one");
    }

    @Test
    void clearStartsOverAndSaysSo() {
        tree.apply(1, List.of(message("a/b", "1")));
        TopicTreeDiff diff = tree.clear(2);
        assertThat(diff.cleared()).isTrue();
        assertThat(diff.isEmpty()).isFalse();
        assertThat(tree.root().subtreeMessages()).isZero();
        assertThat(tree.node("a/b")).isEmpty();
        assertThat(tree.children("")).isEmpty();
        assertThat(tree.filter(TopicFilter.wildcard("#")).topics()).isEmpty();
        tree.apply(3, List.of(message("a/b", "1")));
        assertThat(tree.filter(TopicFilter.wildcard("#")).topics()).containsExactly("a/b");
        assertThat(node("a/b").messageCount()).isEqualTo(1);
    }

    private List<String> paths(TopicFilter filter) {
        return tree.filter(filter).topics();
    }
}
