package com.springcoreexplorer.ui.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableListBase;

/**
 * The table's backing list (FX thread): rows are appended at the end and dropped from the head, both
 * in one change. An {@code observableArrayList} removes a range one element at a time, each shifting
 * the whole array (5,000 x 25,000 moves per trim under a flood); this ring buffer drops the oldest
 * rows in time proportional to how many leave.
 */
final class RollingRows<T> extends ObservableListBase<T> {

    private Object[] items = new Object[1024];
    private int head;
    private int size;

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) items[(head + index) % items.length];
    }

    @Override
    public int size() {
        return size;
    }

    /** Appends {@code more} at the end (one change). */
    void appendAll(List<? extends T> more) {
        if (more.isEmpty()) {
            return;
        }
        ensureCapacity(size + more.size());
        int from = size;
        for (T item : more) {
            items[(head + size) % items.length] = item;
            size++;
        }
        beginChange();
        nextAdd(from, size);
        endChange();
    }

    /** Drops the {@code count} oldest rows (one change). */
    void removeOldest(int count) {
        int n = Math.min(count, size);
        if (n <= 0) {
            return;
        }
        List<T> removed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = (head + i) % items.length;
            @SuppressWarnings("unchecked")
            T item = (T) items[at];
            removed.add(item);
            items[at] = null;
        }
        head = (head + n) % items.length;
        size -= n;
        beginChange();
        nextRemove(0, removed);
        endChange();
    }

    /** Drops every row (one change). */
    void removeAllRows() {
        removeOldest(size);
        head = 0;
    }

    private void ensureCapacity(int wanted) {
        if (wanted <= items.length) {
            return;
        }
        Object[] bigger = new Object[Math.max(wanted, items.length * 2)];
        for (int i = 0; i < size; i++) {
            bigger[i] = items[(head + i) % items.length];
        }
        Arrays.fill(items, null);
        items = bigger;
        head = 0;
    }
}
