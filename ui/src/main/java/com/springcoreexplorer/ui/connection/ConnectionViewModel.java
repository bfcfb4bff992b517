package com.springcoreexplorer.ui.connection;

import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.ui.fx.Background;
import com.springcoreexplorer.ui.fx.FxThread;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connection bar's state: profiles, the chosen one, the live connection status with a reconnect
 * countdown, and the last problem in words. Engine calls run on workers; status changes arrive on
 * engine threads and are moved to the FX thread here (they are rare: no coalescing needed).
 */
public final class ConnectionViewModel {

    private final ConnectionService service;
    private final Background background;
    private final ObservableList<ProfileForm> profiles = FXCollections.observableArrayList();
    private final ObservableList<ConnectionService.IdentityChoice> identities = FXCollections.observableArrayList();
    private final ObservableList<String> trustAnchors = FXCollections.observableArrayList();
    private final StringProperty selectedProfile = new SimpleStringProperty("");
    private final ObjectProperty<ConnectionStatus> status = new SimpleObjectProperty<>(ConnectionStatus.NOT_CONNECTED);
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper("Not connected");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Timeline countdown =
            new Timeline(new KeyFrame(javafx.util.Duration.millis(250), event -> refreshStateText()));

    public ConnectionViewModel(ConnectionService service, Background background) {
        this.service = service;
        this.background = background;
        countdown.setCycleCount(Timeline.INDEFINITE);
        service.onStatus(next -> FxThread.later(() -> applyStatus(next)));
    }

    /** FX thread: (re)loads profiles, identities and trust anchors on a worker. */
    public void reload() {
        FxThread.check("ConnectionViewModel.reload");
        background.run(
                () -> {
                    try {
                        return new Loaded(service.profiles(), service.identities(), service.trustAnchors(), "");
                    } catch (UserFacingException e) {
                        return new Loaded(List.of(), List.of(), List.of(), e.getMessage());
                    }
                },
                outcome -> {
                    if (!outcome.ok()) {
                        problem.set(
                                "Could not load profiles: " + outcome.failure().getMessage());
                        return;
                    }
                    Loaded loaded = outcome.value();
                    profiles.setAll(loaded.profiles);
                    identities.setAll(loaded.identities);
                    trustAnchors.setAll(loaded.anchors);
                    if (!loaded.problem.isEmpty()) {
                        problem.set(loaded.problem);
                    }
                    if (profiles.stream().noneMatch(profile -> profile.name().equals(selectedProfile.get()))) {
                        selectedProfile.set(
                                profiles.isEmpty() ? "" : profiles.getFirst().name());
                    }
                });
    }

    private record Loaded(
            List<ProfileForm> profiles,
            List<ConnectionService.IdentityChoice> identities,
            List<String> anchors,
            String problem) {}

    /** FX thread: connects with the selected profile, or disconnects when connected or trying. */
    public void toggleConnection() {
        FxThread.check("ConnectionViewModel.toggleConnection");
        if (status.get().phase() != ConnectionStatus.Phase.DISCONNECTED) {
            disconnect();
        } else {
            connect();
        }
    }

    public void connect() {
        String profile = selectedProfile.get();
        if (profile == null || profile.isEmpty()) {
            problem.set(
                    identities.isEmpty()
                            ? "No certificate yet: import one in Certificates, then create a profile."
                            : "No profile yet: create one with New... next to Profile.");
            return;
        }
        follow(service.connect(profile));
    }

    /**
     * FX thread: shows a connect attempt as this bar's own (busy until it ends, then its failure, if any,
     * as the problem); also for one started elsewhere, as the demo's connect before the first frame.
     */
    public void follow(CompletableFuture<Void> attempt) {
        FxThread.check("ConnectionViewModel.follow");
        problem.set("");
        busy.set(true);
        attempt.whenComplete((ok, failure) -> FxThread.later(() -> {
            busy.set(false);
            if (failure != null) {
                Throwable cause =
                        failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                                ? failure.getCause()
                                : failure;
                problem.set(cause.getMessage());
            }
        }));
    }

    public void disconnect() {
        busy.set(true);
        service.disconnect().whenComplete((ok, failure) -> FxThread.later(() -> busy.set(false)));
    }

    /** FX thread: a new state from the engine. */
    public void applyStatus(ConnectionStatus next) {
        FxThread.check("ConnectionViewModel.applyStatus");
        status.set(next);
        if (!next.problem().isEmpty()) {
            problem.set(next.problem());
        } else if (next.connected()) {
            problem.set("");
        }
        if (next.phase() == ConnectionStatus.Phase.RECONNECTING) {
            countdown.play();
        } else {
            countdown.stop();
        }
        refreshStateText();
    }

    private void refreshStateText() {
        ConnectionStatus current = status.get();
        stateText.set(describe(current, Instant.now()));
    }

    static String describe(ConnectionStatus status, Instant now) {
        return switch (status.phase()) {
            case DISCONNECTED -> "Not connected";
            case CONNECTING -> "Connecting to " + status.profile() + "...";
            case CONNECTED ->
                "Connected as " + status.clientId() + (status.sessionPresent() ? ", session resumed" : "");
            case RECONNECTING -> {
                Duration left = status.retryIn().minus(Duration.between(status.at(), now));
                long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
                yield "Reconnecting in " + seconds + " s (attempt " + status.attempt() + ")";
            }
        };
    }

    /** FX thread: saves a profile on a worker; {@code done} gets null, or the problem with the field it belongs to. */
    public void save(ProfileForm profile, java.util.function.Consumer<UserFacingException> done) {
        background.run(
                () -> {
                    try {
                        service.save(profile);
                        return (UserFacingException) null;
                    } catch (UserFacingException e) {
                        return e;
                    }
                },
                outcome -> {
                    UserFacingException result = outcome.ok()
                            ? outcome.value()
                            : new UserFacingException(
                                    "", String.valueOf(outcome.failure().getMessage()));
                    if (result == null) {
                        selectedProfile.set(profile.name());
                        reload();
                    }
                    done.accept(result);
                });
    }

    /** FX thread: removes a profile on a worker. */
    public void remove(String name) {
        background.run(
                () -> {
                    try {
                        service.remove(name);
                        return "";
                    } catch (UserFacingException e) {
                        return e.getMessage();
                    }
                },
                outcome -> {
                    if (outcome.ok() && !outcome.value().isEmpty()) {
                        problem.set(outcome.value());
                    }
                    reload();
                });
    }

    public ConnectionService service() {
        return service;
    }

    public ProfileForm profile(String name) {
        return profiles.stream()
                .filter(profile -> profile.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    public ObservableList<ProfileForm> profiles() {
        return profiles;
    }

    public ObservableList<ConnectionService.IdentityChoice> identities() {
        return identities;
    }

    public ObservableList<String> trustAnchors() {
        return trustAnchors;
    }

    public StringProperty selectedProfileProperty() {
        return selectedProfile;
    }

    public ObjectProperty<ConnectionStatus> statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public StringProperty problemProperty() {
        return problem;
    }
    /** Neutral progress ("Starting the demo: broker, readers 3/5"), shown where a problem would be when there is none. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public Role role() {
        return status.get().role();
    }
}
