package com.springcoreexplorer.ui.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.recording.Recorder;
import com.springcoreexplorer.mqtt.recording.RecorderSettings;
import com.springcoreexplorer.ui.detail.MessageView;
import com.springcoreexplorer.ui.readers.ReaderRow;
import com.springcoreexplorer.ui.testing.Fx;
import com.springcoreexplorer.ui.testing.Screenshots;
import com.springcoreexplorer.ui.testing.TestHome;
import com.springcoreexplorer.ui.testing.WindowFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An opened recording in the real window (Monocle): the timeline scrubs forward and back and the
 * topic tree, tag events and readers show the recording as it was at that moment.
 */
class RecordingWindowTest {

    private static final String PREFIX = "springcard/springcore";
    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    private RecordingWindow window;
    private TestHome home;
    private WindowFixture fixture;
    private RecordingFeature feature;

    @BeforeEach
    void open() {
        window = RecordingWindow.open("recording");
        home = window.home();
        fixture = window.fixture();
        feature = window.feature();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void scrubbingTheTimelineShowsTheTreeAndReadersAtThatMoment() throws Exception {
        Path file = home.files().resolve("site.sqlite");
        try (Recorder recorder = Recorder.start(file, RecorderSettings.of("site", null, 0))) {
            recorder.accept(
                    message(0, PREFIX + "/DA1275B0/status", "{\"State\":\"online,ready\",\"Uptime\":\"3:10.000\"}"));
            recorder.accept(
                    message(
                            2,
                            PREFIX + "/DA1275B0/rdr/evt",
                            "{\"Interface\":\"13.56\",\"Protocol\":\"NFC-A\",\"TagId\":\"047DAE02C84080\",\"Move\":\"Insert\"}"));
            recorder.accept(
                    message(4, PREFIX + "/DA1275B0/status", "{\"State\":\"online,busy\",\"Uptime\":\"3:14.000\"}"));
            recorder.accept(
                    message(6, PREFIX + "/16051974/status", "{\"State\":\"online,ready\",\"Uptime\":\"1:5.000\"}"));
            recorder.accept(message(9, "site/door/1", "open"));
        }
        Fx.run(() -> feature.openRecording(file));
        Fx.await("the recording opens", () -> feature.playback() != null);
        feature.playback().sync();
        Fx.await(
                "the first moment shows",
                () -> fixture.window().tree().topicPaths().equals(List.of(PREFIX + "/DA1275B0/status")));

        scrubTo(7_000);
        Fx.await(
                "7 s in: both readers, one tag event",
                () -> fixture.window()
                                .tree()
                                .topicPaths()
                                .equals(List.of(
                                        PREFIX + "/16051974/status",
                                        PREFIX + "/DA1275B0/rdr/evt",
                                        PREFIX + "/DA1275B0/status"))
                        && fixture.window().readers().rows().size() == 2
                        && fixture.window().events().totalProperty().get() == 1);
        assertThat(Fx.get(() ->
                        fixture.window().root().lookup("#timelineTime") instanceof javafx.scene.control.Label label
                                ? label.getText()
                                : ""))
                .endsWith(":07.000");
        // reader state in recorded time: both sent STATUS a few seconds before the moment (hours before the wall clock)
        Fx.await(
                "neither reader is stale at 7 s",
                () -> fixture.window().readers().rows().stream().noneMatch(ReaderRow::stale));
        Fx.run(() -> fixture.window().treeView().reveal(PREFIX + "/DA1275B0/status"));
        Fx.await(
                "the detail history is the recording's, up to 7 s",
                () -> historyTimes().equals(List.of(T0, T0.plusSeconds(4))));
        Screenshots.write(fixture.window().root(), "recording-timeline-7s");

        scrubTo(1_000);
        Fx.await(
                "back to 1 s: one reader, no tag event yet",
                () -> fixture.window().tree().topicPaths().equals(List.of(PREFIX + "/DA1275B0/status"))
                        && fixture.window().readers().rows().size() == 1
                        && fixture.window().events().totalProperty().get() == 0);
        Fx.run(() -> fixture.window().treeView().reveal(PREFIX + "/DA1275B0/status"));
        Fx.await("the detail history back at 1 s", () -> historyTimes().equals(List.of(T0)));

        Fx.run(() -> feature.timeline().playMax.fire());
        Fx.await(
                "max speed plays to the end",
                () -> fixture.window().tree().topicPaths().contains("site/door/1")
                        && feature.timeline().slider.getValue()
                                == feature.timeline().slider.getMax());

        // the history search: its own window, with Close, in the window's theme and following it
        Fx.run(() -> feature.timeline().search.fire());
        javafx.scene.Scene search = Fx.get(() -> javafx.stage.Window.getWindows().stream()
                .map(javafx.stage.Window::getScene)
                .filter(scene -> scene != null && scene.lookup("#closeHistorySearch") != null)
                .findFirst()
                .orElseThrow());
        assertThat(Fx.get(() -> search.getRoot().getStyleClass().contains("dark")))
                .isFalse();
        Fx.run(() ->
                ((javafx.scene.control.ToggleButton) fixture.window().root().lookup("#themeToggle")).fire());
        assertThat(Fx.get(() -> search.getRoot().getStyleClass().contains("dark")))
                .isTrue();
        Screenshots.write(search, "recording-search-dark");
        Fx.run(() -> ((javafx.scene.control.Button) search.lookup("#closeHistorySearch")).fire());
        assertThat(Fx.get(() -> search.getWindow().isShowing())).isFalse();
        Fx.run(() ->
                ((javafx.scene.control.ToggleButton) fixture.window().root().lookup("#themeToggle")).fire());

        Fx.run(feature::closeRecording);
        Fx.await(
                "closing shows the live (empty) feed again",
                () -> fixture.window().tree().topicPaths().isEmpty()
                        && fixture.window().root().lookup("#recordingTimeline") == null);
    }

    @Test
    void theRecordButtonShowsTheFileAndCountInTheStatusBar() throws Exception {
        Path file = home.files().resolve("live.sqlite");
        Fx.run(() -> feature.startRecording(file));
        Fx.await(
                "recording",
                () -> feature.recordingStatus().getText().startsWith("\u25CF REC live.sqlite: 0 messages"));
        home.engine().pipeline().offer(InboundMessage.now(PREFIX + "/DA1275B0/status", "{\"State\":\"online,ready\"}"));
        Fx.await(
                "the message is counted",
                () -> feature.recordingStatus().getText().contains(": 1 messages"));
        Fx.run(feature::stopRecording);
        Fx.await("stopped", () -> feature.recordingStatus().getText().equals("Recorded 1 messages into live.sqlite"));
        assertThat(Fx.get(() -> feature.recordButton().getText())).isEqualTo("Record");
    }

    @SuppressWarnings("unchecked")
    private List<Instant> historyTimes() {
        // the detail pane joins the scene once a topic is selected: until then, no history
        return Fx.get(
                () -> fixture.window().root().lookup("#historyList") instanceof javafx.scene.control.ListView<?> list
                        ? ((javafx.scene.control.ListView<MessageView>) list)
                                .getItems().stream()
                                        .map(message -> message.message().receivedAt())
                                        .toList()
                        : List.of());
    }

    private void scrubTo(double millis) throws Exception {
        Fx.run(() -> feature.timeline().slider.setValue(millis));
        feature.playback().sync();
    }

    private static InboundMessage message(int second, String topic, String payload) {
        return RecordingWindow.recorded(T0.plusSeconds(second), topic, payload);
    }
}
