package com.springcoreexplorer.ui.recording;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Under the views while a recording is open: which file, a timeline to drag to any moment, play at
 * 1x/10x/max, replay to the broker, search, close. Milliseconds since the first message on the slider.
 */
final class TimelineBar extends HBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);

    final Label fileLabel = new Label();
    final Slider slider = new Slider();
    final Label timeLabel = new Label();
    final ToggleGroup speeds = new ToggleGroup();
    final ToggleButton play1 = speedButton("1x", "Play as recorded");
    final ToggleButton play10 = speedButton("10x", "Play ten times faster");
    final ToggleButton playMax = speedButton("max", "Play as fast as the views take it");
    final Button pause = new Button("Pause");
    final Button replay = new Button("Replay to broker...");
    final Button search = new Button("Search...");
    final Button close = new Button("Close recording");
    private Instant first = Instant.EPOCH;

    TimelineBar() {
        setId("recordingTimeline");
        getStyleClass().add("recording-timeline");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(4, 10, 4, 10));
        slider.setId("timelineSlider");
        slider.setMin(0);
        HBox.setHgrow(slider, Priority.ALWAYS);
        timeLabel.setId("timelineTime");
        timeLabel.setMinWidth(190);
        fileLabel.setId("timelineFile");
        pause.setId("timelinePause");
        replay.setId("timelineReplay");
        replay.setTooltip(new Tooltip(
                "Publish the recording again to the connected broker (Control certificate only; asks first)"));
        search.setId("timelineSearch");
        close.setId("timelineClose");
        getChildren().addAll(fileLabel, slider, timeLabel, play1, play10, playMax, pause, search, replay, close);
    }

    private ToggleButton speedButton(String text, String tip) {
        ToggleButton button = new ToggleButton(text);
        button.setId("timelinePlay" + text);
        button.setToggleGroup(speeds);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    void setRange(Instant from, Instant to, String fileName, long messages) {
        first = from;
        slider.setMax(Math.max(1, to.toEpochMilli() - from.toEpochMilli()));
        fileLabel.setText(String.format(Locale.ROOT, "Recording %s (%,d messages, read-only)", fileName, messages));
    }

    Instant at(double sliderValue) {
        return first.plusMillis((long) sliderValue);
    }

    double valueOf(Instant at) {
        return at.toEpochMilli() - first.toEpochMilli();
    }

    void showTime(Instant at) {
        timeLabel.setText(TIME.format(at.atZone(ZoneId.systemDefault())));
    }
}
