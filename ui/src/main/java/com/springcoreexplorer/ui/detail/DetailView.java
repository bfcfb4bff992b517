package com.springcoreexplorer.ui.detail;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.topic.BinaryTopic;
import com.springcoreexplorer.ui.fx.DeferredContent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The selected message: value (pretty JSON / text), hex, MQTT 5 properties, diff to the previous one, and the topic's history. */
public final class DetailView extends VBox {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final DetailViewModel model;
    private final Label topic = new Label();
    private final Label facts = new Label();
    /** For SpringCard's binary topics: their purpose and direction ("CCID protocol, PC_To_RDR (host to device, ...)"). */
    private final Label topicKind = new Label();

    private final Label truncated = new Label("truncated");
    private final TextArea value = area("valueText");
    private final TextArea hex = area("hexText");
    private final TextArea properties = area("propertiesText");
    private final TextArea diff = area("diffText");
    private final ListView<MessageView> historyList = new ListView<>();
    private final Label empty = new Label("Select a topic or a tag event to see its messages here.");
    /** Charts the number under the caret in the value (a JSON pointer); disabled elsewhere. */
    private final javafx.scene.control.Button chartValue = new javafx.scene.control.Button("Chart a value");

    private java.util.function.BiConsumer<String, String> onChartValue = (topic, pointer) -> {};

    public DetailView(DetailViewModel model) {
        this.model = model;
        getStyleClass().add("detail-view");
        topic.getStyleClass().add("detail-topic");
        facts.getStyleClass().add("muted");
        truncated.getStyleClass().add("badge-warning");
        truncated.setVisible(false);
        truncated.managedProperty().bind(truncated.visibleProperty());
        topicKind.setId("detailTopicKind");
        // the topic keeps its full width; the badge gives way (its tooltip holds the whole text)
        topic.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        topicKind.setMinWidth(0);
        javafx.scene.control.Tooltip kindTip = new javafx.scene.control.Tooltip();
        kindTip.textProperty().bind(topicKind.textProperty());
        topicKind.setTooltip(kindTip);
        topicKind.getStyleClass().add("badge-info");
        topicKind.managedProperty().bind(topicKind.textProperty().isNotEmpty());
        topicKind.visibleProperty().bind(topicKind.managedProperty());
        topicKind
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> BinaryTopic.ofTopic(model.topicProperty().get())
                                .map(BinaryTopic::label)
                                .orElse(""),
                        model.topicProperty()));
        chartValue.setId("chartValue");
        chartValue.setDisable(true);
        chartValue.setTooltip(new javafx.scene.control.Tooltip(
                "Click a number in the value, then chart it over time (or double-click the number)"));
        chartValue.setOnAction(event -> chartPicked());
        value.caretPositionProperty().addListener((obs, old, caret) -> {
            java.util.Optional<String> pointer = pickedPointer();
            chartValue.setDisable(pointer.isEmpty());
            chartValue.setText(pointer.map(p -> "Chart " + p).orElse("Chart a value"));
        });
        value.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                chartPicked();
            }
        });
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, topic, topicKind, truncated, facts, grow, chartValue);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 8, 4, 8));

        TabPane tabs = new TabPane(
                new Tab("Value", value),
                deferredTab("Hex", hex),
                deferredTab("Properties", properties),
                deferredTab("Diff to previous", diff));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("detailTabs");

        historyList.setId("historyList");
        historyList.setItems(model.history());
        historyList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MessageView message, boolean emptyCell) {
                super.updateItem(message, emptyCell);
                setText(
                        emptyCell || message == null
                                ? null
                                : TIME.format(message.message().receivedAt()) + "  " + message.originalPayloadSize()
                                        + " B" + (message.message().retain() ? "  R" : ""));
            }
        });
        historyList.setPlaceholder(new Label("No messages"));
        historyList.getSelectionModel().selectedItemProperty().addListener((obs, old, message) -> {
            if (message != null && message != model.selectedProperty().get()) {
                model.selectedProperty().set(message);
            }
        });
        model.selectedProperty().addListener((obs, old, message) -> show(message));
        SplitPane split = new SplitPane(historyList, tabs);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(historyList, false);

        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        StackPane stack = new StackPane(empty);
        BooleanBinding hasTopic = model.topicProperty().isNotEmpty();
        empty.visibleProperty().bind(hasTopic.not());
        split.visibleProperty().bind(hasTopic);
        // nothing to show before the first topic: its text areas get their skins then, not at start-up
        DeferredContent.whenFirstTrue(hasTopic, () -> stack.getChildren().add(0, split));
        VBox.setVgrow(stack, Priority.ALWAYS);
        topic.textProperty().bind(model.topicProperty());
        getChildren().addAll(header, stack);
    }

    private static TextArea area(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("mono");
        return area;
    }

    private void show(MessageView message) {
        if (message == null) {
            value.clear();
            hex.clear();
            properties.clear();
            diff.clear();
            facts.setText("");
            truncated.setVisible(false);
            return;
        }
        if (historyList.getSelectionModel().getSelectedItem() != message) {
            historyList.getSelectionModel().select(message);
        }
        InboundMessage inbound = message.message();
        facts.setText(TIME.format(inbound.receivedAt()) + "  QoS " + inbound.qos()
                + (inbound.retain() ? "  retained" : "") + "  " + message.originalPayloadSize() + " bytes");
        truncated.setVisible(message.truncated());
        if (message.truncated()) {
            truncated.setText(
                    "truncated: " + inbound.payload().length + " of " + message.originalPayloadSize() + " bytes kept");
        }
        String readable = PayloadFormats.readable(inbound.payload());
        value.setText(readable);
        hex.setText(PayloadFormats.hexDump(inbound.payload()));
        properties.setText(describe(inbound.properties()));
        MessageView previous = model.previousOfSelected();
        diff.setText(
                previous == null
                        ? "(no earlier message on this topic)"
                        : String.join(
                                "\n",
                                PayloadFormats.lineDiff(
                                        PayloadFormats.readable(
                                                previous.message().payload()),
                                        readable)));
    }

    static String describe(InboundMessage.MessageProperties props) {
        StringBuilder text = new StringBuilder();
        line(text, "Content type", props.contentType());
        line(text, "Response topic", props.responseTopic());
        line(text, "Message expiry", props.messageExpirySeconds() == null ? null : props.messageExpirySeconds() + " s");
        line(
                text,
                "Payload is UTF-8",
                props.payloadIsUtf8() == null ? null : props.payloadIsUtf8().toString());
        List<Map.Entry<String, String>> user = props.userProperties();
        for (Map.Entry<String, String> entry : user) {
            line(text, "User property " + entry.getKey(), entry.getValue());
        }
        return text.isEmpty() ? "(no MQTT 5 properties)" : text.toString();
    }

    private static void line(StringBuilder text, String name, String value) {
        if (value != null) {
            text.append(name).append(": ").append(value).append('\n');
        }
    }

    private java.util.Optional<String> pickedPointer() {
        return com.springcoreexplorer.ui.charts.JsonValuePicker.numberAt(value.getText(), value.getCaretPosition());
    }

    private void chartPicked() {
        MessageView shown = model.selectedProperty().get();
        pickedPointer()
                .ifPresent(pointer -> onChartValue.accept(
                        shown != null ? shown.topic() : model.topicProperty().get(), pointer));
    }

    /** Gets (topic, JSON pointer) when the user charts a number of the shown message. */
    public void setOnChartValue(java.util.function.BiConsumer<String, String> action) {
        this.onChartValue = action;
    }

    public javafx.scene.control.Button chartValueButton() {
        return chartValue;
    }

    public TextArea valueArea() {
        return value;
    }

    private static Tab deferredTab(String title, TextArea content) {
        Tab tab = new Tab(title);
        DeferredContent.onFirstSelection(tab, content);
        return tab;
    }
}
