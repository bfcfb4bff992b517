package com.springcoreexplorer.ui.readers;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** The readers seen on the broker: state colour, product, firmware, last tag, last seen, stale flag. */
public final class ReadersView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final TableView<ReaderRow> table = new TableView<>();
    private final ReadOnlyStringWrapper selectedReader = new ReadOnlyStringWrapper("");
    private final Label placeholder = new Label("Not connected: the readers publishing on the broker appear here.");

    public ReadersView(ReadersViewModel model) {
        getStyleClass().add("readers-view");
        table.setId("readerTable");
        table.getStyleClass().add("dense");
        table.setItems(model.rows());
        TableColumn<ReaderRow, ReaderRow.State> state = new TableColumn<>("State");
        state.setPrefWidth(120);
        state.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue().state()));
        state.setCellFactory(column -> new StateCell());
        table.getColumns().add(state);
        table.getColumns().addAll(List.of(
                column("Reader", 90, ReaderRow::id),
                column("Product", 120, ReaderRow::product),
                column("Firmware", 70, ReaderRow::firmware),
                column("Last tag", 130, ReaderRow::lastTag),
                column("Last seen", 70, row -> row.lastSeen() == null ? "" : TIME.format(row.lastSeen())),
                column("Stale", 50, row -> row.stale() ? "stale" : "")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ReaderRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("stale"), !empty && row != null && row.stale());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                selectedReader.set(row == null ? "" : row.id()));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().add(table);
    }

    private static TableColumn<ReaderRow, String> column(String title, double width, Function<ReaderRow, String> value) {
        TableColumn<ReaderRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }

    public void setEmptyText(String text) {
        placeholder.setText(text);
    }

    public ReadOnlyStringProperty selectedReaderProperty() {
        return selectedReader.getReadOnlyProperty();
    }

    public TableView<ReaderRow> table() {
        return table;
    }

    static String since(Instant at, Instant now) {
        long seconds = Duration.between(at, now).toSeconds();
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min";
    }

    /** A coloured dot and the state's words. */
    private static final class StateCell extends TableCell<ReaderRow, ReaderRow.State> {
        private final Circle dot = new Circle(5);

        @Override
        protected void updateItem(ReaderRow.State value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            dot.getStyleClass().setAll("state-dot", "state-" + value.name().toLowerCase());
            setGraphic(dot);
            setText(value.label());
        }
    }
}
