package com.springcoreexplorer.mqtt.springcore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.springcore.rules.ColumnMapping;
import com.springcoreexplorer.mqtt.springcore.rules.DecodingRule;
import com.springcoreexplorer.mqtt.springcore.rules.DecodingRules;
import com.springcoreexplorer.mqtt.springcore.rules.JsonPointerRule;
import com.springcoreexplorer.mqtt.springcore.rules.RegexRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules saved in a connection profile (as JSON trees, through the profile's own Jackson mapping) come back as rules. */
class ProfileDecodingTest {

    @Test
    void rulesSurviveTheProfileFile() throws Exception {
        List<DecodingRule> rules = List.of(
                new JsonPointerRule("Door", "site/+/door", List.of(new ColumnMapping("badge", "/uid"))),
                new RegexRule("Wiegand", null, "(?<card>\\d+)"));
        ConnectionProfile profile = ConnectionProfile.builder("p")
                .host("broker.example")
                .identity("watcher")
                .topicPrefix("acme/readers")
                .decodingRules(DecodingRules.toJsonNodes(rules))
                .build();
        JsonMapper mapper = JsonMapper.builder().build();
        ConnectionProfile reread = mapper.readValue(mapper.writeValueAsString(profile), ConnectionProfile.class);

        ProfileDecoding.Result result = ProfileDecoding.settingsOf(reread);
        assertThat(result).isInstanceOfSatisfying(ProfileDecoding.Result.Settings.class, s -> {
            assertThat(s.settings().rules()).isEqualTo(rules);
            assertThat(s.settings().prefix().value()).isEqualTo("acme/readers");
        });
    }

    @Test
    void aBrokenRuleInTheProfileIsOneLine() {
        ConnectionProfile profile = ConnectionProfile.builder("p")
                .host("h")
                .identity("i")
                .decodingRules(DecodingRules.toJsonNodes(List.of(new RegexRule("Bad", null, "("))))
                .build();
        assertThat(ProfileDecoding.settingsOf(profile))
                .isInstanceOfSatisfying(
                        ProfileDecoding.Result.Invalid.class,
                        i -> assertThat(i.message()).startsWith("profile 'p': rule 'Bad'"));
    }
}
