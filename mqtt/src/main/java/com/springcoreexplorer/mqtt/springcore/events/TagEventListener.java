package com.springcoreexplorer.mqtt.springcore.events;

/** Told about new tag events once per batch, on the dispatcher thread. Return quickly. */
@FunctionalInterface
public interface TagEventListener {

    void onTagEvents(TagEventsAppended appended);
}
