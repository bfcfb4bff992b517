package com.springcoreexplorer.mqtt.ingest;

/**
 * Told on the dispatcher thread soon after messages were dropped (within one dispatcher turn, at most
 * a batch window or 20 ms later; once per turn, never once per message), so a drop is said when it
 * happens, not only at the end.
 */
@FunctionalInterface
public interface DropListener {

    /**
     * @param newlyDropped messages dropped since the last call
     * @param totalDropped messages dropped since the pipeline started ({@link IngestStats#dropped()})
     */
    void onDropped(long newlyDropped, long totalDropped);
}
