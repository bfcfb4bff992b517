package com.springcoreexplorer.mqtt.topictree;

import java.time.Duration;
import java.util.List;

/**
 * Topics that matched a {@link TopicFilter}; immutable. Only the topic strings (the tree's own
 * instances) are returned, so a filter over 100k topics allocates almost nothing; read the nodes
 * you show with {@link TopicTree#node}.
 *
 * @param topics   the matching topics (with a message of their own), in the order they first appeared
 * @param scanned  topics looked at
 * @param took     how long the search ran
 */
public record FilterResult(TopicFilter filter, List<String> topics, long scanned, Duration took) {

    public FilterResult {
        topics = List.copyOf(topics);
    }
}
