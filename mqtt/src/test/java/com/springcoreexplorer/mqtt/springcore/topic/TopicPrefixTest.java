package com.springcoreexplorer.mqtt.springcore.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicPrefixTest {

    @ParameterizedTest
    @CsvSource({
        "springcard/springcore/DA1275B0/meta, DA1275B0, META, meta",
        "springcard/springcore/DA1275B0/status, DA1275B0, STATUS, status",
        "springcard/springcore/16051974/rdr/evt, 16051974, RDR_EVT, rdr/evt",
        "springcard/springcore/16051974/rdr/cmd, 16051974, RDR_CMD, rdr/cmd",
        "springcard/springcore/16051974/dir/0/in, 16051974, DIR, dir/0/in",
        "springcard/springcore/16051974/ccid/out, 16051974, CCID, ccid/out",
        "springcard/springcore/16051974/rdr/evt/extra, 16051974, OTHER, rdr/evt/extra",
        "springcard/springcore/16051974/director, 16051974, OTHER, director",
    })
    void defaultPrefix(String topic, String id, Channel channel, String rest) {
        assertThat(TopicPrefix.DEFAULT.parse(topic)).contains(new SpringCoreTopic(id, channel, rest));
    }

    @Test
    void deviceWithoutChannel() {
        assertThat(TopicPrefix.DEFAULT.parse("springcard/springcore/DA1275B0"))
                .contains(new SpringCoreTopic("DA1275B0", Channel.OTHER, ""));
    }

    @Test
    void notSpringCore() {
        TopicPrefix p = TopicPrefix.DEFAULT;
        assertThat(p.parse("springcard/springcore")).isEmpty();
        assertThat(p.parse("springcard/springcore/")).isEmpty();
        assertThat(p.parse("springcard/springcore//meta")).isEmpty();
        assertThat(p.parse("springcard/springcorex/DA/meta")).isEmpty();
        assertThat(p.parse("other/DA/meta")).isEmpty();
        assertThat(p.parse("")).isEmpty();
    }

    @Test
    void multiLevelCustomPrefix() {
        TopicPrefix p = new TopicPrefix("acme/site-3/readers");
        assertThat(p.parse("acme/site-3/readers/R1/rdr/evt"))
                .contains(new SpringCoreTopic("R1", Channel.RDR_EVT, "rdr/evt"));
        assertThat(p.parse("springcard/springcore/R1/rdr/evt")).isEmpty();
        assertThat(p.topic("R1", Channel.RDR_CMD)).isEqualTo("acme/site-3/readers/R1/rdr/cmd");
        assertThat(p.allDevicesFilter()).isEqualTo("acme/site-3/readers/#");
    }

    @Test
    void invalidPrefixesAreExplained() {
        assertThat(TopicPrefix.problem("")).get().asString().contains("empty");
        assertThat(TopicPrefix.problem("/a")).get().asString().contains("'/'");
        assertThat(TopicPrefix.problem("a/")).isPresent();
        assertThat(TopicPrefix.problem("a//b")).isPresent();
        assertThat(TopicPrefix.problem("a/+/b")).get().asString().contains("wildcard");
        assertThat(TopicPrefix.problem("a/#")).isPresent();
        assertThat(TopicPrefix.problem("springcard/springcore")).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> new TopicPrefix("a/#")).isInstanceOf(IllegalArgumentException.class);
    }
}
