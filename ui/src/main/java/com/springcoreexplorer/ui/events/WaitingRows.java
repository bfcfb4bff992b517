package com.springcoreexplorer.ui.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows waiting for the table (FX thread): the newest that fit in a row count and a byte budget
 * ({@link TagEventRow#estimatedBytes}); beyond either, the oldest leave first.
 */
final class WaitingRows {

    private final int maxRows;
    private final long maxBytes;
    private final List<TagEventRow> rows = new ArrayList<>();
    private long bytes;

    WaitingRows(int maxRows, long maxBytes) {
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /** Appends {@code more} (oldest first); returns how many of the oldest rows left to stay in the limits. */
    int addAll(List<TagEventRow> more) {
        for (TagEventRow row : more) {
            bytes += row.estimatedBytes();
        }
        rows.addAll(more);
        int over = 0;
        long overBytes = 0;
        while (over < rows.size() && (rows.size() - over > maxRows || bytes - overBytes > maxBytes)) {
            overBytes += rows.get(over).estimatedBytes();
            over++;
        }
        if (over > 0) {
            rows.subList(0, over).clear();
            bytes -= overBytes;
        }
        return over;
    }

    /** The waiting rows, oldest first; empties this. */
    List<TagEventRow> drain() {
        List<TagEventRow> all = List.copyOf(rows);
        clear();
        return all;
    }

    void clear() {
        rows.clear();
        bytes = 0;
    }

    int size() {
        return rows.size();
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }
}
