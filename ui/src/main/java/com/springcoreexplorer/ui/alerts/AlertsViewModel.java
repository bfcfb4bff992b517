package com.springcoreexplorer.ui.alerts;

import com.springcoreexplorer.ui.fx.FxThread;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The alert list (FX thread): newest first, bounded; each alert stays unacknowledged until the user says so. */
public final class AlertsViewModel {

    /** Older alerts beyond this fall off the list (the CLI's watch keeps a full log if needed). */
    public static final int MAX_ALERTS = 2_000;

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper unacknowledged = new ReadOnlyIntegerWrapper();

    /** One alert in the list. */
    public record Item(AlertRow alert, boolean acknowledged) {}

    /** FX thread: a new alert at the top. */
    public void add(AlertRow alert) {
        FxThread.check("AlertsViewModel.add");
        items.addFirst(new Item(alert, false));
        if (items.size() > MAX_ALERTS) {
            Item dropped = items.removeLast();
            if (!dropped.acknowledged()) {
                unacknowledged.set(unacknowledged.get() - 1);
            }
        }
        unacknowledged.set(unacknowledged.get() + 1);
    }

    public void acknowledge(Item item) {
        int index = items.indexOf(item);
        if (index >= 0 && !item.acknowledged()) {
            items.set(index, new Item(item.alert(), true));
            unacknowledged.set(unacknowledged.get() - 1);
        }
    }

    public void acknowledgeAll() {
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).acknowledged()) {
                items.set(i, new Item(items.get(i).alert(), true));
            }
        }
        unacknowledged.set(0);
    }

    public void clear() {
        items.clear();
        unacknowledged.set(0);
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyIntegerProperty unacknowledgedProperty() {
        return unacknowledged.getReadOnlyProperty();
    }
}
