package com.springcoreexplorer.mqtt.topictree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicFilterTest {

    @Test
    void substringMatchesIgnoringCase() {
        TopicFilter filter = TopicFilter.parse("da1275");
        assertThat(filter.matches("springcard/springcore/DA1275B0/rdr/evt")).isTrue();
        assertThat(filter.matches("springcard/springcore/16051974/rdr/evt")).isFalse();
    }

    @Test
    void wildcardMatchesWholeLevels() {
        TopicFilter filter = TopicFilter.parse("springcard/springcore/+/rdr/#");
        assertThat(filter.matches("springcard/springcore/DA1275B0/rdr/evt")).isTrue();
        assertThat(filter.matches("springcard/springcore/DA1275B0/status")).isFalse();
        assertThat(TopicFilter.parse("springcard/#").matches("springcard")).isTrue();
    }
}
