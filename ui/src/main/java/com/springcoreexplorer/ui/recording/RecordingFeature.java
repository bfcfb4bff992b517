package com.springcoreexplorer.ui.recording;

import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.recording.RecorderStats;
import com.springcoreexplorer.mqtt.recording.RecordingException;
import com.springcoreexplorer.mqtt.recording.RecordingQuery;
import com.springcoreexplorer.mqtt.recording.RecordingReader;
import com.springcoreexplorer.mqtt.recording.ReplaySpeed;
import com.springcoreexplorer.mqtt.recording.Replayer;
import com.springcoreexplorer.mqtt.springcore.ProfileDecoding;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.ui.connection.ConnectionStatus;
import com.springcoreexplorer.ui.engine.EngineServices;
import com.springcoreexplorer.ui.fx.Background;
import com.springcoreexplorer.ui.fx.Dialogs;
import com.springcoreexplorer.ui.fx.FxThread;
import com.springcoreexplorer.ui.live.LiveFeed;
import com.springcoreexplorer.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The flight recorder in the window: File menu (Record..., Open recording..., Search history...),
 * a Record button with the file, message count and size in the status bar, and an opened recording
 * shown read-only in the same views with a timeline under them. FX thread unless said otherwise;
 * files are opened and read on workers or on {@link RecordingPlayback}'s thread.
 */
public final class RecordingFeature {

    private final MainWindow window;
    private final EngineServices engine;
    private final Background background = new Background();
    private final MenuBar menuBar = new MenuBar();
    private final ToggleButton recordButton = new ToggleButton("Record");
    private final Label recordingStatus = new Label();
    private final TimelineBar timeline = new TimelineBar();
    private final VBox bottom;
    private final Timeline statusTimer;
    private final MenuItem searchItem = new MenuItem("Search history...");
    private final MenuItem closeItem = new MenuItem("Close recording");
    private LiveRecording recording;
    private RecordingPlayback playback;
    private Stage searchStage;
    private boolean movingSlider;
    private final AtomicBoolean replayCancelled = new AtomicBoolean();

    private RecordingFeature(MainWindow window, EngineServices engine) {
        this.window = window;
        this.engine = engine;
        Node top = window.root().getTop();
        window.root().setTop(new VBox(menuBar, top));
        bottom = new VBox(window.root().getBottom());
        window.root().setBottom(bottom);
        // the search window, when open, follows light and dark as the main window does
        window.onThemeChange(() -> {
            if (searchStage != null) {
                window.applyTheme(searchStage.getScene());
            }
        });

        MenuItem record = new MenuItem("Record...");
        record.setOnAction(event -> recordButton.fire());
        MenuItem open = new MenuItem("Open recording...");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(event -> chooseRecording());
        searchItem.setOnAction(event -> showSearch());
        searchItem.setDisable(true);
        closeItem.setOnAction(event -> closeRecording());
        closeItem.setDisable(true);
        Menu file = new Menu("File", null, record, open, searchItem, closeItem);
        file.setId("fileMenu");
        menuBar.getMenus().add(file);
        menuBar.setId("menuBar");

        recordButton.setId("recordButton");
        recordButton.setTooltip(new Tooltip("Record every message into a SQLite file (File > Record...)"));
        recordButton.setOnAction(event -> {
            if (recordButton.isSelected()) {
                chooseRecordingFile();
            } else {
                stopRecording();
            }
        });
        window.connectionBar().rightSide().getChildren().addFirst(recordButton);
        recordingStatus.setId("statusRecording");
        window.statusBar().getChildren().add(1, recordingStatus);

        timeline.slider.valueProperty().addListener((obs, old, value) -> {
            if (!movingSlider && playback != null) {
                playback.seek(timeline.at(value.doubleValue()));
            }
            timeline.showTime(timeline.at(value.doubleValue()));
        });
        timeline.play1.setOnAction(event -> play(ReplaySpeed.REAL_TIME));
        timeline.play10.setOnAction(event -> play(new ReplaySpeed(10)));
        timeline.playMax.setOnAction(event -> play(ReplaySpeed.MAX));
        timeline.pause.setOnAction(event -> pause());
        timeline.search.setOnAction(event -> showSearch());
        timeline.replay.setOnAction(event -> confirmReplay());
        timeline.close.setOnAction(event -> closeRecording());

        window.connection().statusProperty().addListener((obs, old, status) -> refreshReplayButton());
        statusTimer = new Timeline(new KeyFrame(Duration.millis(500), event -> refreshRecordingStatus()));
        statusTimer.setCycleCount(Timeline.INDEFINITE);
        statusTimer.play();
    }

    /** FX thread: adds the recorder's menu, button, status and timeline to a built window. */
    public static RecordingFeature install(MainWindow window, EngineServices engine) {
        FxThread.check("RecordingFeature.install");
        return new RecordingFeature(window, engine);
    }

    // ---- recording the live connection

    private void chooseRecordingFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Record into");
        chooser.setInitialFileName("springcore-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)) + ".sqlite");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Recordings (*.sqlite)", "*.sqlite"));
        java.io.File chosen = chooser.showSaveDialog(window.root().getScene().getWindow());
        if (chosen == null) {
            recordButton.setSelected(false);
            return;
        }
        startRecording(chosen.toPath());
    }

    /** Starts recording the live feed into {@code file} (created, or appended to when it is a recording). */
    public void startRecording(Path file) {
        FxThread.check("RecordingFeature.startRecording");
        recordButton.setSelected(true);
        recordButton.setDisable(true);
        ConnectionProfile profile = engine.connection().currentProfile();
        String source = profile == null ? "window" : profile.name();
        DecoderSettings settings = decoderSettings(profile);
        background.run(
                () -> {
                    try {
                        return LiveRecording.start(engine.pipeline(), file, source, settings);
                    } catch (RecordingException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                },
                outcome -> {
                    recordButton.setDisable(false);
                    if (outcome.ok()) {
                        recording = outcome.value();
                        recordButton.setText("Stop recording");
                        refreshRecordingStatus();
                    } else {
                        recordButton.setSelected(false);
                        error("Cannot record", outcome.failure().getMessage());
                    }
                });
    }

    /** Stops recording; the file keeps every message taken so far. */
    public void stopRecording() {
        FxThread.check("RecordingFeature.stopRecording");
        LiveRecording stopping = recording;
        recording = null;
        recordButton.setSelected(false);
        recordButton.setText("Record");
        if (stopping == null) {
            return;
        }
        recordingStatus.setText("Saving " + stopping.file().getFileName() + "...");
        background.run(
                () -> {
                    stopping.close();
                    return stopping.stats();
                },
                outcome -> recordingStatus.setText(
                        outcome.ok()
                                ? String.format(
                                        Locale.ROOT,
                                        "Recorded %,d messages into %s",
                                        outcome.value().committed(),
                                        stopping.file().getFileName())
                                : "Recording stopped: " + outcome.failure().getMessage()));
    }

    private void refreshRecordingStatus() {
        LiveRecording current = recording;
        if (current == null) {
            return;
        }
        if (current.failure() != null) {
            recordingStatus.setText("Recording failed: " + current.failure().getMessage());
            stopRecording();
            return;
        }
        RecorderStats stats = current.stats();
        recordingStatus.setText(String.format(
                Locale.ROOT,
                "\u25CF REC %s: %,d messages, %.1f MB",
                current.file().getFileName(),
                stats.committed(),
                stats.fileBytes() / 1e6));
    }

    // ---- opening a recording

    private void chooseRecording() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open recording");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Recordings (*.sqlite)", "*.sqlite"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        java.io.File chosen = chooser.showOpenDialog(window.root().getScene().getWindow());
        if (chosen != null) {
            openRecording(chosen.toPath());
        }
    }

    /** Opens {@code file} read-only in the views, at its first moment, with the timeline under them. */
    public void openRecording(Path file) {
        FxThread.check("RecordingFeature.openRecording");
        closeRecording();
        DecoderSettings settings = decoderSettings(engine.connection().currentProfile());
        background.run(
                () -> {
                    try {
                        return RecordingPlayback.open(file, settings, playbackListener());
                    } catch (RecordingException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                },
                outcome -> {
                    if (!outcome.ok()) {
                        error("Cannot open the recording", outcome.failure().getMessage());
                        return;
                    }
                    playback = outcome.value();
                    // the charts window plots the recording up to the timeline's moment, not the live feed
                    engine.charts().show(playback.charts());
                    timeline.setRange(
                            playback.summary().first(),
                            playback.summary().last(),
                            file.getFileName().toString(),
                            playback.summary().messages());
                    if (!bottom.getChildren().contains(timeline)) {
                        bottom.getChildren().addFirst(timeline);
                    }
                    searchItem.setDisable(false);
                    closeItem.setDisable(false);
                    refreshReplayButton();
                });
    }

    private RecordingPlayback.Listener playbackListener() {
        return new RecordingPlayback.Listener() {
            @Override
            public void engineReplaced(LiveFeed feed) {
                // playback thread: the views must listen before the first message is fed
                CountDownLatch subscribed = new CountDownLatch(1);
                FxThread.later(() -> {
                    try {
                        window.showFeed(feed);
                    } finally {
                        subscribed.countDown();
                    }
                });
                try {
                    subscribed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void positionChanged(Instant at, boolean playing) {
                FxThread.later(() -> {
                    movingSlider = true;
                    try {
                        timeline.slider.setValue(timeline.valueOf(at));
                    } finally {
                        movingSlider = false;
                    }
                    timeline.showTime(at);
                    // the detail pane shows the recording's history up to this moment, not the live feed's
                    window.reloadDetail();
                    if (!playing && timeline.speeds.getSelectedToggle() != null) {
                        timeline.speeds.selectToggle(null);
                    }
                });
            }

            @Override
            public void failed(String message) {
                FxThread.later(() -> error("Recording", message));
            }
        };
    }

    /** Moves the views to {@code at} (the timeline follows). */
    public void seek(Instant at) {
        if (playback != null) {
            playback.seek(at);
        }
    }

    private void play(ReplaySpeed speed) {
        if (playback != null) {
            playback.play(speed);
        }
    }

    private void pause() {
        timeline.speeds.selectToggle(null);
        if (playback != null) {
            playback.pause();
        }
    }

    /** Closes the recording; the views show the live connection again. */
    public void closeRecording() {
        FxThread.check("RecordingFeature.closeRecording");
        if (playback == null) {
            return;
        }
        replayCancelled.set(true);
        playback.close();
        playback = null;
        engine.charts().show(null);
        bottom.getChildren().remove(timeline);
        searchItem.setDisable(true);
        closeItem.setDisable(true);
        if (searchStage != null) {
            searchStage.close();
            searchStage = null;
        }
        window.showFeed(null);
    }

    // ---- history search

    private void showSearch() {
        if (playback == null) {
            return;
        }
        if (searchStage == null) {
            searchStage = new Stage();
            searchStage.setTitle("Search history - " + playback.file().getFileName());
            searchStage.initOwner(window.root().getScene().getWindow());
            Scene scene = new Scene(
                    Dialogs.withCloseButton(
                            new HistorySearch(playback.file(), background, this::seek),
                            searchStage,
                            "closeHistorySearch"),
                    1100,
                    600);
            Dialogs.closeOnEscape(scene, searchStage);
            window.applyTheme(scene);
            searchStage.setScene(scene);
            searchStage.setOnHidden(event -> searchStage = null);
        }
        searchStage.show();
        searchStage.toFront();
    }

    // ---- replay to the broker

    private void refreshReplayButton() {
        ConnectionStatus status = window.connection().statusProperty().get();
        boolean control = status.connected() && status.role() == Role.CONTROL;
        timeline.replay.setDisable(!control);
        timeline.replay.setTooltip(new Tooltip(
                control
                        ? "Publish the recording again to " + status.profile() + " (asks first)"
                        : "Needs a connection with a Control certificate: a Watcher's publishes are refused"));
    }

    private void confirmReplay() {
        refreshReplayButton();
        if (playback == null || timeline.replay.isDisabled()) {
            return;
        }
        ReplaySpeed speed = timeline.play10.isSelected()
                ? new ReplaySpeed(10)
                : timeline.playMax.isSelected() ? ReplaySpeed.MAX : ReplaySpeed.REAL_TIME;
        ConnectionStatus status = window.connection().statusProperty().get();
        Alert ask = new Alert(
                Alert.AlertType.CONFIRMATION,
                String.format(
                        Locale.ROOT,
                        "Publish the %,d messages of %s to the broker of '%s' as '%s', at %s?%nReaders and back offices subscribed there will receive them.",
                        playback.summary().messages(),
                        playback.file().getFileName(),
                        status.profile(),
                        status.clientId(),
                        speed),
                ButtonType.CANCEL,
                ButtonType.OK);
        ask.setHeaderText("Replay to the broker");
        ask.initOwner(window.root().getScene().getWindow());
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> replay(speed));
    }

    private void replay(ReplaySpeed speed) {
        Path file = playback.file();
        replayCancelled.set(false);
        timeline.replay.setDisable(true);
        timeline.replay.setText("Replaying...");
        background.run(
                () -> {
                    try (RecordingReader reader = RecordingReader.open(file);
                            RecordingReader.Cursor cursor = reader.cursor(RecordingQuery.ALL)) {
                        return Replayer.replay(
                                cursor,
                                engine.connection()::publishRecorded,
                                speed,
                                (count, latest) -> FxThread.later(() ->
                                        timeline.replay.setText(String.format(Locale.ROOT, "Replaying: %,d", count))),
                                replayCancelled::get);
                    } catch (RecordingException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                },
                outcome -> {
                    timeline.replay.setText("Replay to broker...");
                    refreshReplayButton();
                    if (!outcome.ok()) {
                        error("Replay failed", outcome.failure().getMessage());
                        return;
                    }
                    Replayer.Result result = outcome.value();
                    Alert done = new Alert(
                            result.refused() + result.failed() == 0
                                    ? Alert.AlertType.INFORMATION
                                    : Alert.AlertType.WARNING,
                            String.format(
                                    Locale.ROOT,
                                    "%,d published: %,d accepted, %,d refused, %,d without answer.%s",
                                    result.published(),
                                    result.accepted(),
                                    result.refused(),
                                    result.failed(),
                                    result.firstProblem() == null ? "" : "\nFirst problem: " + result.firstProblem()));
                    done.setHeaderText(result.cancelled() ? "Replay stopped" : "Replay finished");
                    done.initOwner(window.root().getScene().getWindow());
                    done.show();
                });
    }

    private static DecoderSettings decoderSettings(ConnectionProfile profile) {
        if (profile == null) {
            return DecoderSettings.DEFAULT;
        }
        return ProfileDecoding.settingsOf(profile) instanceof ProfileDecoding.Result.Settings s
                ? s.settings()
                : DecoderSettings.DEFAULT;
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setHeaderText(header);
        if (window.root().getScene() != null) {
            alert.initOwner(window.root().getScene().getWindow());
        }
        alert.show();
    }

    /** Stops recording and playback (window closing). */
    public void close() {
        statusTimer.stop();
        LiveRecording stopping = recording;
        recording = null;
        if (stopping != null) {
            stopping.close();
        }
        if (playback != null) {
            playback.close();
            playback = null;
        }
        background.close();
    }

    // for tests
    RecordingPlayback playback() {
        return playback;
    }

    TimelineBar timeline() {
        return timeline;
    }

    public ToggleButton recordButton() {
        return recordButton;
    }

    public Label recordingStatus() {
        return recordingStatus;
    }
}
