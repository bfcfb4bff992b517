package com.springcoreexplorer.mqtt.springcore.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The JSON shape of a rule list (saved with the connection profile) and its validation. */
public final class DecodingRules {

    /** Jackson type of the saved list, for profile code that embeds it in a larger document. */
    public static final TypeReference<List<DecodingRule>> LIST_TYPE = new TypeReference<>() {};

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DecodingRules() {}

    public static String toJson(List<DecodingRule> rules) {
        try {
            return JSON.writerFor(LIST_TYPE).writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rules are plain records and always serialise", e);
        }
    }

    /** The result of reading a saved list: the rules, or one line saying what is wrong. */
    public sealed interface Parsed {
        record Rules(List<DecodingRule> rules) implements Parsed {
            public Rules {
                rules = List.copyOf(rules);
            }
        }

        record Invalid(String message) implements Parsed {}
    }

    /** Each rule as a JSON tree, the shape {@code ConnectionProfile.decodingRules()} keeps verbatim. */
    public static List<JsonNode> toJsonNodes(List<DecodingRule> rules) {
        List<JsonNode> nodes = new ArrayList<>(rules.size());
        for (DecodingRule rule : rules) {
            nodes.add(JSON.valueToTree(rule));
        }
        return List.copyOf(nodes);
    }

    /** Reads rules kept as JSON trees (a profile's {@code decodingRules}); validated like {@link #fromJson}. */
    public static Parsed fromJsonNodes(List<? extends JsonNode> nodes) {
        if (nodes == null || nodes.isEmpty()) {
            return new Parsed.Rules(List.of());
        }
        return fromJson(
                JSON.getNodeFactory().arrayNode().addAll(List.copyOf(nodes)).toString());
    }

    /** Reads a list written by {@link #toJson}; each rule is validated ({@link DecodingRule#problem()}). */
    public static Parsed fromJson(String json) {
        List<DecodingRule> rules;
        try {
            rules = JSON.readValue(json, LIST_TYPE);
        } catch (JsonProcessingException e) {
            return new Parsed.Invalid("the decoding rules are not valid JSON (" + e.getOriginalMessage()
                    + "); fix the file or remove the rules and add them again");
        }
        if (rules == null) {
            return new Parsed.Rules(List.of());
        }
        List<DecodingRule> kept = new ArrayList<>(rules.size());
        for (DecodingRule rule : rules) {
            if (rule == null) {
                return new Parsed.Invalid("the decoding rule list contains null; remove that entry");
            }
            Optional<String> problem = rule.problem();
            if (problem.isPresent()) {
                return new Parsed.Invalid(problem.get());
            }
            kept.add(rule);
        }
        return new Parsed.Rules(kept);
    }
}
