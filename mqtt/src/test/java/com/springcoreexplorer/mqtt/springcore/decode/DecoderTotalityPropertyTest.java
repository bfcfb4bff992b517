package com.springcoreexplorer.mqtt.springcore.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.rules.ColumnMapping;
import com.springcoreexplorer.mqtt.springcore.rules.JsonPointerRule;
import com.springcoreexplorer.mqtt.springcore.rules.RegexRule;
import com.springcoreexplorer.mqtt.springcore.topic.SpringCoreTopic;
import com.springcoreexplorer.mqtt.springcore.topic.TopicPrefix;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * A million random and mutated payloads: the decoder returns a value for every one, never throws,
 * never needs its last-resort fallback (which would mean a bug it swallowed), and what it returns
 * is consistent with the topic. Rules are configured so the rule engine runs too.
 */
class DecoderTotalityPropertyTest {

    private static final DecoderSettings SETTINGS = DecoderSettings.DEFAULT.withRules(List.of(
            new JsonPointerRule(
                    "pointer",
                    "plant/#",
                    List.of(new ColumnMapping("tag", "/TagId"), new ColumnMapping("deep", "/a/b/0"))),
            new RegexRule("regex", null, "(?<first>[A-F0-9]{4,})(;(?<second>\\w+))?"),
            new RegexRule("evt-regex", "springcard/springcore/+/other/#", "(?<x>.)")));
    private static final MessageDecoder DECODER = new MessageDecoder(SETTINGS);

    @Property(tries = 1_000_000, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void noPayloadMakesTheDecoderThrow(@ForAll("messages") InboundMessage m) {
        DecodedMessage d = DECODER.decode(m);
        assertThat(d).isNotNull();
        if (d instanceof Raw raw && raw.reason().startsWith("could not be decoded")) {
            throw new AssertionError(
                    "decoder fell back on a bug for " + m.topic() + " / " + PayloadViews.hex(m.payload(), 400));
        }
        assertThat(d.topic()).isEqualTo(m.topic());
        assertThat(d.receivedAt()).isEqualTo(m.receivedAt());
        Optional<SpringCoreTopic> t = TopicPrefix.DEFAULT.parse(m.topic());
        assertThat(d.deviceId()).isEqualTo(t.map(SpringCoreTopic::deviceId).orElse(null));
        DecodedJson.toJson(d);
        Statistics.label("kind").collect(d.kind());
    }

    @Provide
    Arbitrary<InboundMessage> messages() {
        return Arbitraries.randomValue(PayloadFuzz::next);
    }
}
