package com.springcoreexplorer.ui.publish;

import com.springcoreexplorer.ui.fx.DeferredContent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The publish panel: topic with completion, payload editor, QoS, retain, user properties, SpringCore command form, history. */
public final class PublishView extends VBox {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final PublishViewModel model;
    private final TextField topic = new TextField();
    private final TextArea payload = new TextArea();
    private final Button publish = new Button("Publish");
    private final Label outcome = new Label();
    private final Label banner = new Label();
    private final ComboBox<String> reader = new ComboBox<>();

    public PublishView(
            PublishViewModel model,
            Supplier<List<String>> knownTopics,
            ReadOnlyStringProperty selectedReader,
            Supplier<List<String>> knownReaders) {
        this.model = model;
        getStyleClass().add("publish-view");
        setSpacing(6);
        setPadding(new Insets(8));

        Label title = new Label("Publish");
        title.getStyleClass().add("title-4");
        banner.setId("publishDisabledReason");
        banner.getStyleClass().add("banner");
        banner.setWrapText(true);
        banner.textProperty().bind(model.disabledReason());
        banner.visibleProperty().bind(model.disabledReason().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());

        topic.setId("publishTopic");
        topic.setPromptText("Topic, e.g. springcard/springcore/DA1275B0/rdr/cmd");
        topic.textProperty().bindBidirectional(model.topicProperty());
        TopicCompletion.attach(topic, knownTopics);
        Label topicProblem = problemLabel(model.topicProblemBinding(), "publishTopicProblem");
        // an empty topic is the starting point, not an error worth red text
        topicProblem
                .visibleProperty()
                .bind(model.topicProblemBinding()
                        .isNotEmpty()
                        .and(topic.textProperty().isNotEmpty()));

        ToggleGroup formats = new ToggleGroup();
        HBox formatBox = new HBox(10);
        for (PayloadFormat each : PayloadFormat.values()) {
            RadioButton button = new RadioButton(each == PayloadFormat.TEXT ? "Text" : each.name());
            button.setUserData(each);
            button.setToggleGroup(formats);
            button.setId("format" + each.name());
            formatBox.getChildren().add(button);
        }
        formats.selectToggle(
                formats.getToggles().get(model.formatProperty().get().ordinal()));
        formats.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                model.formatProperty().set((PayloadFormat) toggle.getUserData());
            }
        });
        model.formatProperty()
                .addListener((obs, old, value) ->
                        formats.selectToggle(formats.getToggles().get(value.ordinal())));

        payload.setId("publishPayload");
        payload.getStyleClass().add("mono");
        payload.setPromptText("Payload");
        payload.setPrefRowCount(5);
        payload.setWrapText(true);
        payload.textProperty().bindBidirectional(model.payloadProperty());
        Label payloadProblem = problemLabel(model.payloadProblem(), "publishPayloadProblem");

        ChoiceBox<Integer> qos = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(0, 1, 2));
        qos.setId("publishQos");
        qos.setValue(model.qosProperty().get());
        qos.valueProperty().addListener((obs, old, value) -> model.qosProperty().set(value));
        model.qosProperty().addListener((obs, old, value) -> qos.setValue(value.intValue()));
        CheckBox retain = new CheckBox("Retain");
        retain.setId("publishRetain");
        retain.selectedProperty().bindBidirectional(model.retainProperty());
        HBox options = new HBox(10, new Label("QoS"), qos, retain);
        options.setAlignment(Pos.CENTER_LEFT);

        TextArea userProperties = new TextArea();
        userProperties.setId("publishUserProperties");
        userProperties.getStyleClass().add("mono");
        userProperties.setPromptText("MQTT 5 user properties, one name=value per line");
        userProperties.setPrefRowCount(2);
        userProperties.textProperty().bindBidirectional(model.userPropertiesProperty());
        Label userPropertiesProblem = problemLabel(model.userPropertiesProblem(), "publishUserPropertiesProblem");

        publish.setId("publishButton");
        publish.getStyleClass().add("accent");
        publish.setDefaultButton(false);
        publish.setTooltip(new Tooltip("Send (Ctrl+Enter)"));
        publish.disableProperty().bind(model.canPublish().not());
        publish.setOnAction(event -> model.publish());
        Button clearRetained = new Button("Clear retained");
        clearRetained.setId("clearRetainedButton");
        clearRetained.setTooltip(
                new Tooltip("Remove the broker's retained message on this topic (empty retained publish)"));
        clearRetained
                .disableProperty()
                .bind(model.connectedProperty()
                        .not()
                        .or(model.roleProperty().isEqualTo(com.springcoreexplorer.certstore.Role.WATCHER))
                        .or(model.topicProblemBinding().isNotEmpty()));
        clearRetained.setOnAction(event -> model.clearRetained());
        HBox buttons = new HBox(8, publish, clearRetained);

        outcome.setId("publishOutcome");
        outcome.setWrapText(true);
        outcome.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.outcomeProperty().get() == null
                                ? ""
                                : model.outcomeProperty().get().message(),
                        model.outcomeProperty()));
        model.outcomeProperty().addListener((obs, old, value) -> {
            outcome.getStyleClass()
                    .removeAll("outcome-accepted", "outcome-refused", "outcome-failed", "outcome-pending");
            if (value != null) {
                outcome.getStyleClass().add("outcome-" + value.kind().name().toLowerCase());
            }
        });
        outcome.managedProperty().bind(outcome.textProperty().isNotEmpty());

        VBox editor = new VBox(
                6,
                label("Topic"),
                topic,
                topicProblem,
                label("Payload"),
                formatBox,
                payload,
                payloadProblem,
                options,
                label("User properties"),
                userProperties,
                userPropertiesProblem,
                buttons,
                outcome);
        editor.disableProperty().bind(model.disabledReason().isNotEmpty());

        TitledPane command = new TitledPane();
        command.setText("SpringCore command");
        command.setExpanded(false);
        DeferredContent.onFirstExpansion(command, commandForm(selectedReader, knownReaders));
        command.setId("commandForm");
        command.disableProperty().bind(editor.disableProperty());

        ListView<PublishViewModel.Sent> history = new ListView<>(model.history());
        history.setId("publishHistory");
        history.setPrefHeight(110);
        history.setPlaceholder(new Label("Nothing sent yet"));
        history.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PublishViewModel.Sent sent, boolean empty) {
                super.updateItem(sent, empty);
                setText(empty || sent == null ? null : TIME.format(sent.at()) + "  " + sent.topic());
            }
        });
        history.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && history.getSelectionModel().getSelectedItem() != null) {
                model.reuse(history.getSelectionModel().getSelectedItem());
            }
        });
        history.setTooltip(new Tooltip("Double-click to load a sent message back into the editor"));
        TitledPane historyPane = new TitledPane("Sent", history);
        historyPane.setExpanded(true);

        VBox content = new VBox(8, title, banner, editor, command, historyPane);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
    }

    private GridPane commandForm(ReadOnlyStringProperty selectedReader, Supplier<List<String>> knownReaders) {
        reader.setId("commandReader");
        reader.setEditable(true);
        reader.setPromptText("Reader ID");
        reader.setOnShowing(event -> reader.getItems().setAll(knownReaders.get()));
        selectedReader.addListener((obs, old, id) -> {
            if (id != null && !id.isEmpty()) {
                reader.setValue(id);
            }
        });
        // Sequence: hex as the $SCCMD page writes it (60, or 0x60), or a name the pages give; the line under it says
        // which
        TextField sequence = new TextField();
        sequence.setId("commandSequence");
        sequence.setPromptText("hex (60, 0x60) or a name (Access Granted)");
        TopicCompletion.attach(sequence, model::sequenceNames);
        Label sequenceEcho = new Label();
        sequenceEcho.setId("commandSequenceEcho");
        sequenceEcho.getStyleClass().add("muted");
        sequence.textProperty().addListener((obs, old, typed) -> {
            String echo = model.sequenceEcho(typed == null ? "" : typed);
            sequenceEcho.setText(echo);
            sequenceEcho.getStyleClass().remove("field-error");
            if (typed != null && !typed.isBlank() && echo.contains("neither")) {
                sequenceEcho.getStyleClass().add("field-error");
            }
        });
        sequenceEcho.managedProperty().bind(sequenceEcho.textProperty().isNotEmpty());
        TextField leds = new TextField();
        leds.setId("commandLeds");
        leds.setPromptText("8 hex digits, e.g. 92929292");
        TextField buzzer = new TextField();
        buzzer.setId("commandBuzzer");
        buzzer.setPromptText("ms, e.g. 100 (or hex, 0x0064)");
        CheckBox text = new CheckBox("$SCCMD text");
        text.setId("commandText");
        text.setTooltip(
                new Tooltip("Send the text form instead of JSON (the reader accepts both); it ends with CR LF"));
        ChoiceBox<CommandChecksum> checksum =
                new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(CommandChecksum.values()));
        checksum.setId("commandChecksum");
        checksum.setValue(CommandChecksum.NONE);
        checksum.setTooltip(
                new Tooltip("$SCCMD text only. Optional from host to device; when present the reader verifies it.\n"
                        + "included: XOR from '$' to '*', both included (the $SCCMD page)\n"
                        + "excluded: XOR of the characters between them (the $SCRDR 'Message structure' page)"));
        checksum.disableProperty().bind(text.selectedProperty().not());
        checksum.setMaxWidth(Double.MAX_VALUE);
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        Button fill = new Button("Put in editor");
        fill.setId("commandFill");
        fill.setOnAction(event -> {
            String readerId = reader.getEditor().getText() == null
                    ? ""
                    : reader.getEditor().getText().strip();
            problem.setText(model.fillCommand(
                    readerId,
                    sequence.getText().strip(),
                    leds.getText().strip(),
                    buzzer.getText().strip(),
                    text.isSelected(),
                    checksum.getValue()));
        });
        GridPane grid = new GridPane(8, 6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label("Reader"), reader);
        grid.addRow(1, new Label("Sequence (hex)"), sequence);
        grid.add(sequenceEcho, 1, 2);
        grid.addRow(3, new Label("LEDs"), leds);
        grid.addRow(4, new Label("Buzzer"), buzzer);
        grid.add(text, 1, 5);
        grid.addRow(6, new Label("Checksum"), checksum);
        grid.add(fill, 1, 7);
        grid.add(problem, 0, 8, 2, 1);
        return grid;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Label problemLabel(javafx.beans.value.ObservableStringValue problem, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(problem);
        label.visibleProperty()
                .bind(Bindings.createBooleanBinding(() -> !problem.get().isEmpty(), problem));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    public TextField topicField() {
        return topic;
    }

    public TextArea payloadArea() {
        return payload;
    }

    public Button publishButton() {
        return publish;
    }

    public Label outcomeLabel() {
        return outcome;
    }
}
