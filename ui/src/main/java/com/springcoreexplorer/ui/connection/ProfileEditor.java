package com.springcoreexplorer.ui.connection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The profile editor's view: every field checked as the user types (the message right under the field),
 * defaults a SpringCore user expects (port 8883, MQTT 5, client ID = the certificate's CN), and
 * "Test connection" showing each doctor step live with its tick or cross, explanation and fix. The
 * state, validation and actions live in {@link ProfileEditorViewModel}; this class lays out and binds.
 */
public final class ProfileEditor extends BorderPane {

    private final ProfileEditorViewModel model;
    private final Map<String, Label> errors = new HashMap<>();
    private Runnable onClose = () -> {};

    public ProfileEditor(ConnectionViewModel connection, ProfileForm existing) {
        this(new ProfileEditorViewModel(connection, existing));
    }

    public ProfileEditor(ProfileEditorViewModel model) {
        this.model = model;
        getStyleClass().add("profile-editor");
        setPadding(new Insets(14));

        TextField name = new TextField();
        name.setId("profileName");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField host = new TextField();
        host.setId("profileHost");
        host.setPromptText("broker.example.com");
        host.textProperty().bindBidirectional(model.hostProperty());
        TextField port = new TextField();
        port.setId("profilePort");
        port.textProperty().bindBidirectional(model.portProperty());
        ComboBox<ConnectionService.IdentityChoice> identity = new ComboBox<>(model.identities());
        identity.setId("profileIdentity");
        identity.setPromptText(
                model.identities().isEmpty() ? "No certificate yet: import one first" : "Choose a certificate");
        identity.setCellFactory(list -> new IdentityCell());
        identity.setButtonCell(new IdentityCell());
        identity.setMaxWidth(Double.MAX_VALUE);
        identity.valueProperty().bindBidirectional(model.identityProperty());
        TextField clientId = new TextField();
        clientId.setId("profileClientId");
        clientId.textProperty().bindBidirectional(model.clientIdProperty());
        clientId.promptTextProperty().bind(model.clientIdPromptProperty());
        CheckBox mqtt5 = new CheckBox("MQTT 5 (recommended: only MQTT 5 reports refused publishes)");
        mqtt5.setId("profileMqtt5");
        mqtt5.setWrapText(true);
        mqtt5.selectedProperty().bindBidirectional(model.mqtt5Property());
        TextField prefix = new TextField();
        prefix.setId("profilePrefix");
        prefix.textProperty().bindBidirectional(model.prefixProperty());
        TextArea subscriptions = new TextArea();
        subscriptions.setId("profileSubscriptions");
        subscriptions.setPrefRowCount(2);
        subscriptions.textProperty().bindBidirectional(model.subscriptionsProperty());
        TextField anchors = new TextField();
        anchors.setId("profileAnchors");
        anchors.setPromptText("all stored trust anchors");
        anchors.textProperty().bindBidirectional(model.anchorsProperty());
        TextField sessionMinutes = new TextField();
        sessionMinutes.setId("profileSessionMinutes");
        sessionMinutes.setPrefWidth(80);
        sessionMinutes.textProperty().bindBidirectional(model.sessionMinutesProperty());
        Label sessionHint = new Label();
        sessionHint.setId("sessionHint");
        sessionHint.getStyleClass().add("muted");
        sessionHint.setWrapText(true);
        // the hint runs over a few lines: never cut it short
        sessionHint.setMinHeight(Region.USE_PREF_SIZE);
        sessionHint.textProperty().bind(model.sessionHintProperty());

        GridPane grid = new GridPane(10, 2);
        int row = 0;
        row = field(grid, row, "Name", name, "name");
        row = field(grid, row, "Broker host", host, "host");
        row = field(grid, row, "Port", port, "port");
        row = field(grid, row, "Certificate", identity, "identity");
        row = field(grid, row, "Client ID", clientId, "clientId");
        row = field(grid, row, "Protocol", mqtt5, "protocol");
        row = field(grid, row, "Topic prefix", prefix, "prefix");
        row = field(grid, row, "Subscriptions", subscriptions, "subscriptions");
        Label keep = new Label("Keep my session while offline:");
        Label minutes = new Label("minutes");
        keep.setMinWidth(Region.USE_PREF_SIZE);
        minutes.setMinWidth(Region.USE_PREF_SIZE);
        HBox session = new HBox(6, keep, sessionMinutes, minutes);
        session.setAlignment(Pos.CENTER_LEFT);
        row = field(grid, row, "Session", new VBox(2, session, sessionHint), "session");
        field(grid, row, "Trust anchors", anchors, "anchors");
        grid.getColumnConstraints()
                .addAll(
                        new javafx.scene.layout.ColumnConstraints(110),
                        new javafx.scene.layout.ColumnConstraints(200, 380, Double.MAX_VALUE));
        // MQTT 3.1.1 is allowed: its line under Protocol is a warning, not an error
        Label protocolLine = errors.get("protocol");
        Runnable protocolStyle = () -> protocolLine
                .getStyleClass()
                .setAll("label", model.protocolWarningProperty().get() ? "field-warning" : "field-error");
        model.protocolWarningProperty().addListener(observable -> protocolStyle.run());
        protocolStyle.run();

        // a plain box of wrapping labels, not a list of cells: a long explanation and its fix show whole
        VBox stepBox = new VBox(4);
        stepBox.setId("doctorSteps");
        stepBox.setPadding(new Insets(6));
        Label stepsPlaceholder = new Label("Test connection checks name resolution, TCP, TLS, your certificate, "
                + "CONNECT and the subscriptions, step by step.");
        stepsPlaceholder.setWrapText(true);
        stepsPlaceholder.getStyleClass().add("muted");
        ObservableList<DoctorStep> steps = model.steps();
        Runnable showSteps = () -> stepBox.getChildren()
                .setAll(
                        steps.isEmpty()
                                ? List.of(stepsPlaceholder)
                                : steps.stream().map(ProfileEditor::stepRow).toList());
        steps.addListener((javafx.collections.ListChangeListener<DoctorStep>) change -> showSteps.run());
        showSteps.run();
        javafx.scene.control.ScrollPane stepList = new javafx.scene.control.ScrollPane(stepBox);
        stepList.setFitToWidth(true);
        stepList.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        stepList.setPrefHeight(190);
        stepList.getStyleClass().add("doctor-steps");
        Label result = new Label();
        result.setId("doctorResult");
        result.setWrapText(true);
        result.textProperty().bind(model.testResultProperty());
        model.testOutcomeProperty().addListener((obs, old, outcome) -> {
            result.getStyleClass().removeAll("outcome-accepted", "outcome-failed");
            switch (outcome) {
                case PASSED -> result.getStyleClass().add("outcome-accepted");
                case FAILED -> result.getStyleClass().add("outcome-failed");
                default -> {}
            }
        });

        Button test = new Button("Test connection");
        test.setId("testConnectionButton");
        test.disableProperty().bind(model.testDisabledProperty());
        test.setOnAction(event -> model.test());
        Button save = new Button("Save");
        save.setId("saveProfileButton");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.saveDisabledProperty());
        save.setOnAction(event -> model.save(() -> onClose.run()));
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onClose.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, test, spacer, cancel, save);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox doctor = new VBox(6, new Label("Test connection"), stepList, result);
        VBox.setMargin(doctor, new Insets(10, 0, 10, 0));
        setCenter(new VBox(8, grid, doctor));
        setBottom(buttons);
    }

    private int field(GridPane grid, int row, String title, javafx.scene.Node input, String key) {
        Label label = new Label(title);
        label.getStyleClass().add("field-label");
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        Label error = new Label();
        error.setId(key + "Error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty(key));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        errors.put(key, error);
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    /** The form as typed. */
    public ProfileForm form() {
        return model.form();
    }

    public ObservableList<DoctorStep> steps() {
        return model.steps();
    }

    public ProfileEditorViewModel model() {
        return model;
    }

    /** Opens the editor in its own modal window. */
    public static Stage open(Window owner, ConnectionViewModel model, ProfileForm existing) {
        ProfileEditor editor = new ProfileEditor(model, existing);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(existing == null ? "New connection profile" : "Edit profile " + existing.name());
        Scene scene = new Scene(editor, 620, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        stage.setScene(scene);
        editor.onClose = stage::close;
        stage.show();
        return stage;
    }

    private static final class IdentityCell extends ListCell<ConnectionService.IdentityChoice> {
        @Override
        protected void updateItem(ConnectionService.IdentityChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item.name() + "  (CN " + item.commonName() + ")");
            setGraphic(RoleBadges.badge(item.role()));
        }
    }

    /** One doctor step: its mark, title, explanation and fix, every line wrapped (never elided). */
    private static javafx.scene.Node stepRow(DoctorStep step) {
        Label mark = new Label(
                switch (step.status()) {
                    case RUNNING -> "\u2026";
                    case PASSED -> "\u2714";
                    case FAILED -> "\u2718";
                    case SKIPPED -> "\u2013";
                    case WARNING -> "!";
                });
        mark.getStyleClass().addAll("step-mark", "step-" + step.status().name().toLowerCase());
        mark.setMinWidth(18);
        Label title = new Label(step.title());
        title.getStyleClass().add("step-title");
        VBox text = new VBox(2, title);
        if (!step.explanation().isEmpty()) {
            text.getChildren().add(wrapped(step.explanation(), "step-explanation"));
        }
        if (!step.fix().isEmpty()) {
            text.getChildren().add(wrapped("Fix: " + step.fix(), "step-fix"));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox box = new HBox(6, mark, text);
        box.getStyleClass().add("doctor-step");
        return box;
    }

    private static Label wrapped(String value, String styleClass) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
