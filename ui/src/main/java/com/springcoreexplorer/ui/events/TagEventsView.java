package com.springcoreexplorer.ui.events;

import com.springcoreexplorer.ui.fx.Background;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The tag event table: virtualized rows, quick filters, pause, clear, auto-scroll, export. */
public final class TagEventsView extends VBox {

    private final TagEventsViewModel model;
    private final Background background;
    private final TableView<TagEventRow> table = new TableView<>();
    private final TextField filterField = new TextField();
    private final ToggleButton pause = new ToggleButton("Pause");
    private final Label exportStatus = new Label();
    private final com.springcoreexplorer.ui.fx.TransientMessage exportMessage =
            new com.springcoreexplorer.ui.fx.TransientMessage(exportStatus);
    private final Label placeholder = new Label("Not connected: tag events from your readers appear here.");
    private final ReadOnlyObjectWrapper<TagEventRow> selected = new ReadOnlyObjectWrapper<>();
    private EventColumns columns;

    public TagEventsView(TagEventsViewModel model, Background background) {
        this.model = model;
        this.background = background;
        getStyleClass().add("tag-events-view");

        filterField.setId("eventFilter");
        filterField.setPromptText("Filter events (Ctrl+Shift+F)");
        model.textFilterProperty().bind(filterField.textProperty());
        ComboBox<String> device = choice("All readers", model.devices());
        model.deviceFilterProperty()
                .bind(Bindings.createStringBinding(() -> nullToEmpty(device.getValue()), device.valueProperty()));
        ComboBox<String> protocol = choice("All protocols", model.protocols());
        model.protocolFilterProperty()
                .bind(Bindings.createStringBinding(() -> nullToEmpty(protocol.getValue()), protocol.valueProperty()));

        pause.setId("pauseEvents");
        pause.selectedProperty().bindBidirectional(model.pausedProperty());
        pause.textProperty()
                .bind(Bindings.when(model.pausedProperty())
                        .then(Bindings.concat("Resume (", model.waitingProperty(), " waiting)"))
                        .otherwise("Pause"));
        pause.setTooltip(new Tooltip("Freeze the table; new events wait and arrive on resume (Ctrl+P)"));
        com.springcoreexplorer.ui.fx.FixedWidth.forTexts(
                pause, "Pause", "Resume (" + TagEventsViewModel.MAX_ROWS + " waiting)");
        CheckBox follow = new CheckBox("Auto-scroll");
        follow.setId("autoScroll");
        follow.selectedProperty().bindBidirectional(model.autoScrollProperty());
        Button clear = new Button("Clear");
        clear.setId("clearEvents");
        clear.setOnAction(event -> model.clear());
        MenuButton export = new MenuButton("Export");
        export.setId("exportEvents");
        MenuItem csv = new MenuItem("As CSV...");
        csv.setOnAction(event -> export(EventExport.Format.CSV));
        MenuItem json = new MenuItem("As JSON...");
        json.setOnAction(event -> export(EventExport.Format.JSON));
        export.getItems().addAll(csv, json);
        export.disableProperty().bind(Bindings.isEmpty(model.visibleRows()));
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(
                                java.util.Locale.ROOT,
                                "%,d shown / %,d received",
                                model.visibleRows().size(),
                                model.totalProperty().get()),
                        model.visibleRows(),
                        model.totalProperty()));

        HBox.setHgrow(filterField, Priority.ALWAYS);
        filterField.setMinWidth(120);
        device.setPrefWidth(140);
        protocol.setPrefWidth(140);
        HBox filters = new HBox(6, filterField, device, protocol);
        filters.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (javafx.scene.control.Control control : List.of(follow, clear, export)) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(6, pause, follow, clear, export, spacer, count);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox tools = new VBox(6, filters, actions);
        tools.setPadding(new Insets(6));

        table.setId("eventTable");
        configure(table);
        columns = new EventColumns(table);
        table.setItems(model.visibleRows());
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> selected.set(row));
        model.visibleRows().addListener((ListChangeListener<TagEventRow>) change -> {
            columns.fitTo(model.visibleRows());
            if (model.autoScrollProperty().get() && !model.visibleRows().isEmpty() && !newestRowShown()) {
                table.scrollTo(model.visibleRows().size() - 1);
            }
        });
        exportStatus.getStyleClass().add("muted");
        exportStatus.setWrapText(true);
        exportStatus.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        exportStatus.setPadding(new Insets(0, 6, 4, 6));
        exportStatus.managedProperty().bind(exportStatus.textProperty().isNotEmpty());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(tools, table, exportStatus);
    }

    /**
     * Whether the table's last row already holds the newest event. A full table replaces its oldest
     * rows with as many new ones, so while it follows the newest its last row stays the last index:
     * {@code scrollTo} would then only cost a second layout of every visible row in the same pulse.
     */
    private boolean newestRowShown() {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last != null && last.getIndex() == model.visibleRows().size() - 1;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A filter choice: "All ..." (null) first, then the values seen so far; the user's choice survives new values. */
    private static ComboBox<String> choice(String prompt, javafx.collections.ObservableList<String> values) {
        javafx.collections.ObservableList<String> items = javafx.collections.FXCollections.observableArrayList();
        items.add(null);
        items.addAll(values);
        ComboBox<String> box = new ComboBox<>(items);
        values.addListener((ListChangeListener<String>) change -> {
            String chosen = box.getValue();
            List<String> next = new java.util.ArrayList<>();
            next.add(null);
            next.addAll(values);
            items.setAll(next);
            box.setValue(chosen);
        });
        box.setPromptText(prompt);
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? prompt : item);
            }
        });
        box.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? prompt : item);
            }
        });
        return box;
    }

    /** The table's look (the columns are {@link EventColumns}). */
    private static void configure(TableView<TagEventRow> table) {
        table.getStyleClass().add("dense");
        // one row height for all: the virtual flow never measures rows, which keeps a flood's layout cheap
        table.setFixedCellSize(24);
    }

    private void export(EventExport.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export tag events");
        String extension = format == EventExport.Format.CSV ? "csv" : "json";
        chooser.setInitialFileName("tag-events." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + extension));
        java.io.File file =
                chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath(), format);
        }
    }

    /** Writes the visible rows to {@code file} on a worker; the outcome shows under the table. */
    public void exportTo(Path file, EventExport.Format format) {
        List<TagEventRow> snapshot = List.copyOf(model.visibleRows());
        exportMessage.keep("Exporting " + snapshot.size() + " events...");
        background.run(
                () -> {
                    try {
                        EventExport.write(snapshot, file, format);
                        return snapshot.size();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                outcome -> {
                    if (outcome.ok()) {
                        exportMessage.show("Exported " + outcome.value() + " events to " + file);
                    } else {
                        exportMessage.keep("Could not write " + file + ": " + rootMessage(outcome.failure())
                                + "; choose another folder");
                    }
                });
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }

    /** The columns' order, widths and visibility as the user left them. */
    public ColumnLayout columnLayout() {
        return columns.capture();
    }

    /** Restores a layout saved by {@link #columnLayout()}. */
    public void applyColumnLayout(ColumnLayout layout) {
        columns.apply(layout);
    }

    public void setEmptyText(String text) {
        placeholder.setText(text);
    }

    public ReadOnlyObjectProperty<TagEventRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public TextField filterField() {
        return filterField;
    }

    public TableView<TagEventRow> table() {
        return table;
    }

    public Label exportStatus() {
        return exportStatus;
    }
}
