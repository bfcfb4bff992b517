package com.springcoreexplorer.mqtt.recording;

import com.springcoreexplorer.mqtt.topic.TopicFilters;
import java.time.Instant;
import java.util.List;

/**
 * What to read from a recording; every part is optional.
 *
 * @param topicFilters MQTT filters ({@code +}, {@code #}); a message matching any one is read; empty = every topic
 * @param text         words that must all appear in the topic or text payload (full-text, word prefixes); null = any
 * @param since        first reception time read (inclusive); null = from the start
 * @param until        last reception time read (inclusive); null = to the end
 * @param limit        at most this many messages (the first ones in time); 0 = no limit
 */
public record RecordingQuery(List<String> topicFilters, String text, Instant since, Instant until, long limit) {

    public static final RecordingQuery ALL = new RecordingQuery(List.of(), null, null, null, 0);

    public RecordingQuery {
        topicFilters = topicFilters == null ? List.of() : List.copyOf(topicFilters);
        for (String filter : topicFilters) {
            TopicFilters.problem(filter).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (no limit) or positive");
        }
    }

    public static RecordingQuery between(Instant since, Instant until) {
        return new RecordingQuery(List.of(), null, since, until, 0);
    }

    public RecordingQuery withLimit(long newLimit) {
        return new RecordingQuery(topicFilters, text, since, until, newLimit);
    }

    /**
     * The FTS5 expression for {@link #text}: each word quoted (so punctuation is no syntax) and a prefix
     * match, all words required. {@code DA12 online} finds {@code .../DA1275B0/status} with {@code online,ready}.
     */
    String ftsExpression() {
        StringBuilder expression = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (!expression.isEmpty()) {
                expression.append(" AND ");
            }
            expression.append('"').append(word.replace("\"", "\"\"")).append("\"*");
        }
        return expression.toString();
    }
}
