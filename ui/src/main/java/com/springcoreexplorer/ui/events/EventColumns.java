package com.springcoreexplorer.ui.events;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The event table's columns: sized to their content (a header is never cut, a Tag ID of 20 hex
 * digits fits), resizable, hideable from the table's menu button, reorderable by dragging the
 * header; the user's layout is captured and applied as a {@link ColumnLayout}. Data comes last and
 * takes what width is left, so the table fills its space without a horizontal scroll bar until the
 * columns truly do not fit. FX thread only.
 */
final class EventColumns {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
    /** Header padding, sort arrow and the resize handle. */
    private static final double HEADER_EXTRA = 24;
    /** Cell padding either side. */
    private static final double CELL_EXTRA = 16;
    /** Rows measured to fit the columns; after that the widths are the user's to change. */
    private static final int ROWS_TO_FIT = 200;

    private final TableView<TagEventRow> table;
    private final Map<TableColumn<TagEventRow, ?>, Function<TagEventRow, String>> values = new HashMap<>();
    private final Map<TableColumn<TagEventRow, ?>, String> samples = new HashMap<>();
    private Font headerFont = Font.getDefault();
    private Font cellFont = Font.getDefault();
    private final Text measure = new Text();
    /** May be narrower than their content (their whole text is in the detail pane): they give way first. */
    private static final java.util.Set<String> FLEXIBLE = java.util.Set.of("warnings", "data");
    /**
     * Long values (a 32-digit iBeacon ID, a long payload) may not widen these past their sample
     * (20 hex digits) or the other headers go off the edge; the cell's tooltip and the detail pane
     * hold the whole value.
     */
    private static final java.util.Set<String> CAPPED = java.util.Set.of("tagId", "data");

    private int rowsFitted;
    private boolean userLayout;

    EventColumns(TableView<TagEventRow> table) {
        this.table = table;
        table.getColumns()
                .addAll(List.of(
                        column("time", "Time", "00:00:00.000", row -> TIME.format(row.time())),
                        column("reader", "Reader", "DA1275B0", TagEventRow::device),
                        column("interface", "Interface", "13.56", TagEventRow::iface),
                        column("protocol", "Protocol", "NFC-A", TagEventRow::protocol),
                        column("tagId", "Tag ID", "F769FC3C4B2208ABCDEF", TagEventRow::tagId),
                        column("move", "Move", "Insert,Remove", TagEventRow::move),
                        column(
                                "rssi",
                                "RSSI",
                                "-100",
                                row -> row.rssi() == null ? "" : row.rssi().toString()),
                        column("warnings", "Warnings", "checksum mismatch", TagEventRow::warnings),
                        column("data", "Data", "00047DAE02C84080", TagEventRow::data)));
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // the first guesses used the default font; once CSS has styled the headers, size again with the real one
        table.skinProperty()
                .addListener((obs, old, skin) -> com.springcoreexplorer.ui.fx.FxThread.later(this::sizeToStyledFont));
    }

    private void sizeToStyledFont() {
        if (!(table.lookup(".column-header .label") instanceof javafx.scene.control.Labeled header)
                || header.getFont() == null) {
            return;
        }
        // headers are bold; cells are the same family and size, plain
        headerFont = header.getFont();
        cellFont = Font.font(headerFont.getFamily(), javafx.scene.text.FontWeight.NORMAL, headerFont.getSize());
        if (userLayout) {
            return;
        }
        for (TableColumn<TagEventRow, ?> column : table.getColumns()) {
            column.setMinWidth(width(column.getText(), headerFont) + HEADER_EXTRA);
            widen(column, Math.max(column.getMinWidth(), width(samples.get(column), cellFont) + CELL_EXTRA));
        }
    }

    /**
     * A column's width for its content. Columns a user needs whole (time, reader, tag ID, ...) also
     * get it as their minimum, so a narrow window never squeezes them into "..."; Warnings and Data
     * give way instead (their full text is in the detail pane).
     */
    private void widen(TableColumn<TagEventRow, ?> column, double width) {
        column.setPrefWidth(width);
        if (!FLEXIBLE.contains(column.getId())) {
            column.setMinWidth(width);
        }
    }

    private TableColumn<TagEventRow, String> column(
            String id, String title, String sample, Function<TagEventRow, String> value) {
        TableColumn<TagEventRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        if (CAPPED.contains(id) || FLEXIBLE.contains(id)) {
            column.setCellFactory(view -> new WholeValueCell());
        }
        // the header always shows whole; the first guess fits a typical value, real rows widen it
        column.setMinWidth(width(title, headerFont) + HEADER_EXTRA);
        widen(column, Math.max(column.getMinWidth(), width(sample, cellFont) + CELL_EXTRA));
        column.setReorderable(true);
        column.setResizable(true);
        values.put(column, value);
        samples.put(column, sample);
        return column;
    }

    private double width(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    /**
     * Widens columns whose rows hold longer values than their width (never narrows: the table does
     * not jump while events arrive). Only the first rows are measured, and never after the user
     * set a layout of their own.
     */
    void fitTo(List<TagEventRow> newest) {
        if (userLayout || rowsFitted >= ROWS_TO_FIT || newest.isEmpty()) {
            return;
        }
        if (headerFont == Font.getDefault()) {
            sizeToStyledFont();
        }
        List<TagEventRow> rows = newest.subList(Math.max(0, newest.size() - (ROWS_TO_FIT - rowsFitted)), newest.size());
        rowsFitted += rows.size();
        for (TableColumn<TagEventRow, ?> column : table.getColumns()) {
            if ("data".equals(column.getId())) {
                continue; // the last column takes the rest
            }
            Function<TagEventRow, String> value = values.get(column);
            double widest = column.getPrefWidth();
            for (TagEventRow row : rows) {
                String text = value.apply(row);
                if (text != null && !text.isEmpty()) {
                    widest = Math.max(widest, width(text, cellFont) + CELL_EXTRA);
                }
            }
            double cap = CAPPED.contains(column.getId()) ? width(samples.get(column), cellFont) + CELL_EXTRA : 420;
            if (widest > column.getPrefWidth() && column.getPrefWidth() < cap) {
                widen(column, Math.min(widest, cap));
            }
        }
    }

    /** The columns as the user left them: order, widths, which are shown. */
    ColumnLayout capture() {
        List<ColumnLayout.Column> columns = new ArrayList<>();
        for (TableColumn<TagEventRow, ?> column : table.getColumns()) {
            columns.add(new ColumnLayout.Column(column.getId(), column.getWidth(), column.isVisible()));
        }
        return new ColumnLayout(columns);
    }

    /** Restores a saved layout; unknown ids are skipped and columns missing from it keep their place at the end. */
    void apply(ColumnLayout layout) {
        if (layout == null || layout.columns().isEmpty()) {
            return;
        }
        List<TableColumn<TagEventRow, ?>> ordered = new ArrayList<>();
        for (ColumnLayout.Column saved : layout.columns()) {
            table.getColumns().stream()
                    .filter(column -> column.getId().equals(saved.id()))
                    .findFirst()
                    .ifPresent(column -> {
                        column.setVisible(saved.visible());
                        if (saved.width() > 0) {
                            column.setPrefWidth(Math.max(column.getMinWidth(), saved.width()));
                        }
                        ordered.add(column);
                    });
        }
        table.getColumns().stream().filter(column -> !ordered.contains(column)).forEach(ordered::add);
        table.getColumns().setAll(ordered);
        userLayout = true;
    }

    /** A cell that may be narrower than its value: the whole value is in its tooltip. */
    private static final class WholeValueCell extends javafx.scene.control.TableCell<TagEventRow, String> {
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(blank ? null : item);
            tip.setText(blank ? "" : item);
            setTooltip(blank ? null : tip);
        }
    }
}
