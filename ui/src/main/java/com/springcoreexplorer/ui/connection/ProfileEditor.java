package com.springcoreexplorer.ui.connection;

import com.springcoreexplorer.ui.fx.FxThread;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
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
 * The profile editor: every field checked as the user types (the message right under the field),
 * defaults a SpringCore user expects (port 8883, MQTT 5, client ID = the certificate's CN), and
 * "Test connection" showing each doctor step live with its tick or cross, explanation and fix.
 */
public final class ProfileEditor extends BorderPane {

    private final ConnectionViewModel model;
    private final String originalName;
    private final TextField name = new TextField();
    private final TextField host = new TextField();
    private final TextField port = new TextField();
    private final ComboBox<ConnectionService.IdentityChoice> identity = new ComboBox<>();
    private final TextField clientId = new TextField();
    private final CheckBox mqtt5 = new CheckBox("MQTT 5 (recommended: only MQTT 5 reports refused publishes)");
    private final TextField prefix = new TextField();
    private final TextArea subscriptions = new TextArea();
    private final TextField anchors = new TextField();
    private final TextField sessionMinutes = new TextField();
    private final Label sessionHint = new Label();
    /** The stored expiry and how it was first shown: an untouched field keeps seconds that are not whole minutes. */
    private final long startSessionSeconds;

    private final String startSessionText;
    private final Map<String, Label> errors = new HashMap<>();
    // validation speaks about a field once the user typed in it (or pressed Save): a new form opens without red
    private final Set<String> touched = new java.util.HashSet<>();
    private boolean showAllProblems;
    private final ObservableList<DoctorStep> steps = FXCollections.observableArrayList();
    private final Button save = new Button("Save");
    private final Button test = new Button("Test connection");
    private final Label result = new Label();
    private Runnable onClose = () -> {};

    public ProfileEditor(ConnectionViewModel model, ProfileForm existing) {
        this.model = model;
        this.originalName = existing == null ? null : existing.name();
        ProfileForm start = existing == null ? ProfileForm.blank() : existing;
        getStyleClass().add("profile-editor");
        setPadding(new Insets(14));

        name.setId("profileName");
        name.setText(start.name());
        host.setId("profileHost");
        host.setText(start.host());
        host.setPromptText("broker.example.com");
        port.setId("profilePort");
        port.setText(Integer.toString(start.port()));
        identity.setId("profileIdentity");
        identity.setItems(model.identities());
        identity.setPromptText(
                model.identities().isEmpty() ? "No certificate yet: import one first" : "Choose a certificate");
        identity.setCellFactory(list -> new IdentityCell());
        identity.setButtonCell(new IdentityCell());
        identity.setMaxWidth(Double.MAX_VALUE);
        model.identities().stream()
                .filter(choice -> choice.name().equals(start.identity()))
                .findFirst()
                .ifPresent(identity::setValue);
        clientId.setId("profileClientId");
        clientId.setText(start.clientId());
        mqtt5.setId("profileMqtt5");
        mqtt5.setSelected(start.mqtt5());
        mqtt5.setWrapText(true);
        prefix.setId("profilePrefix");
        prefix.setText(start.topicPrefix());
        subscriptions.setId("profileSubscriptions");
        subscriptions.setPrefRowCount(2);
        subscriptions.setText(String.join("\n", start.subscriptions()));
        anchors.setId("profileAnchors");
        anchors.setText(String.join(", ", start.trustAnchors()));
        anchors.setPromptText("all stored trust anchors");
        startSessionSeconds = start.sessionExpirySeconds();
        // whole minutes, rounded up; MQTT 5's "no limit" (4294967295 s) shows as the largest number of minutes
        startSessionText =
                Long.toString(Math.min((startSessionSeconds + 59) / 60, ProfileValidation.MAX_SESSION_MINUTES));
        sessionMinutes.setId("profileSessionMinutes");
        sessionMinutes.setText(startSessionText);
        sessionMinutes.setPrefWidth(80);
        sessionHint.setId("sessionHint");
        sessionHint.getStyleClass().add("muted");
        sessionHint.setWrapText(true);
        // the hint runs over a few lines: never cut it short
        sessionHint.setMinHeight(Region.USE_PREF_SIZE);

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

        // a plain box of wrapping labels, not a list of cells: a long explanation and its fix show whole
        VBox stepBox = new VBox(4);
        stepBox.setId("doctorSteps");
        stepBox.setPadding(new Insets(6));
        Label stepsPlaceholder = new Label("Test connection checks name resolution, TCP, TLS, your certificate, "
                + "CONNECT and the subscriptions, step by step.");
        stepsPlaceholder.setWrapText(true);
        stepsPlaceholder.getStyleClass().add("muted");
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
        result.setId("doctorResult");
        result.setWrapText(true);

        test.setId("testConnectionButton");
        test.setOnAction(event -> runTest());
        save.setId("saveProfileButton");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(event -> {
            showAllProblems = true;
            save();
        });
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

        Map<String, javafx.beans.Observable> inputs = Map.of(
                "name",
                name.textProperty(),
                "host",
                host.textProperty(),
                "port",
                port.textProperty(),
                "identity",
                identity.valueProperty(),
                "clientId",
                clientId.textProperty(),
                "prefix",
                prefix.textProperty(),
                "subscriptions",
                subscriptions.textProperty(),
                "protocol",
                mqtt5.selectedProperty(),
                "session",
                sessionMinutes.textProperty());
        inputs.forEach((key, input) -> input.addListener(observable -> {
            touched.add(key);
            validate();
        }));
        identity.valueProperty()
                .addListener((obs, old, value) -> clientId.setPromptText(
                        value == null ? "the certificate's CN" : value.commonName() + " (the certificate's CN)"));
        clientId.setPromptText(
                identity.getValue() == null
                        ? "the certificate's CN"
                        : identity.getValue().commonName() + " (the certificate's CN)");
        validate();
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
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        errors.put(key, error);
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    /** The form as typed. */
    public ProfileForm form() {
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            portNumber = -1;
        }
        List<String> anchorNames = Arrays.stream(anchors.getText().split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        List<String> filters = Arrays.stream(subscriptions.getText().split("\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new ProfileForm(
                name.getText().strip(),
                host.getText().strip(),
                portNumber,
                identity.getValue() == null ? "" : identity.getValue().name(),
                anchorNames,
                clientId.getText().strip(),
                mqtt5.isSelected(),
                prefix.getText().strip(),
                filters,
                sessionSeconds());
    }

    /** The minutes as seconds; text that is not a valid number counts as 0 (validation says what is wrong). */
    private long sessionSeconds() {
        String text = sessionMinutes.getText().strip();
        if (text.equals(startSessionText)) {
            return startSessionSeconds;
        }
        if (text.isEmpty() || ProfileValidation.sessionMinutesProblem(text) != null) {
            return 0;
        }
        return Long.parseLong(text) * 60;
    }

    /** What keeping the session means, for the current protocol and minutes. */
    private String sessionHintText() {
        long seconds = sessionSeconds();
        if (ProfileValidation.sessionMinutesProblem(sessionMinutes.getText()) != null || seconds == 0) {
            return "0: start clean each time. Above 0, the broker keeps your subscriptions and queues QoS 1/2 "
                    + "messages while you are offline; they arrive in order when you reconnect.";
        }
        if (!mqtt5.isSelected()) {
            return "MQTT 3.1.1 has no time limit: the broker keeps the session (clean session off) until you connect "
                    + "with 0 here, whatever the minutes.";
        }
        String howLong = seconds >= 0xFFFF_FFFFL
                ? " with no time limit"
                : " for up to " + (seconds % 60 == 0 ? seconds / 60 + " minutes" : seconds + " s");
        return "While you are offline the broker keeps your subscriptions and queues QoS 1/2 messages" + howLong
                + "; they arrive in order when you reconnect.";
    }

    private Map<String, String> validate() {
        Set<String> taken = model.profiles().stream()
                .map(ProfileForm::name)
                .filter(existing -> !existing.equals(originalName))
                .collect(Collectors.toSet());
        Map<String, String> problems = new java.util.LinkedHashMap<>(
                ProfileValidation.problems(form(), port.getText(), taken, subscriptions.getText()));
        String sessionProblem = ProfileValidation.sessionMinutesProblem(sessionMinutes.getText());
        if (sessionProblem != null) {
            problems.put("session", sessionProblem);
        }
        sessionHint.setText(sessionHintText());
        // an untouched new form shows no red: the fields say what they need once the user starts
        errors.forEach((key, label) ->
                label.setText(showAllProblems || touched.contains(key) ? problems.getOrDefault(key, "") : ""));
        if (!mqtt5.isSelected()) {
            errors.get("protocol").setText("MQTT 3.1.1: the broker drops refused publishes silently; they look sent");
            errors.get("protocol").getStyleClass().setAll("label", "field-warning");
        } else {
            errors.get("protocol").getStyleClass().setAll("label", "field-error");
        }
        // Save is blocked by a problem the form shows (an untouched new form keeps Save: pressing it shows all)
        save.setDisable(problems.keySet().stream().anyMatch(key -> showAllProblems || touched.contains(key)));
        test.setDisable(problems.keySet().stream().anyMatch(key -> !key.equals("name")));
        return problems;
    }

    private void runTest() {
        steps.clear();
        result.setText("Testing...");
        result.getStyleClass().removeAll("outcome-accepted", "outcome-failed");
        test.setDisable(true);
        model.service()
                .test(form(), step -> FxThread.later(() -> upsert(step)))
                .whenComplete((passed, failure) -> FxThread.later(() -> {
                    test.setDisable(false);
                    boolean ok = failure == null && Boolean.TRUE.equals(passed);
                    result.setText(
                            ok
                                    ? "All checks passed: this profile connects."
                                    : failure != null
                                            ? "The test stopped: " + failure.getMessage()
                                            : "The connection fails: see the step marked with a cross for what to do.");
                    result.getStyleClass().add(ok ? "outcome-accepted" : "outcome-failed");
                }));
    }

    private void upsert(DoctorStep step) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(step.id())) {
                steps.set(i, step);
                return;
            }
        }
        steps.add(step);
    }

    private void save() {
        if (!validate().isEmpty()) {
            return;
        }
        save.setDisable(true);
        model.save(form(), problem -> {
            save.setDisable(false);
            if (problem == null) {
                onClose.run();
            } else {
                errors.getOrDefault(problem.field(), errors.get("name")).setText(problem.getMessage());
            }
        });
    }

    public ObservableList<DoctorStep> steps() {
        return steps;
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
