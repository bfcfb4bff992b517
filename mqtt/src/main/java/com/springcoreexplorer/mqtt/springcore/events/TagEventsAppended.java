package com.springcoreexplorer.mqtt.springcore.events;

import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import java.util.List;

/**
 * Events added to the log since the last notification: immutable, safe for any thread.
 *
 * @param added          the new events, oldest first
 * @param evictedTotal   events dropped for capacity since the log was created (or cleared)
 * @param size           events in the log now
 * @param cleared        true when the log was cleared before these were added
 */
public record TagEventsAppended(List<TagEvent> added, long evictedTotal, int size, boolean cleared) {

    public TagEventsAppended {
        added = List.copyOf(added);
    }
}
