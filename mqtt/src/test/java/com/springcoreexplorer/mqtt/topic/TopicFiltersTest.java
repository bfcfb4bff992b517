package com.springcoreexplorer.mqtt.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The MQTT filter rules by example; {@link TopicFiltersPropertyTest} checks them against the spec's wording. */
class TopicFiltersTest {

    @Test
    void explainsEachMalformedFilterWithAnExample() {
        assertThat(TopicFilters.problem("s/#/evt"))
                .get()
                .asString()
                .contains("'#' must be a whole level and the last one")
                .contains("s/#/evt");
        assertThat(TopicFilters.problem("s/x#")).get().asString().contains("'#' must be a whole level");
        assertThat(TopicFilters.problem("s/a+/evt"))
                .get()
                .asString()
                .contains("'+' must be a whole level")
                .contains("'a+'");
        assertThat(TopicFilters.problem("")).get().asString().contains("empty").contains("#");
        assertThat(TopicFilters.problem(null)).get().asString().contains("empty");
    }

    @Test
    void acceptsWellFormedFilters() {
        for (String filter : new String[] {
            "#", "+", "s/+/evt", "s/#", "+/+/#", "/", "a//b", "$SYS/#", "springcard/springcore/DA1275B0/rdr/evt"
        }) {
            assertThat(TopicFilters.problem(filter)).as(filter).isEmpty();
        }
    }

    @Test
    void matchesByTheMqttRules() {
        assertThat(TopicFilters.matches("#", "a/b")).isTrue();
        assertThat(TopicFilters.matches("a/#", "a")).isTrue();
        assertThat(TopicFilters.matches("a/#", "a/b/c")).isTrue();
        assertThat(TopicFilters.matches("a/+", "a/b")).isTrue();
        assertThat(TopicFilters.matches("a/+", "a/")).isTrue();
        assertThat(TopicFilters.matches("a/+", "a")).isFalse();
        assertThat(TopicFilters.matches("a/+", "a/b/c")).isFalse();
        assertThat(TopicFilters.matches("a/+/c", "a/b/c")).isTrue();
        assertThat(TopicFilters.matches("+/#", "a")).isTrue();
        assertThat(TopicFilters.matches("a/b", "a/bc")).isFalse();
        assertThat(TopicFilters.matches("a/bc", "a/b")).isFalse();
        assertThat(TopicFilters.matches("+/+", "a")).isFalse();
        assertThat(TopicFilters.matches("#", "$SYS/x")).isFalse();
        assertThat(TopicFilters.matches("+/x", "$SYS/x")).isFalse();
        assertThat(TopicFilters.matches("$SYS/#", "$SYS/x")).isTrue();
    }

    @Test
    void seesWildcardsInTopicsToPublishTo() {
        assertThat(TopicFilters.hasWildcard("a/+/b")).isTrue();
        assertThat(TopicFilters.hasWildcard("a/#")).isTrue();
        assertThat(TopicFilters.hasWildcard("a/b")).isFalse();
    }
}
