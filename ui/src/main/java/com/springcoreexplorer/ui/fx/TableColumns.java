package com.springcoreexplorer.ui.fx;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;

/** The one way the window's tables make a read-only text column from a row record. FX thread only. */
public final class TableColumns {

    private TableColumns() {}

    /**
     * @param title the header
     * @param width the preferred width in pixels (the user may resize it)
     * @param value the cell's text for a row (never null: use "" for nothing)
     */
    public static <R> TableColumn<R, String> text(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }
}
