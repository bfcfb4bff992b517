package com.springcoreexplorer.mqtt.springcore.rules;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.List;
import java.util.Optional;

/** Reads JSON payloads: each column is the value at a JSON pointer. A payload matches when at least one pointer finds a value. */
public record JsonPointerRule(String name, String topicFilter, List<ColumnMapping> columns) implements DecodingRule {

    public JsonPointerRule {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    @Override
    public Optional<String> problem() {
        Optional<String> common = RuleChecks.common(name, topicFilter);
        if (common.isPresent()) {
            return common;
        }
        if (columns.isEmpty()) {
            return Optional.of(
                    "rule '" + name + "' has no columns; add at least one column with a JSON pointer such as /id");
        }
        for (ColumnMapping c : columns) {
            if (c == null || c.column() == null || c.column().isBlank()) {
                return Optional.of("rule '" + name + "' has a column without a name; name every column");
            }
            try {
                JsonPointer.compile(c.pointer() == null ? "" : c.pointer());
            } catch (IllegalArgumentException e) {
                return Optional.of("rule '" + name + "', column '" + c.column() + "': '" + c.pointer()
                        + "' is not a JSON pointer; start it with '/' (e.g. /card/uid)");
            }
        }
        return Optional.empty();
    }
}
