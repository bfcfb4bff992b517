package com.springcoreexplorer.ui.events;

import java.util.List;

/** The event table's columns as the user arranged them (order, width, shown), remembered between runs. */
public record ColumnLayout(List<Column> columns) {

    public static final ColumnLayout NONE = new ColumnLayout(List.of());

    public ColumnLayout {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** @param id stable column id ("time", "tagId", ...), not the header text */
    public record Column(String id, double width, boolean visible) {}
}
