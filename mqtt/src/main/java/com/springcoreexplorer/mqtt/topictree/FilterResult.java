package com.springcoreexplorer.mqtt.topictree;

import java.time.Duration;
import java.util.List;

/**
 * Topics that matched a {@link TopicFilter}; immutable.
 *
 * @param matches  snapshots of the matching topics (nodes with a message of their own), sorted by path
 * @param scanned  nodes looked at
 * @param took     how long the search ran
 */
public record FilterResult(TopicFilter filter, List<TopicNode> matches, long scanned, Duration took) {

    public FilterResult {
        matches = List.copyOf(matches);
    }
}
