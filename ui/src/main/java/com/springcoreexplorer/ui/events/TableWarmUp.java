package com.springcoreexplorer.ui.events;

import com.springcoreexplorer.ui.fx.FxThread;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/**
 * Builds the event table's row cells and runs their code before the first event, while the table is
 * still empty. A JVM runs new code interpreted at first, and a table builds its cells for its first
 * rows: without this, the first pulses of a flood cost 100-250 ms (UI flood benchmark, README).
 *
 * <p>Once per pulse, for {@value #STEPS} pulses from the window's tenth frame on, the table is given synthetic
 * rows, laid out (cells built, styled, filled: what a flood does to it), and given its real, empty
 * rows back: all inside the animation phase of one pulse, before that pulse renders, so the synthetic
 * rows are never drawn. The cells stay in the table's cell pile for the real rows. It stops at once
 * when {@code stopWhen} says real events have arrived.
 */
public final class TableWarmUp {

    static final int STEPS = 40;
    private static final int FIRST_FRAMES = 10;
    private static final int ROWS = 60;
    private static final int PER_STEP = 7;

    private TableWarmUp() {}

    /** FX thread: starts with the next pulse; the result turns true when it is over. */
    public static ReadOnlyBooleanProperty start(TableView<TagEventRow> table, BooleanSupplier stopWhen) {
        FxThread.check("TableWarmUp.start");
        ObservableList<TagEventRow> synthetic = FXCollections.observableArrayList(rows(0, ROWS));
        ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
        new AnimationTimer() {
            private int pulse;
            private int step;

            @Override
            public void handle(long now) {
                if (pulse++ < FIRST_FRAMES) {
                    return; // the window's first frames come first
                }
                ObservableList<TagEventRow> real = table.getItems();
                if (step++ >= STEPS || stopWhen.getAsBoolean() || !real.isEmpty()) {
                    stop();
                    finished.set(true);
                    return;
                }
                synthetic.remove(0, PER_STEP);
                synthetic.addAll(rows(step * PER_STEP + ROWS, PER_STEP));
                table.setItems(synthetic);
                table.scrollTo(synthetic.size() - 1);
                table.applyCss();
                table.layout();
                table.setItems(real);
            }
        }.start();
        return finished.getReadOnlyProperty();
    }

    private static List<TagEventRow> rows(int first, int count) {
        List<TagEventRow> made = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            made.add(new TagEventRow(
                    Instant.ofEpochMilli(1_764_000_000_000L + i * 37L),
                    "WARMUP" + (i % 4),
                    "13.56",
                    "NFC-A",
                    String.format(Locale.ROOT, "04%012X", i),
                    i % 3 == 0 ? "Remove" : "Insert",
                    -40 - i % 40,
                    "0004" + Integer.toHexString(i),
                    "",
                    "warm/up/" + (i % 4)));
        }
        return made;
    }
}
