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

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
    /** Header padding, sort arrow and the resize handle. */
    private static final double HEADER_EXTRA = 30;
    /** Cell padding either side. */
    private static final double CELL_EXTRA = 18;
    /** Rows measured to fit the columns; after that the widths are the user's to change. */
    private static final int ROWS_TO_FIT = 200;

    private final TableView<TagEventRow> table;
    private final Map<TableColumn<TagEventRow, ?>, Function<TagEventRow, String>> values = new HashMap<>();
    private final Text measure = new Text();
    private int rowsFitted;
    private boolean userLayout;

    EventColumns(TableView<TagEventRow> table) {
        this.table = table;
        table.getColumns().addAll(List.of(
                column("time", "Time", "00:00:00.000", row -> TIME.format(row.time())),
                column("reader", "Reader", "DA1275B0", TagEventRow::device),
                column("interface", "Interface", "13.56", TagEventRow::iface),
                column("protocol", "Protocol", "NFC-A", TagEventRow::protocol),
                column("tagId", "Tag ID", "F769FC3C4B2208ABCDEF", TagEventRow::tagId),
                column("move", "Move", "Insert,Remove", TagEventRow::move),
                column("rssi", "RSSI", "-100", row -> row.rssi() == null ? "" : row.rssi().toString()),
                column("warnings", "Warnings", "checksum mismatch", TagEventRow::warnings),
                column("data", "Data", "00047DAE02C84080", TagEventRow::data)));
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private TableColumn<TagEventRow, String> column(String id, String title, String sample, Function<TagEventRow, String> value) {
        TableColumn<TagEventRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        // the header always shows whole; the first guess fits a typical value, real rows widen it
        column.setMinWidth(width(title) + HEADER_EXTRA);
        column.setPrefWidth(Math.max(column.getMinWidth(), width(sample) + CELL_EXTRA));
        column.setReorderable(true);
        column.setResizable(true);
        values.put(column, value);
        return column;
    }

    private double width(String text) {
        measure.setFont(Font.getDefault());
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
                    widest = Math.max(widest, width(text) + CELL_EXTRA);
                }
            }
            if (widest > column.getPrefWidth()) {
                column.setPrefWidth(Math.min(widest, 420));
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
            table.getColumns().stream().filter(column -> column.getId().equals(saved.id())).findFirst().ifPresent(column -> {
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
}
