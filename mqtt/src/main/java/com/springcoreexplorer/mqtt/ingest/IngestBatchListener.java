package com.springcoreexplorer.mqtt.ingest;

/**
 * Told once per batch, on the ingest dispatcher thread, after store and tree were updated. Return
 * quickly: hand the (immutable) batch to your own thread, e.g. coalesce and apply once per FX pulse.
 */
@FunctionalInterface
public interface IngestBatchListener {

    void onBatch(IngestBatch batch);
}
