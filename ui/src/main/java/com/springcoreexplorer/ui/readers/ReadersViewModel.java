package com.springcoreexplorer.ui.readers;

import com.springcoreexplorer.ui.fx.FxThread;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The readers list (FX thread): one row per device, replaced in place when the registry reports a change. */
public final class ReadersViewModel {

    private final ObservableList<ReaderRow> rows = FXCollections.observableArrayList();
    private final Map<String, Integer> indexById = new HashMap<>();

    /** FX thread, once per pulse: readers whose row changed. */
    public void apply(List<ReaderRow> changed) {
        FxThread.check("ReadersViewModel.apply");
        for (ReaderRow row : changed) {
            Integer index = indexById.get(row.id());
            if (index == null) {
                indexById.put(row.id(), rows.size());
                rows.add(row);
            } else if (!rows.get(index).equals(row)) {
                rows.set(index, row);
            }
        }
    }

    /** Whether a reader with this ID has a row already. */
    public boolean knows(String id) {
        return indexById.containsKey(id);
    }

    public void clear() {
        FxThread.check("ReadersViewModel.clear");
        rows.clear();
        indexById.clear();
    }

    public ObservableList<ReaderRow> rows() {
        return rows;
    }

    /** Device IDs known, for the command form. */
    public List<String> ids() {
        return rows.stream().map(ReaderRow::id).sorted().toList();
    }
}
