package com.springcoreexplorer.ui.connection;

import com.springcoreexplorer.certstore.Role;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/**
 * The top bar: profile, connect/disconnect, state with a coloured dot (and the reconnect countdown),
 * the role badge, and the last problem in words. Extra buttons (certificates, theme) go on the right.
 */
public final class ConnectionBar extends HBox {

    private final ComboBox<String> profile = new ComboBox<>();
    private final Button connect = new Button("Connect");
    // short words: at 1024 px the whole bar (and a long state) fits on one line
    private final Button newProfile = new Button("New...");
    private final Button editProfile = new Button("Edit...");
    private final Label state = new Label();
    private final Circle dot = new Circle(5);
    private final Label role = new Label();
    private final Label problem = new Label();
    private final HBox right = new HBox(6);

    public ConnectionBar(ConnectionViewModel model) {
        getStyleClass().add("connection-bar");
        setId("connectionBar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        setPadding(new Insets(6, 10, 6, 10));

        profile.setId("profileChoice");
        profile.setPromptText("No profile yet");
        profile.setPrefWidth(190);
        profile.setMinWidth(160);
        model.profiles().addListener((javafx.collections.ListChangeListener<ProfileForm>) change -> profile.getItems()
                .setAll(model.profiles().stream().map(ProfileForm::name).toList()));
        profile.getItems()
                .setAll(model.profiles().stream().map(ProfileForm::name).toList());
        // "" in the model is no choice (null here), so the prompt shows
        profile.setValue(
                model.selectedProfileProperty().get().isEmpty()
                        ? null
                        : model.selectedProfileProperty().get());
        profile.valueProperty()
                .addListener(
                        (obs, old, value) -> model.selectedProfileProperty().set(value == null ? "" : value));
        model.selectedProfileProperty()
                .addListener((obs, old, value) -> profile.setValue(value == null || value.isEmpty() ? null : value));
        profile.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.statusProperty().get().phase() != ConnectionStatus.Phase.DISCONNECTED,
                        model.statusProperty()));
        profile.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || item.isEmpty() ? profile.getPromptText() : item);
            }
        });

        connect.setId("connectButton");
        connect.getStyleClass().add("accent");
        connect.setTooltip(new Tooltip("Connect or disconnect (Ctrl+K)"));
        connect.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.statusProperty().get().phase() == ConnectionStatus.Phase.DISCONNECTED
                                ? "Connect"
                                : model.statusProperty().get().phase() == ConnectionStatus.Phase.CONNECTED
                                        ? "Disconnect"
                                        : "Cancel",
                        model.statusProperty()));
        connect.setOnAction(event -> model.toggleConnection());
        com.springcoreexplorer.ui.fx.FixedWidth.forTexts(connect, "Connect", "Disconnect", "Cancel");
        connect.disableProperty()
                .bind(model.busyProperty()
                        .and(Bindings.createBooleanBinding(
                                () -> model.statusProperty().get().phase() == ConnectionStatus.Phase.DISCONNECTED,
                                model.statusProperty()))
                        .or(model.selectedProfileProperty().isEmpty()));
        newProfile.setId("newProfileButton");
        newProfile.setTooltip(new Tooltip("New connection profile"));
        for (javafx.scene.control.Control control : java.util.List.of(newProfile, editProfile, role, state)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        editProfile.setId("editProfileButton");
        editProfile.disableProperty().bind(model.selectedProfileProperty().isEmpty());

        state.setId("connectionState");
        state.getStyleClass().add("connection-state");
        // in a narrow bar the state keeps its first words ("Connected"); the status bar and the tooltip say it all
        state.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> getWidth() < FULL_STATE_WIDTH
                                ? shortState(model.stateTextProperty().get())
                                : model.stateTextProperty().get(),
                        widthProperty(),
                        model.stateTextProperty()));
        state.tooltipProperty()
                .bind(Bindings.createObjectBinding(
                        () -> new Tooltip(model.stateTextProperty().get()), model.stateTextProperty()));
        dot.getStyleClass().add("state-dot");
        state.setGraphic(dot);
        model.statusProperty().addListener((obs, old, value) -> showStatus(value));
        showStatus(model.statusProperty().get());

        role.setId("roleBadge");
        problem.setId("connectionProblem");
        // a problem in red, else the neutral notice; both wrap so the fix is never cut off
        problem.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.problemProperty().get().isEmpty()
                                ? model.noticeProperty().get()
                                : model.problemProperty().get(),
                        model.problemProperty(),
                        model.noticeProperty()));
        model.problemProperty().addListener((obs, old, value) -> styleProblem(value.isEmpty()));
        styleProblem(model.problemProperty().get().isEmpty());
        problem.setWrapText(true);
        problem.setMinWidth(0);
        // a small preferred width: the buttons keep theirs and the message takes (and wraps in) what is left
        problem.setPrefWidth(160);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(problem, Priority.ALWAYS);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.tooltipProperty()
                .bind(Bindings.createObjectBinding(
                        () -> problem.getText().isEmpty() ? null : new Tooltip(problem.getText()),
                        problem.textProperty()));
        right.setAlignment(Pos.CENTER_RIGHT);
        Region gap = new Region();
        gap.setMinWidth(4);
        Label profileLabel = new Label("Profile");
        profileLabel.setMinWidth(Region.USE_PREF_SIZE);
        right.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) change ->
                right.getChildren().forEach(node -> {
                    if (node instanceof javafx.scene.control.Control control) {
                        control.setMinWidth(Region.USE_PREF_SIZE);
                    }
                }));
        right.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(profileLabel, profile, editProfile, newProfile, connect, gap, state, role, problem, right);
    }

    private void showStatus(ConnectionStatus value) {
        dot.getStyleClass().setAll("state-dot", "phase-" + value.phase().name().toLowerCase());
        Role current = value.connected() ? value.role() : null;
        role.setVisible(current != null);
        role.setManaged(current != null);
        if (current != null) {
            role.setText(RoleBadges.label(current));
            role.getStyleClass().setAll("label", "role-badge", RoleBadges.styleClass(current));
            role.setTooltip(new Tooltip(RoleBadges.meaning(current)));
        }
    }

    /** Narrower than this, the state shows its first words only. */
    static final double FULL_STATE_WIDTH = 1150;

    static String shortState(String full) {
        for (String joint : new String[] {" as ", " to "}) {
            int cut = full.indexOf(joint);
            if (cut > 0) {
                return full.substring(0, cut) + (full.endsWith("...") ? "..." : "");
            }
        }
        return full;
    }

    private void styleProblem(boolean notice) {
        problem.getStyleClass().removeAll("connection-problem", "connection-notice");
        problem.getStyleClass().add(notice ? "connection-notice" : "connection-problem");
    }

    /** Buttons added at the right end (certificates, theme). */
    public HBox rightSide() {
        return right;
    }

    public Button connectButton() {
        return connect;
    }

    public Button newProfileButton() {
        return newProfile;
    }

    public Button editProfileButton() {
        return editProfile;
    }
}
