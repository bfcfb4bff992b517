package com.springcoreexplorer.ui.events;

import com.springcoreexplorer.ui.fx.FrameCost;
import com.springcoreexplorer.ui.fx.FxThread;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The tag event table's state (FX thread). Rows arrive once per pulse through {@link #append}; the
 * table keeps the newest {@link #MAX_ROWS} within {@link #MAX_ROW_BYTES} (older ones stay in the store
 * and the CLI). Pausing freezes the rows: new ones wait (bounded the same way) and arrive on resume.
 *
 * <p>Under a steady stream the shown rows change at most {@link #SHOW_INTERVAL_NANOS every 100 ms}:
 * each change re-styles and re-lays out every visible row (the rows all shift when following the
 * newest), which at 60 Hz was most of the FX thread's time in a flood. The owner calls
 * {@link #showPendingIfDue} after each append (an event after a quiet moment shows at once) and from a
 * timer, so the last rows of a burst never wait.
 */
public final class TagEventsViewModel {

    /** A table this long is far past what anyone scrolls; the virtualized TableView stays light. */
    public static final int MAX_ROWS = 20_000;

    /**
     * The rows copy TagData out of the payloads, and a SpringCore message reaches about 64 kB: by count
     * alone 20,000 rows could hold over a gigabyte. Typical rows (about 500 bytes) never reach this;
     * the table, what waits while paused and what waits for the next show each stay within it.
     */
    public static final long MAX_ROW_BYTES = 32L * 1024 * 1024;

    private final int maxRows;
    private final long maxBytes;
    private final RollingRows<TagEventRow> rows = new RollingRows<>();
    /** {@link TagEventRow#estimatedBytes} of the table's rows. */
    private long rowBytes;

    private final FilteredList<TagEventRow> filtered = new FilteredList<>(rows);
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final StringProperty deviceFilter = new SimpleStringProperty("");
    private final StringProperty protocolFilter = new SimpleStringProperty("");
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final BooleanProperty autoScroll = new SimpleBooleanProperty(true);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper waiting = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper notShown = new ReadOnlyLongWrapper();
    private final ObservableList<String> devices = FXCollections.observableArrayList();
    private final ObservableList<String> protocols = FXCollections.observableArrayList();
    private final WaitingRows heldWhilePaused;

    /** 10 Hz is as fast as anyone reads a scrolling table, and a sixth of the relayouts of every pulse. */
    public static final long SHOW_INTERVAL_NANOS = 100_000_000L;

    static final long FILLING_SHOW_INTERVAL_NANOS = 250_000_000L;
    private final WaitingRows pending;
    private long pendingTotal;
    private long pendingNotShown;
    private long shownAt = System.nanoTime() - SHOW_INTERVAL_NANOS;
    /**
     * The table's rows never take more than about a tenth of the FX thread: the time from a show to
     * the next pulse (the rest of its pulse: CSS, layout, render; {@link FrameCost}) is measured, and the next show waits
     * {@value #COST_SHARE} times that (at most {@link #MAX_SHOW_INTERVAL_NANOS}). A warm JVM on a quiet
     * machine stays at 10 Hz; a cold or overloaded one shows rows less often instead of freezing.
     */
    static final int COST_SHARE = 10;

    static final long MAX_SHOW_INTERVAL_NANOS = 1_000_000_000L;
    private long lastShowCostNanos;

    public TagEventsViewModel() {
        this(MAX_ROWS, MAX_ROW_BYTES);
    }

    /** A table with other limits (tests). */
    TagEventsViewModel(int maxRows, long maxBytes) {
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
        this.pending = new WaitingRows(maxRows, maxBytes);
        this.heldWhilePaused = new WaitingRows(maxRows, maxBytes);
        textFilter.addListener((obs, old, value) -> refilter());
        deviceFilter.addListener((obs, old, value) -> refilter());
        protocolFilter.addListener((obs, old, value) -> refilter());
        paused.addListener((obs, was, now) -> {
            if (now) {
                showPending();
            } else {
                List<TagEventRow> held = heldWhilePaused.drain();
                waiting.set(0);
                addRows(held);
            }
        });
    }

    /**
     * FX thread, once per pulse: new events, oldest first; {@code skipped} were merged away upstream.
     * They show on the next {@link #showPendingIfDue} (at once while paused, as waiting rows).
     */
    public void append(List<TagEventRow> events, long skipped) {
        FxThread.check("TagEventsViewModel.append");
        pendingTotal += events.size() + skipped;
        pendingNotShown += skipped;
        if (paused.get()) {
            if (!events.isEmpty()) {
                pendingNotShown += heldWhilePaused.addAll(events);
                waiting.set(heldWhilePaused.size());
            }
            publishCounters();
            return;
        }
        pendingNotShown += pending.addAll(events);
    }

    /** FX thread: shows the rows and counters that arrived since the last change if that change is {@link #SHOW_INTERVAL_NANOS} old. */
    public void showPendingIfDue(long nowNanos) {
        FxThread.check("TagEventsViewModel.showPendingIfDue");
        // while the table fills, every show changes its row count, which makes the TableView drop and
        // re-style every visible row: those shows come at 4 Hz; a full table's shows keep the count
        long base = rows.size() < maxRows && pending.size() > 1 ? FILLING_SHOW_INTERVAL_NANOS : SHOW_INTERVAL_NANOS;
        long interval = Math.max(base, Math.min(MAX_SHOW_INTERVAL_NANOS, lastShowCostNanos * COST_SHARE));
        if ((!pending.isEmpty() || pendingTotal > 0 || pendingNotShown > 0) && nowNanos - shownAt >= interval) {
            showPending();
        }
    }

    private void showPending() {
        shownAt = System.nanoTime();
        publishCounters();
        if (!pending.isEmpty()) {
            addRows(pending.drain());
            FrameCost.measureSince(shownAt, cost -> lastShowCostNanos = cost);
        }
    }

    private void publishCounters() {
        if (pendingTotal > 0) {
            total.set(total.get() + pendingTotal);
            pendingTotal = 0;
        }
        if (pendingNotShown > 0) {
            notShown.set(notShown.get() + pendingNotShown);
            pendingNotShown = 0;
        }
    }

    private void addRows(List<TagEventRow> events) {
        for (TagEventRow row : events) {
            if (!row.device().isEmpty() && !devices.contains(row.device())) {
                devices.add(row.device());
                FXCollections.sort(devices);
            }
            if (!row.protocol().isEmpty() && !protocols.contains(row.protocol())) {
                protocols.add(row.protocol());
                FXCollections.sort(protocols);
            }
        }
        // the newest that fit on their own (the waiting lists are bounded alike: this cuts only in a burst)
        int from = events.size();
        long addBytes = 0;
        while (from > 0 && events.size() - from < maxRows) {
            long bytes = events.get(from - 1).estimatedBytes();
            if (addBytes + bytes > maxBytes) {
                break;
            }
            addBytes += bytes;
            from--;
        }
        List<TagEventRow> toAdd = events.subList(from, events.size());
        // a full table drops exactly as many rows as arrive: its row count stays put, and a TableView
        // whose count changes drops and re-styles every visible row (VirtualFlow's cell count reset)
        int over = Math.max(0, rows.size() + toAdd.size() - maxRows);
        long kept = rowBytes + addBytes;
        for (int i = 0; i < over; i++) {
            kept -= rows.get(i).estimatedBytes();
        }
        // large rows (long TagData) push out more of the oldest, to stay within the byte budget
        while (kept > maxBytes && over < rows.size()) {
            kept -= rows.get(over).estimatedBytes();
            over++;
        }
        if (over > 0) {
            rows.removeOldest(over);
        }
        if (over + from > 0) {
            notShown.set(notShown.get() + over + from);
        }
        rows.appendAll(toAdd);
        rowBytes = kept;
    }

    /** Empties the table (the store keeps its messages). */
    public void clear() {
        FxThread.check("TagEventsViewModel.clear");
        rows.removeAllRows();
        rowBytes = 0;
        pending.clear();
        pendingTotal = 0;
        pendingNotShown = 0;
        heldWhilePaused.clear();
        waiting.set(0);
        total.set(0);
        notShown.set(0);
    }

    private void refilter() {
        String text = textFilter.get() == null ? "" : textFilter.get().trim().toLowerCase(Locale.ROOT);
        String device = deviceFilter.get() == null ? "" : deviceFilter.get();
        String protocol = protocolFilter.get() == null ? "" : protocolFilter.get();
        if (text.isEmpty() && device.isEmpty() && protocol.isEmpty()) {
            filtered.setPredicate(null);
            return;
        }
        filtered.setPredicate(row -> (device.isEmpty() || row.device().equals(device))
                && (protocol.isEmpty() || row.protocol().equals(protocol))
                && row.contains(text));
    }

    /** The rows after the filters (what the table shows and the export writes). */
    public ObservableList<TagEventRow> visibleRows() {
        return filtered;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public StringProperty deviceFilterProperty() {
        return deviceFilter;
    }

    public StringProperty protocolFilterProperty() {
        return protocolFilter;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public BooleanProperty autoScrollProperty() {
        return autoScroll;
    }

    /** Events received since the last clear, shown or not. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Events held while paused. */
    public ReadOnlyLongProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /**
     * Events that left the table (older than the newest {@link #MAX_ROWS}, or pushed out by the
     * {@link #MAX_ROW_BYTES} budget) or were merged away in a flood.
     */
    public ReadOnlyLongProperty notShownProperty() {
        return notShown.getReadOnlyProperty();
    }

    /** The estimated memory of the table's rows, at most {@link #MAX_ROW_BYTES}. */
    long rowBytes() {
        return rowBytes;
    }

    public ObservableList<String> devices() {
        return devices;
    }

    public ObservableList<String> protocols() {
        return protocols;
    }
}
