package com.springcoreexplorer.mqtt.springcore.rules;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.springcoreexplorer.mqtt.topic.TopicFilters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules ready to run: patterns and pointers compiled once. Invalid rules are skipped (the profile editor
 * refuses them first). {@link #apply} never throws; a user pattern that backtracks without end is cut
 * off after a fixed budget of character reads, so a bad rule cannot stall the ingest thread.
 */
public final class CompiledRules {

    public static final CompiledRules NONE = new CompiledRules(List.of());

    /** Character reads one regex rule may spend on one payload before it is given up. */
    static final int REGEX_BUDGET = 2_000_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Compiled> rules;

    private CompiledRules(List<Compiled> rules) {
        this.rules = rules;
    }

    public static CompiledRules of(List<DecodingRule> rules) {
        List<Compiled> compiled = new ArrayList<>();
        for (DecodingRule rule : rules) {
            if (rule == null || rule.problem().isPresent()) {
                continue;
            }
            switch (rule) {
                case JsonPointerRule r -> {
                    List<Map.Entry<String, JsonPointer>> pointers = new ArrayList<>();
                    for (ColumnMapping c : r.columns()) {
                        pointers.add(Map.entry(c.column(), JsonPointer.compile(c.pointer())));
                    }
                    compiled.add(new Compiled(r.name(), r.topicFilter(), List.copyOf(pointers), null, List.of()));
                }
                case RegexRule r -> {
                    Pattern pattern = Pattern.compile(r.pattern());
                    List<Map.Entry<String, Integer>> groups = pattern.namedGroups().entrySet().stream()
                            .sorted(Map.Entry.comparingByValue())
                            .toList();
                    compiled.add(new Compiled(r.name(), r.topicFilter(), List.of(), pattern, groups));
                }
            }
        }
        return new CompiledRules(List.copyOf(compiled));
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * The first rule that applies to {@code topic} and reads at least one column from {@code payload}.
     *
     * @param springCoreTopic true when the topic is under the SpringCore prefix: only rules with a filter apply then
     */
    public Optional<RuleMatch> apply(String topic, byte[] payload, boolean springCoreTopic) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        JsonNode json = null;
        boolean jsonTried = false;
        String text = null;
        for (Compiled rule : rules) {
            if (rule.filter == null ? springCoreTopic : !TopicFilters.matches(rule.filter, topic)) {
                continue;
            }
            try {
                Map<String, String> columns = new LinkedHashMap<>();
                if (rule.pattern == null) {
                    if (!jsonTried) {
                        jsonTried = true;
                        json = readJson(payload);
                    }
                    if (json == null) {
                        continue;
                    }
                    for (Map.Entry<String, JsonPointer> p : rule.pointers) {
                        JsonNode value = json.at(p.getValue());
                        if (!value.isMissingNode()) {
                            columns.put(p.getKey(), value.isValueNode() ? value.asText() : value.toString());
                        }
                    }
                } else {
                    if (text == null) {
                        text = new String(payload, StandardCharsets.UTF_8);
                    }
                    Matcher m = rule.pattern.matcher(new BudgetedText(text, REGEX_BUDGET));
                    if (m.find()) {
                        for (Map.Entry<String, Integer> g : rule.groups) {
                            String value = m.group(g.getValue());
                            if (value != null) {
                                columns.put(g.getKey(), value);
                            }
                        }
                    }
                }
                if (!columns.isEmpty()) {
                    return Optional.of(new RuleMatch(rule.name, columns));
                }
            } catch (RuntimeException | StackOverflowError e) {
                // this rule cannot read this payload: try the next one
            }
        }
        return Optional.empty();
    }

    private static JsonNode readJson(byte[] payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            return node == null || node.isMissingNode() ? null : node;
        } catch (Exception notJson) {
            return null;
        }
    }

    /** One rule, compiled; regex groups in pattern order (the column order the user wrote). */
    private record Compiled(
            String name,
            String filter,
            List<Map.Entry<String, JsonPointer>> pointers,
            Pattern pattern,
            List<Map.Entry<String, Integer>> groups) {}
}
