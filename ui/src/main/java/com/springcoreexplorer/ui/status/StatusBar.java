package com.springcoreexplorer.ui.status;

import com.springcoreexplorer.ui.fx.FxThread;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * The bottom line: messages per second with a live chart of the last two minutes, total, dropped
 * and evicted counts, and how much of the store's memory budget is in use.
 */
public final class StatusBar extends HBox {

    static final int CHART_SECONDS = 120;
    /** Narrower than this, the rate chart and the memory bar are hidden (their numbers stay). */
    static final double COMPACT_BELOW = 1180;

    private final Label connection = new Label("Not connected");
    private final Label rate = new Label("0 msg/s");
    private final Label total = new Label("0 received");
    private static final PseudoClass DROPPED = PseudoClass.getPseudoClass("warning");
    private final Label lost = new Label("0 dropped, 0 evicted");
    private final ProgressBar memory = new ProgressBar(0);
    private final Label memoryText = new Label();
    private final Canvas chart = new Canvas(CHART_SECONDS, 18);
    private final double[] samples = new double[CHART_SECONDS];
    private int sampleCount;
    private FeedStats latest = FeedStats.ZERO;

    public StatusBar() {
        getStyleClass().add("status-bar");
        setId("statusBar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(14);
        setPadding(new Insets(4, 10, 4, 10));
        connection.setId("statusConnection");
        rate.setId("statusRate");
        total.setId("statusTotal");
        lost.setId("statusLost");
        lost.setTooltip(new Tooltip(
                "Dropped: messages the engine refused (it waits for room instead, so normally 0; amber when not)."
                        + " Evicted: stored messages let go to stay within the memory budget."));
        memory.setPrefWidth(90);
        memory.setMinWidth(90);
        memory.setTooltip(
                new Tooltip("Memory budget of the message store in use; the oldest messages are evicted beyond it"));
        chart.getStyleClass().add("rate-chart");
        Tooltip.install(chart, new Tooltip("Messages per second, last two minutes"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox memoryBox = new HBox(6, new Label("Memory"), memory, memoryText);
        memoryBox.setAlignment(Pos.CENTER_LEFT);
        memoryBox.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(connection, spacer, chart, rate, total, lost, memoryBox);
        // words never end in "...": below this width the two drawings give way instead
        for (Label label : java.util.List.of(connection, rate, total, lost, memoryText)) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        for (javafx.scene.Node drawing : java.util.List.of(chart, memory)) {
            drawing.visibleProperty().bind(widthProperty().greaterThanOrEqualTo(COMPACT_BELOW));
            drawing.managedProperty().bind(drawing.visibleProperty());
        }
        update(FeedStats.ZERO);
        Timeline sampler = new Timeline(new KeyFrame(Duration.seconds(1), event -> sample()));
        sampler.setCycleCount(Timeline.INDEFINITE);
        sampler.play();
    }

    /** FX thread, once per pulse: the newest counters. */
    public void update(FeedStats stats) {
        FxThread.check("StatusBar.update");
        latest = stats;
        rate.setText(String.format(Locale.ROOT, "%,.0f msg/s", stats.messagesPerSecond()));
        total.setText(String.format(Locale.ROOT, "%,d received", stats.received()));
        lost.setText(String.format(Locale.ROOT, "%,d dropped, %,d evicted", stats.dropped(), stats.evicted()));
        // amber as soon as one message was dropped: the engine waits rather than drops, so a drop is news
        lost.pseudoClassStateChanged(DROPPED, stats.dropped() > 0);
        double used = stats.memoryBudgetBytes() <= 0 ? 0 : (double) stats.memoryUsedBytes() / stats.memoryBudgetBytes();
        memory.setProgress(used);
        memoryText.setText(
                stats.memoryBudgetBytes() <= 0
                        ? "-"
                        : String.format(
                                Locale.ROOT,
                                "%s of %s",
                                mebibytes(stats.memoryUsedBytes()),
                                mebibytes(stats.memoryBudgetBytes())));
    }

    /** The connection state's words, left of the bar. */
    public void setConnectionText(String text) {
        connection.setText(text);
    }

    private static String mebibytes(long bytes) {
        return bytes < 1024 * 1024
                ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024));
    }

    private void sample() {
        System.arraycopy(samples, 1, samples, 0, samples.length - 1);
        samples[samples.length - 1] = latest.messagesPerSecond();
        sampleCount = Math.min(samples.length, sampleCount + 1);
        draw();
    }

    private void draw() {
        GraphicsContext g = chart.getGraphicsContext2D();
        double width = chart.getWidth();
        double height = chart.getHeight();
        g.clearRect(0, 0, width, height);
        double max = 1;
        for (double sample : samples) {
            max = Math.max(max, sample);
        }
        Color line = Color.web("#3b82f6");
        g.setFill(line.deriveColor(0, 1, 1, 0.25));
        g.setStroke(line);
        g.setLineWidth(1.2);
        g.beginPath();
        g.moveTo(0, height);
        for (int i = 0; i < samples.length; i++) {
            g.lineTo(i * width / (samples.length - 1), height - 1 - samples[i] / max * (height - 2));
        }
        g.lineTo(width, height);
        g.closePath();
        g.fill();
        g.stroke();
    }

    public Label rateLabel() {
        return rate;
    }

    public Label totalLabel() {
        return total;
    }
}
