package com.springcoreexplorer.mqtt.springcore.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a rule read from a payload.
 *
 * @param ruleName the rule's name
 * @param columns  column name to value, in the rule's order
 */
public record RuleMatch(String ruleName, Map<String, String> columns) {

    public RuleMatch {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }
}
