package com.springcoreexplorer.mqtt.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link TopicFilters} against a literal reading of the MQTT spec (split into levels, compare level by
 * level), over small alphabets so that filters and topics often share levels.
 */
class TopicFiltersPropertyTest {

    @Property(tries = 500)
    void validatesExactlyLikeTheSpec(@ForAll("filterText") String filter) {
        assertThat(TopicFilters.problem(filter).isEmpty()).as(filter).isEqualTo(validBySpec(filter));
    }

    @Property(tries = 1_000)
    void matchesExactlyLikeTheSpec(@ForAll("validFilter") String filter, @ForAll("topic") String topic) {
        assertThat(TopicFilters.matches(filter, topic))
                .as(filter + " ~ " + topic)
                .isEqualTo(matchesBySpec(filter, topic));
    }

    @Provide
    Arbitrary<String> filterText() {
        return Arbitraries.strings().withChars("ab/+#").ofMinLength(0).ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> validFilter() {
        Arbitrary<List<String>> levels = Arbitraries.of("a", "b", "ab", "", "+", "$S")
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
        return Combinators.combine(levels, Arbitraries.of(false, true))
                .as((list, hash) -> String.join("/", list) + (hash ? "/#" : ""))
                .filter(filter -> !filter.isEmpty()) // the one invalid shape these levels can form
                .injectDuplicates(0.05)
                .edgeCases(edges -> edges.add("#"));
    }

    @Provide
    Arbitrary<String> topic() {
        return Arbitraries.of("a", "b", "ab", "", "$S")
                .list()
                .ofMinSize(1)
                .ofMaxSize(5)
                .map(list -> String.join("/", list));
    }

    private static boolean validBySpec(String filter) {
        if (filter.isEmpty()) {
            return false;
        }
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            boolean wildcard = levels[i].contains("+") || levels[i].contains("#");
            if (wildcard && levels[i].length() > 1 || levels[i].equals("#") && i < levels.length - 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesBySpec(String filter, String topic) {
        String[] f = filter.split("/", -1);
        String[] t = topic.split("/", -1);
        if (topic.startsWith("$") && (f[0].equals("+") || f[0].equals("#"))) {
            return false;
        }
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals("#")) {
                return true; // the parent level too: "a/#" matches "a"
            }
            if (i >= t.length || !f[i].equals("+") && !f[i].equals(t[i])) {
                return false;
            }
        }
        return f.length == t.length;
    }
}
