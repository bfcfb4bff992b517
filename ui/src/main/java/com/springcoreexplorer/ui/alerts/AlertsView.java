package com.springcoreexplorer.ui.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The alert list: newest first, unacknowledged in bold; acknowledge one (double-click) or all; edit the rules. */
public final class AlertsView extends VBox {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final TableView<AlertsViewModel.Item> table = new TableView<>();
    private final Button rules = new Button("Rules...");

    public AlertsView(AlertsViewModel model) {
        getStyleClass().add("alerts-view");
        table.setId("alertTable");
        table.getStyleClass().add("dense");
        table.setItems(model.items());
        table.getColumns()
                .add(column("Time", 80, item -> TIME.format(item.alert().at())));
        table.getColumns().add(column("Alert", 70, item -> item.alert().kind()));
        table.getColumns().add(column("Reader", 92, item -> item.alert().device()));
        table.getColumns().add(column("Detail", 320, item -> item.alert().detail()));
        table.getColumns().add(column("Rule", 160, item -> item.alert().rule()));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label empty = new Label(
                "No alert. Readers that reboot, drop out or go silent, and your own rules, raise alerts here.");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.setRowFactory(view -> {
            TableRow<AlertsViewModel.Item> row = new TableRow<>() {
                @Override
                protected void updateItem(AlertsViewModel.Item item, boolean emptyRow) {
                    super.updateItem(item, emptyRow);
                    getStyleClass().remove("alert-unacknowledged");
                    if (!emptyRow && item != null && !item.acknowledged()) {
                        getStyleClass().add("alert-unacknowledged");
                    }
                    setTooltip(
                            emptyRow || item == null
                                    ? null
                                    : new Tooltip(item.alert().title() + "\n"
                                            + item.alert().detail()
                                            + (item.alert().rule().isEmpty()
                                                    ? ""
                                                    : "\nrule: " + item.alert().rule())));
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && row.getItem() != null) {
                    model.acknowledge(row.getItem());
                }
            });
            return row;
        });

        Button acknowledge = new Button("Acknowledge");
        acknowledge.setId("acknowledgeAlert");
        acknowledge.setTooltip(new Tooltip("Mark the selected alert as seen (or double-click it)"));
        acknowledge
                .disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        acknowledge.setOnAction(event -> {
            AlertsViewModel.Item item = table.getSelectionModel().getSelectedItem();
            if (item != null) {
                model.acknowledge(item);
            }
        });
        Button all = new Button("Acknowledge all");
        all.setId("acknowledgeAllAlerts");
        all.disableProperty().bind(model.unacknowledgedProperty().isEqualTo(0));
        all.setOnAction(event -> model.acknowledgeAll());
        rules.setId("alertRules");
        rules.setTooltip(new Tooltip("The alert rules of the selected profile"));
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.unacknowledgedProperty().get() == 0
                                ? ""
                                : model.unacknowledgedProperty().get() + " new",
                        model.unacknowledgedProperty()));
        // the left pane is narrow: the buttons wrap rather than shrink to "..."
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 4, acknowledge, all, rules, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    private static TableColumn<AlertsViewModel.Item, String> column(
            String title, double width, Function<AlertsViewModel.Item, String> value) {
        TableColumn<AlertsViewModel.Item, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new SimpleObjectProperty<>(value.apply(cell.getValue())));
        return column;
    }

    public Button rulesButton() {
        return rules;
    }

    public TableView<AlertsViewModel.Item> table() {
        return table;
    }

    static String time(Instant at) {
        return TIME.format(at);
    }
}
