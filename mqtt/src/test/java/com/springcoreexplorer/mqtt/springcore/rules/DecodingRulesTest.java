package com.springcoreexplorer.mqtt.springcore.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.decode.MessageDecoder;
import com.springcoreexplorer.mqtt.springcore.decode.Raw;
import com.springcoreexplorer.mqtt.springcore.decode.RuleDecoded;
import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecodingRulesTest {

    private static final JsonPointerRule DOOR = new JsonPointerRule(
            "Door",
            "site/+/door",
            List.of(
                    new ColumnMapping("badge", "/card/uid"),
                    new ColumnMapping("reader", "/reader"),
                    new ColumnMapping("missing", "/nope")));
    private static final RegexRule WIEGAND = new RegexRule("Wiegand", null, "W26:(?<facility>\\d+)/(?<card>\\d+)");

    private static DecodedMessage decode(List<DecodingRule> rules, String topic, String payload) {
        return new MessageDecoder(DecoderSettings.DEFAULT.withRules(rules)).decode(InboundMessage.now(topic, payload));
    }

    @Test
    void jsonPointerRuleMapsColumnsInOrder() {
        RuleDecoded d =
                (RuleDecoded) decode(List.of(DOOR), "site/3/door", "{\"reader\":7,\"card\":{\"uid\":\"04A1B2\"}}");
        assertThat(d.ruleName()).isEqualTo("Door");
        assertThat(d.columns()).containsExactly(Map.entry("badge", "04A1B2"), Map.entry("reader", "7"));
        assertThat(d.kind()).isEqualTo("rule");
        assertThat(decode(List.of(DOOR), "site/3/window", "{\"reader\":7}")).isInstanceOf(Raw.class);
        assertThat(decode(List.of(DOOR), "site/3/door", "{\"other\":7}")).isInstanceOf(Raw.class);
        assertThat(decode(List.of(DOOR), "site/3/door", "not json")).isInstanceOf(Raw.class);
    }

    @Test
    void regexRuleUsesNamedGroups() {
        RuleDecoded d = (RuleDecoded) decode(List.of(WIEGAND), "gate/in", "frame W26:12/34567 ok");
        assertThat(d.columns()).containsExactly(Map.entry("facility", "12"), Map.entry("card", "34567"));
        assertThat(decode(List.of(WIEGAND), "gate/in", "nothing")).isInstanceOf(Raw.class);
    }

    @Test
    void rulesWithoutFilterLeaveSpringCoreTopicsAloneRulesWithFilterMayTakeThem() {
        String evt = "springcard/springcore/DA1275B0/rdr/evt";
        String tag = "{\"TagId\":\"W26:1/2\"}";
        assertThat(decode(List.of(WIEGAND), evt, tag)).isInstanceOf(TagEvent.class);
        RegexRule explicit = new RegexRule("Explicit", "springcard/springcore/+/rdr/evt", "W26:(?<facility>\\d+)");
        RuleDecoded d = (RuleDecoded) decode(List.of(explicit), evt, tag);
        assertThat(d.deviceId()).isEqualTo("DA1275B0");
        assertThat(d.columns()).containsEntry("facility", "1");
    }

    @Test
    void firstMatchingRuleWins() {
        RegexRule a = new RegexRule("A", "x/#", "(?<a>a+)");
        RegexRule b = new RegexRule("B", "x/#", "(?<b>b+)");
        assertThat(((RuleDecoded) decode(List.of(a, b), "x/1", "bbb")).ruleName())
                .isEqualTo("B");
        assertThat(((RuleDecoded) decode(List.of(a, b), "x/1", "aab")).ruleName())
                .isEqualTo("A");
    }

    @Test
    void listRoundTripsThroughJsonWithATypeField() throws Exception {
        String json = DecodingRules.toJson(List.of(DOOR, WIEGAND));
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(json)
                        .get(0)
                        .get("type")
                        .asText())
                .isEqualTo("json-pointer");
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(json)
                        .get(1)
                        .get("type")
                        .asText())
                .isEqualTo("regex");
        DecodingRules.Parsed parsed = DecodingRules.fromJson(json);
        assertThat(parsed).isEqualTo(new DecodingRules.Parsed.Rules(List.of(DOOR, WIEGAND)));
        // DecoderSettings embeds the same shape
        JsonMapper mapper = JsonMapper.builder().build();
        DecoderSettings settings = DecoderSettings.DEFAULT.withRules(List.of(DOOR, WIEGAND));
        assertThat(mapper.readValue(mapper.writeValueAsString(settings), DecoderSettings.class))
                .isEqualTo(settings);
    }

    @Test
    void invalidRulesAreExplained() {
        assertThat(new RegexRule("R", null, "(?<x>[").problem())
                .get()
                .asString()
                .contains("not a valid regular expression");
        assertThat(new RegexRule("R", null, "abc").problem()).get().asString().contains("no named group");
        assertThat(new RegexRule("", null, "(?<x>a)").problem())
                .get()
                .asString()
                .contains("no name");
        assertThat(new RegexRule("R", "a/#/b", "(?<x>a)").problem())
                .get()
                .asString()
                .contains("'#' must be a whole level and the last one");
        assertThat(new RegexRule("R", "a/b+", "(?<x>a)").problem())
                .get()
                .asString()
                .contains("'+' must be a whole level");
        assertThat(new JsonPointerRule("J", null, List.of()).problem())
                .get()
                .asString()
                .contains("no columns");
        assertThat(new JsonPointerRule("J", null, List.of(new ColumnMapping("c", "card"))))
                .extracting(r -> r.problem().orElseThrow())
                .asString()
                .contains("not a JSON pointer");
        assertThat(DecodingRules.fromJson("[{\"type\":\"regex\",\"name\":\"R\",\"pattern\":\"(\"}]"))
                .isInstanceOf(DecodingRules.Parsed.Invalid.class);
        assertThat(DecodingRules.fromJson("not json")).isInstanceOf(DecodingRules.Parsed.Invalid.class);
        assertThat(DecodingRules.fromJson("[{\"type\":\"unknown\"}]")).isInstanceOf(DecodingRules.Parsed.Invalid.class);
        assertThat(DecodingRules.fromJson("null")).isEqualTo(new DecodingRules.Parsed.Rules(List.of()));
    }
}
