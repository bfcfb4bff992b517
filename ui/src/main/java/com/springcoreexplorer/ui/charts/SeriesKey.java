package com.springcoreexplorer.ui.charts;

import java.util.Objects;

/**
 * A chart series: the number at a JSON pointer in the messages of a topic (a filter may hold
 * wildcards). On a SpringCore {@code rdr/evt} topic, {@code /RSSI} is read from the decoded event,
 * so $SCRDR readers and older firmware's {@code Rssi} plot too.
 */
public record SeriesKey(String topic, String pointer) {

    public SeriesKey {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** The label: what lists and the legend show. */
    @Override
    public String toString() {
        return label();
    }

    /** "DA1275B0/rdr/evt /RSSI" style name: the topic's last three levels and the pointer. */
    public String label() {
        String[] levels = topic.split("/");
        int from = Math.max(0, levels.length - 3);
        return String.join("/", java.util.Arrays.copyOfRange(levels, from, levels.length)) + " " + pointer;
    }
}
