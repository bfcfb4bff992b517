package com.springcoreexplorer.ui.events;

import com.springcoreexplorer.ui.fx.FxThread;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/**
 * Runs the event table's row code on an off-screen copy, one small step per pulse, right after the
 * window opens. A JVM runs new code interpreted at first: without this, the first seconds of a flood
 * made the real table's first rows cost 100-250 ms pulses while the JIT caught up (UI flood
 * benchmark, README). The copy shares the table's columns and the window's stylesheets, is never
 * shown, and is dropped when done; the steps stop early if real events arrive first.
 */
public final class TableWarmUp {

    static final int STEPS = 40;
    private static final int ROWS = 40;

    private TableWarmUp() {
    }

    /** FX thread: starts the warm-up next pulse; {@code stopWhen} ends it early (e.g. rows arrived). */
    public static void start(List<String> stylesheets, java.util.function.BooleanSupplier stopWhen) {
        FxThread.check("TableWarmUp.start");
        TableView<TagEventRow> table = new TableView<>();
        TagEventsView.configure(table);
        ObservableList<TagEventRow> rows = FXCollections.observableArrayList(rows(0, ROWS));
        table.setItems(rows);
        Scene offScreen = new Scene(new StackPane(table), 1100, 420);
        offScreen.getStylesheets().setAll(stylesheets);
        new AnimationTimer() {
            private int step;

            @Override
            public void handle(long now) {
                if (step++ >= STEPS || stopWhen.getAsBoolean()) {
                    stop();
                    table.setItems(FXCollections.emptyObservableList());
                    return;
                }
                // what a flood does to the real table: the oldest rows go, as many new ones come, follow the newest
                rows.remove(0, 7);
                rows.addAll(rows(step * 7 + ROWS, 7));
                table.scrollTo(rows.size() - 1);
                table.applyCss();
                table.layout();
            }
        }.start();
    }

    private static List<TagEventRow> rows(int first, int count) {
        List<TagEventRow> made = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            made.add(new TagEventRow(Instant.ofEpochMilli(1_764_000_000_000L + i * 37L), "WARMUP" + (i % 4), "13.56", "NFC-A",
                    String.format(java.util.Locale.ROOT, "04%012X", i), i % 3 == 0 ? "Remove" : "Insert", -40 - i % 40,
                    "0004" + Integer.toHexString(i), "", "warm/up/" + (i % 4)));
        }
        return made;
    }
}
