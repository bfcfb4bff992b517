package com.springcoreexplorer.mqtt.springcore.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads text payloads with a Java regular expression: each named group {@code (?<name>...)} is a column.
 * The first match anywhere in the payload counts ({@code find}, not a whole-payload match).
 */
public record RegexRule(String name, String topicFilter, String pattern) implements DecodingRule {

    @Override
    public Optional<String> problem() {
        Optional<String> common = RuleChecks.common(name, topicFilter);
        if (common.isPresent()) {
            return common;
        }
        if (pattern == null || pattern.isEmpty()) {
            return Optional.of("rule '" + name
                    + "' has no pattern; enter a regular expression with named groups, e.g. (?<badge>[0-9A-F]+)");
        }
        try {
            Pattern compiled = Pattern.compile(pattern);
            if (compiled.namedGroups().isEmpty()) {
                return Optional.of(
                        "rule '" + name + "': the pattern has no named group; name each column as (?<column>...)");
            }
        } catch (PatternSyntaxException e) {
            return Optional.of("rule '" + name + "': the pattern is not a valid regular expression ("
                    + e.getDescription() + " near position " + e.getIndex() + "); fix it and save again");
        }
        return Optional.empty();
    }
}
