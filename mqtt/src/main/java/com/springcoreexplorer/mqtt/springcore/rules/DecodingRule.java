package com.springcoreexplorer.mqtt.springcore.rules;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Optional;

/**
 * A user's rule for payloads that are not SpringCore's: it turns a payload into named columns.
 * Immutable; saved with the connection profile as a JSON list ({@link DecodingRules#toJson}), e.g.
 * <pre>
 * [{"type":"json-pointer","name":"Door","topicFilter":"site/+/door","columns":[{"column":"badge","pointer":"/card/uid"}]},
 *  {"type":"regex","name":"Wiegand","topicFilter":null,"pattern":"W26:(?&lt;facility&gt;\\d+)/(?&lt;card&gt;\\d+)"}]
 * </pre>
 * A rule with a {@code topicFilter} (MQTT filter, {@code +} and {@code #} allowed) applies to matching
 * topics, SpringCore ones included; a rule without one applies to every topic that is not SpringCore's.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = JsonPointerRule.class, name = "json-pointer"),
    @JsonSubTypes.Type(value = RegexRule.class, name = "regex")
})
public sealed interface DecodingRule permits JsonPointerRule, RegexRule {

    /** Shown as the decoded message's kind, e.g. "Door". */
    String name();

    /** MQTT topic filter, or null for "every topic that is not SpringCore's". */
    String topicFilter();

    /** Why this rule cannot be used, as one line for the user, or empty when it is fine. */
    Optional<String> problem();
}
