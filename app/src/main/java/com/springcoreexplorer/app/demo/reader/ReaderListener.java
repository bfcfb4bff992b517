package com.springcoreexplorer.app.demo.reader;

/** What simulated readers report to whoever runs them (called on MQTT client threads: only enqueue). */
public interface ReaderListener {

    /** A reader published a tag event. */
    default void eventPublished(String serial, String payload) {}

    /** A reader received a command on its {@code rdr/cmd} and "blinks/beeps". */
    default void commandReceived(String serial, String command) {}

    ReaderListener NONE = new ReaderListener() {};
}
