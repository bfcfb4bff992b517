package com.springcoreexplorer.ui.topictree;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What a tree item holds: the topic's path and its latest snapshot as a property. Updates replace the
 * snapshot, never the item's value, so the TreeView sees no tree change (no cell rebuild, no
 * relayout of the whole tree): only the visible cell of that topic repaints its labels.
 */
public final class TopicEntry {

    private final String path;
    private final ReadOnlyObjectWrapper<TopicSnapshot> snapshot;

    TopicEntry(TopicSnapshot first) {
        this.path = first.path();
        this.snapshot = new ReadOnlyObjectWrapper<>(first);
    }

    public String path() {
        return path;
    }

    public TopicSnapshot snapshot() {
        return snapshot.get();
    }

    public ReadOnlyObjectProperty<TopicSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    void update(TopicSnapshot next) {
        snapshot.set(next);
    }

    public String name() {
        return snapshot.get().name();
    }
}
