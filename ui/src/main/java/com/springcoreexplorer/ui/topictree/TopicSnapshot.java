package com.springcoreexplorer.ui.topictree;

import java.time.Instant;

/**
 * One topic-tree node as the view shows it; immutable, made by the engine adapter from the topic
 * model's own snapshot (the view never counts or rates anything itself).
 *
 * @param path            full topic ("" for the root)
 * @param name            last level
 * @param messageCount    messages on exactly this topic
 * @param subtreeMessages messages in the subtree, itself included
 * @param retained        the last message here was retained
 * @param ratePerSecond   subtree rate
 * @param lastReceivedAt  when the last message arrived here, or null
 * @param lastPreview     start of the last payload as one line ("" when none)
 */
public record TopicSnapshot(
        String path,
        String name,
        long messageCount,
        long subtreeMessages,
        boolean retained,
        double ratePerSecond,
        Instant lastReceivedAt,
        String lastPreview) {

    /** The parent's path, "" for a first level, null for the root. */
    public String parentPath() {
        if (path.isEmpty()) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public boolean hasMessage() {
        return messageCount > 0;
    }
}
