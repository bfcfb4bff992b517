package com.springcoreexplorer.ui.fleet;

import com.springcoreexplorer.ui.fx.FxThread;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The fleet (FX thread): one row per reader, replaced in place each update, and the counts for the summary strip. */
public final class FleetViewModel {

    private final ObservableList<FleetRow> rows = FXCollections.observableArrayList();
    private final Map<String, Integer> indexById = new HashMap<>();
    private final ReadOnlyObjectWrapper<FleetUpdate> latest = new ReadOnlyObjectWrapper<>(FleetUpdate.EMPTY);

    /** FX thread: the fleet as the engine sees it now. */
    public void apply(FleetUpdate update) {
        FxThread.check("FleetViewModel.apply");
        for (FleetRow row : update.rows()) {
            Integer index = indexById.get(row.id());
            if (index == null) {
                indexById.put(row.id(), rows.size());
                rows.add(row);
            } else {
                rows.set(index, row);
            }
        }
        latest.set(update);
    }

    public void clear() {
        FxThread.check("FleetViewModel.clear");
        rows.clear();
        indexById.clear();
        latest.set(FleetUpdate.EMPTY);
    }

    public ObservableList<FleetRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<FleetUpdate> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** "5 online, 1 dead, 2 firmware versions". */
    public static String summary(FleetUpdate u) {
        StringBuilder s = new StringBuilder();
        append(s, u.online(), "online");
        append(s, u.busy(), "busy");
        append(s, u.offline(), "offline");
        append(s, u.dead(), "dead");
        append(s, u.stale(), "stale");
        if (s.isEmpty()) {
            return "No reader yet";
        }
        long versions = u.firmwareSpread().keySet().stream()
                .filter(v -> !v.equals("unknown"))
                .count();
        if (versions > 0) {
            s.append(", ").append(versions).append(versions == 1 ? " firmware version" : " firmware versions");
        }
        return s.toString();
    }

    private static void append(StringBuilder s, int n, String word) {
        if (n > 0) {
            s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(word);
        }
    }
}
