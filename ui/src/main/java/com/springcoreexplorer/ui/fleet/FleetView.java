package com.springcoreexplorer.ui.fleet;

import com.springcoreexplorer.ui.readers.ReaderRow;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * The Readers tab: a summary strip (5 online, 1 dead, 2 firmware versions), a sortable table of the
 * fleet with state dot, uptime, reboots and outages in 24 h, and read-rate and RSSI sparklines; the
 * selected reader's timeline below, with buttons to its topics, its events and its RSSI chart.
 */
public final class FleetView extends VBox {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final FleetViewModel model;
    private final TableView<FleetRow> table = new TableView<>();
    private final ReadOnlyStringWrapper selectedReader = new ReadOnlyStringWrapper("");
    private final Label placeholder = new Label("Not connected: the readers publishing on the broker appear here.");
    private final FlowPane summary = new FlowPane(10, 4);
    private final Label readerTitle = new Label("Select a reader to see its timeline.");
    private final ListView<FleetRow.TimelineItem> timeline = new ListView<>();
    private final Button showTopics = new Button("Topics");
    private final Button showEvents = new Button("Events");
    private final Button chartRssi = new Button("Chart RSSI");
    private Consumer<String> onShowTopics = id -> {};
    private Consumer<String> onShowEvents = id -> {};
    private BiConsumer<String, String> onChartRssi = (id, iface) -> {};

    public FleetView(FleetViewModel model) {
        this.model = model;
        getStyleClass().add("fleet-view");
        summary.setId("fleetSummary");
        summary.getStyleClass().add("fleet-summary");
        summary.setPadding(new Insets(6, 8, 6, 8));

        table.setId("fleetTable");
        table.getStyleClass().add("dense");
        SortedList<FleetRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<FleetRow, FleetRow> state = new TableColumn<>("State");
        state.setPrefWidth(120);
        state.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        state.setCellFactory(column -> new StateCell());
        state.setComparator(Comparator.comparingInt(FleetView::severity));
        Label stateHeader = new Label("State");
        stateHeader.setTooltip(
                new Tooltip("Stale: no STATUS for 3 intervals. Readers send STATUS every 30 s by default "
                        + "(register 0289, default 5314030A1E1E: QoS 1, last will and retain on, keep-alive 10 s, STATUS every 30 s, "
                        + "reconnect after 30 s)"));
        state.setText("");
        state.setGraphic(stateHeader);
        table.getColumns().add(state);
        table.getColumns().add(text("Reader", 90, FleetRow::id));
        table.getColumns().add(text("Product", 120, FleetRow::product));
        table.getColumns().add(text("Firmware build", 120, FleetRow::firmware));
        TableColumn<FleetRow, Instant> seen = new TableColumn<>("Last seen");
        seen.setPrefWidth(70);
        seen.setCellValueFactory(
                cell -> new SimpleObjectProperty<>(cell.getValue().lastSeen()));
        seen.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : TIME.format(at));
            }
        });
        table.getColumns().add(seen);
        table.getColumns().add(text("Uptime", 150, FleetRow::uptime));
        table.getColumns().add(number("Reboots 24h", 80, FleetRow::reboots24h));
        table.getColumns().add(number("Outages 24h", 80, FleetRow::outages24h));
        table.getColumns().add(sparkColumn("Reads / min (1 h)", 150, Color.web("#2f7de1"), true));
        table.getColumns().add(sparkColumn("RSSI (1 h)", 260, Color.web("#d9822b"), false));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(FleetRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(STALE, !empty && row != null && row.stale());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                selectedReader.set(row.id());
            }
            showReader();
        });

        showTopics.setId("fleetShowTopics");
        showTopics.setTooltip(new Tooltip("Show this reader's topics in the topic tree"));
        showTopics.setOnAction(event -> onShowTopics.accept(selectedReader.get()));
        showEvents.setId("fleetShowEvents");
        showEvents.setTooltip(new Tooltip("Filter the tag events to this reader"));
        showEvents.setOnAction(event -> onShowEvents.accept(selectedReader.get()));
        chartRssi.setId("fleetChartRssi");
        chartRssi.setTooltip(new Tooltip("Plot the RSSI of this reader's tag events over time"));
        chartRssi.setOnAction(event -> {
            FleetRow row = row(selectedReader.get());
            onChartRssi.accept(selectedReader.get(), row == null ? "" : row.rssiInterface());
        });
        showTopics.disableProperty().bind(selectedReader.isEmpty());
        showEvents.disableProperty().bind(selectedReader.isEmpty());
        chartRssi.setDisable(true); // until the selected reader has sent an RSSI (showReader)
        for (Button b : new Button[] {showTopics, showEvents, chartRssi}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // whole words; the pane wraps them (below)
        }
        readerTitle.getStyleClass().add("fleet-reader-title");
        readerTitle.setWrapText(true);
        // a wrapped title takes the lines it needs instead of ending in "..."
        readerTitle.setMinHeight(Region.USE_PREF_SIZE);
        // the left pane is narrow (210 px): buttons that do not fit go to the next line, whole
        FlowPane buttons = new FlowPane(6, 4, showTopics, showEvents, chartRssi);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox actions = new VBox(4, readerTitle, buttons);
        actions.setPadding(new Insets(4, 6, 4, 6));
        timeline.setId("fleetTimeline");
        Label nothingYet = new Label("Nothing happened to it yet: state changes, reboots and outages appear here.");
        nothingYet.setWrapText(true);
        nothingYet.setPadding(new Insets(8));
        timeline.setPlaceholder(nothingYet);
        timeline.setCellFactory(list -> new ListCell<>() {
            {
                // the left pane is narrow: a long entry wraps instead of ending in "..."
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(18));
            }

            @Override
            protected void updateItem(FleetRow.TimelineItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(c -> c.startsWith("timeline-"));
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                getStyleClass().add("timeline-" + item.kind());
                setText(DAY_TIME.format(item.at()) + "  " + item.kind() + "  " + item.detail());
            }
        });
        VBox detail = new VBox(actions, timeline);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45); // the reader's title, buttons and timeline need room too
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(summary, split);

        model.latestProperty().addListener((obs, old, update) -> {
            showSummary(update);
            keepSelection();
            showReader();
        });
        showSummary(model.latestProperty().get());
    }

    private static int severity(FleetRow row) {
        if (row.state() == ReaderRow.State.DEAD) {
            return 0;
        }
        if (row.stale()) {
            return 1;
        }
        return switch (row.state()) {
            case OFFLINE -> 2;
            case UNKNOWN -> 3;
            case BUSY -> 4;
            default -> 5;
        };
    }

    private FleetRow row(String id) {
        return model.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** A replaced row drops out of the selection: select the same reader again. */
    private void keepSelection() {
        String id = selectedReader.get();
        FleetRow selected = table.getSelectionModel().getSelectedItem();
        if (!id.isEmpty() && (selected == null || !selected.id().equals(id))) {
            table.getItems().stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        }
    }

    private void showReader() {
        FleetRow row = row(selectedReader.get());
        // an empty chart explains nothing: readers whose tag events carry no RSSI (NFC) have none to plot
        chartRssi.setDisable(row == null || row.rssiInterface().isEmpty());
        if (row == null) {
            readerTitle.setText("Select a reader to see its timeline.");
            timeline.getItems().clear();
            return;
        }
        readerTitle.setText(row.id() + (row.product().isEmpty() ? "" : "  " + row.product())
                + (row.firmware().isEmpty() ? "" : "  " + row.firmware()) + "  " + row.reads1m()
                + " reads in the last minute"
                + (row.rssi().isEmpty() ? "" : "  RSSI " + row.rssi()));
        if (!timeline.getItems().equals(row.timeline())) {
            timeline.getItems().setAll(row.timeline());
        }
    }

    private void showSummary(FleetUpdate u) {
        summary.getChildren().clear();
        if (u.rows().isEmpty()) {
            summary.getChildren().add(new Label("No reader yet"));
            return;
        }
        chip(u.online(), "online", "ready");
        chip(u.busy(), "busy", "busy");
        chip(u.offline(), "offline", "offline");
        chip(u.dead(), "dead", "dead");
        chip(u.stale(), "stale", "stale");
        long versions = u.firmwareSpread().keySet().stream()
                .filter(v -> !v.equals("unknown"))
                .count();
        if (versions > 0) {
            Label firmware = new Label(versions + (versions == 1 ? " firmware version" : " firmware versions"));
            StringBuilder tip = new StringBuilder();
            u.firmwareSpread()
                    .forEach((version, count) ->
                            tip.append(count).append(" x ").append(version).append('\n'));
            firmware.setTooltip(new Tooltip(tip.toString().strip()));
            firmware.getStyleClass().add("fleet-firmware");
            summary.getChildren().add(firmware);
        }
        summary.setAccessibleText(FleetViewModel.summary(u));
    }

    private void chip(int count, String word, String style) {
        if (count == 0) {
            return;
        }
        Circle dot = new Circle(5);
        dot.getStyleClass().setAll("state-dot", "state-" + style);
        Label label = new Label(count + " " + word, dot);
        label.getStyleClass().add("fleet-chip");
        summary.getChildren().add(label);
    }

    private static TableColumn<FleetRow, String> text(String title, double width, Function<FleetRow, String> value) {
        TableColumn<FleetRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new SimpleObjectProperty<>(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<FleetRow, Integer> number(
            String title, double width, Function<FleetRow, Integer> value) {
        TableColumn<FleetRow, Integer> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setCellValueFactory(cell -> new SimpleObjectProperty<>(value.apply(cell.getValue())));
        return column;
    }

    /** Reads: sparkline of reads per minute and the last minute's count. RSSI: sparkline of the per-minute mean and the text. */
    private static TableColumn<FleetRow, FleetRow> sparkColumn(String title, double width, Color color, boolean reads) {
        TableColumn<FleetRow, FleetRow> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        column.setComparator(
                reads ? Comparator.comparingLong(FleetRow::reads1m) : Comparator.comparing(FleetRow::rssi));
        column.setCellFactory(c -> new TableCell<>() {
            private final Sparkline line = new Sparkline(70, 16, color);

            @Override
            protected void updateItem(FleetRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                line.draw(reads ? row.readsPerMinute() : row.rssiPerMinute(), reads);
                setGraphic(line);
                setText(reads ? row.reads1m() + "/min" : row.rssi());
            }
        });
        return column;
    }

    public void setEmptyText(String text) {
        placeholder.setText(text);
    }

    public void setOnShowTopics(Consumer<String> action) {
        this.onShowTopics = action;
    }

    public void setOnShowEvents(Consumer<String> action) {
        this.onShowEvents = action;
    }

    /** Gets the reader's ID and its busiest RSSI interface. */
    public void setOnChartRssi(BiConsumer<String, String> action) {
        this.onChartRssi = action;
    }

    public ReadOnlyStringProperty selectedReaderProperty() {
        return selectedReader.getReadOnlyProperty();
    }

    public TableView<FleetRow> table() {
        return table;
    }

    public ListView<FleetRow.TimelineItem> timeline() {
        return timeline;
    }

    /** A coloured dot and the state's words; "stale" wins over what the last STATUS said. */
    private static final class StateCell extends TableCell<FleetRow, FleetRow> {
        private final Circle dot = new Circle(5);

        @Override
        protected void updateItem(FleetRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String style = row.stale() ? "stale" : row.state().name().toLowerCase();
            dot.getStyleClass().setAll("state-dot", "state-" + style);
            setGraphic(dot);
            setText(
                    row.stale()
                            ? "stale (" + row.state().label() + ")"
                            : row.state().label());
        }
    }
}
