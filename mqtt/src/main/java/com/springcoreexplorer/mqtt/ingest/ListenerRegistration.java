package com.springcoreexplorer.mqtt.ingest;

/** Handle to remove a listener; removing twice is harmless. */
@FunctionalInterface
public interface ListenerRegistration extends AutoCloseable {

    void remove();

    @Override
    default void close() {
        remove();
    }
}
