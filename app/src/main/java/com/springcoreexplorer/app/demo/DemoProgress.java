package com.springcoreexplorer.app.demo;

/**
 * What a starting demo tells its caller, in words a user can read ("Starting the demo: broker,
 * readers 3/5"), and the moment a client can connect. Called on the demo's own threads.
 */
public interface DemoProgress {

    DemoProgress NONE = new DemoProgress() {
        @Override
        public void step(String text) {}
    };

    /** The current step in one neutral line. */
    void step(String text);

    /**
     * The broker is up and the demo store and profiles are ready; the readers are still joining.
     * A client connecting now sees the readers arrive (their META and STATUS are retained).
     */
    default void brokerReady(DemoProfiles profiles) {}
}
