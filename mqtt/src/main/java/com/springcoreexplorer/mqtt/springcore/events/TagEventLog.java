package com.springcoreexplorer.mqtt.springcore.events;

import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The last {@code capacity} tag events, oldest dropped first (and counted). Appended on the dispatcher
 * thread ({@link #append}, then {@link #publish} once per batch); {@link #snapshot()}, {@link #matching}
 * and the counters may be read from any thread (e.g. an export worker).
 */
public final class TagEventLog {

    public static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final ArrayDeque<TagEvent> events;
    private final ArrayDeque<TagEvent> pending = new ArrayDeque<>();
    private final List<TagEventListener> listeners = new CopyOnWriteArrayList<>();
    private long evictions;
    private long appended;
    private boolean clearedSincePublish;

    public TagEventLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.events = new ArrayDeque<>(Math.min(capacity, 4096));
    }

    public TagEventLog() {
        this(DEFAULT_CAPACITY);
    }

    public void addListener(TagEventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(TagEventListener listener) {
        listeners.remove(listener);
    }

    public synchronized void append(TagEvent event) {
        Objects.requireNonNull(event, "event");
        if (events.size() == capacity) {
            events.removeFirst();
            evictions++;
        }
        events.addLast(event);
        appended++;
        pending.add(event);
        if (pending.size() > capacity) {
            pending.removeFirst();
        }
    }

    /** Tells listeners what was appended since the last call (once per batch). */
    public void publish() {
        TagEventsAppended note;
        synchronized (this) {
            if (pending.isEmpty() && !clearedSincePublish) {
                return;
            }
            note = new TagEventsAppended(List.copyOf(pending), evictions, events.size(), clearedSincePublish);
            pending.clear();
            clearedSincePublish = false;
        }
        for (TagEventListener l : listeners) {
            l.onTagEvents(note);
        }
    }

    public synchronized void clear() {
        events.clear();
        pending.clear();
        evictions = 0;
        clearedSincePublish = true;
    }

    public int capacity() {
        return capacity;
    }

    public synchronized int size() {
        return events.size();
    }

    /** Events dropped because the log was full. */
    public synchronized long evictions() {
        return evictions;
    }

    /** Events ever appended (including evicted ones). */
    public synchronized long appendedTotal() {
        return appended;
    }

    /** Every event kept, oldest first. */
    public synchronized List<TagEvent> snapshot() {
        return List.copyOf(events);
    }

    /** The kept events the filter accepts, oldest first. */
    public synchronized List<TagEvent> matching(Predicate<? super TagEvent> filter) {
        List<TagEvent> out = new ArrayList<>();
        for (TagEvent e : events) {
            if (filter.test(e)) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }
}
