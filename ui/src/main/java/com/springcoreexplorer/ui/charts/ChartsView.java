package com.springcoreexplorer.ui.charts;

import com.springcoreexplorer.ui.fx.Background;
import com.springcoreexplorer.ui.fx.FxThread;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.plugins.Zoomer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * Several number series on one time chart (fair-acc chartfx, made for streaming data): drag to zoom,
 * right-click or "Reset zoom" to go back, pan with the middle button; export PNG and CSV. Points
 * arrive on engine threads and are added at most {@link #DRAWS_PER_SECOND} times a second, each
 * series keeping its newest {@link #CAPACITY} points. The chart draws each series thinned to its
 * pixel width over the visible time range (again after each zoom), never every point: with ten
 * series of 100,000 points streaming, a redraw must leave the FX thread free within a frame.
 */
public final class ChartsView extends BorderPane {

    /** Points kept per series (the issue asks for at least 100,000). */
    public static final int CAPACITY = 150_000;

    static final int DRAWS_PER_SECOND = 4;
    /** Pixel columns to thin to before the chart is laid out. */
    private static final int DEFAULT_COLUMNS = 1_000;

    private final ChartFeed feed;
    private final Background background;
    private final XYChart chart;
    private final DefaultNumericAxis timeAxis = new DefaultNumericAxis("time");
    private final DefaultNumericAxis valueAxis = new DefaultNumericAxis("value");
    private final Zoomer zoomer = new Zoomer();
    private final Map<SeriesKey, ChartSeries> series = new LinkedHashMap<>();
    private final ComboBox<SeriesKey> seriesChoice = new ComboBox<>();
    private final Label status = new Label("Pick a number in the message detail (Chart button) to plot it here.");
    private final Timeline drawer;
    /** Series waiting to join the chart after its next pulse (see addToChartAfterItsPulse). */
    private final List<ChartSeries> waitingForChart = new ArrayList<>();

    private final Runnable afterChartPulse = this::addWaitingSeries;
    private final AutoCloseable restarts;
    private boolean reshowQueued;

    public ChartsView(ChartFeed feed, Background background) {
        this.feed = feed;
        this.background = background;
        getStyleClass().add("charts-view");
        setId("chartsView");
        timeAxis.setTimeAxis(true);
        timeAxis.setUnit(null);
        valueAxis.setUnit(null);
        timeAxis.setAutoRangePadding(0.01);
        valueAxis.setAutoRangePadding(0.05);
        chart = new XYChart(timeAxis, valueAxis);
        chart.setId("valueChart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        // one-pixel lines rastered on the FX thread: cheap to draw without a GPU (PixelLineRenderer)
        PixelLineRenderer renderer = new PixelLineRenderer();
        chart.getRenderers().setAll(renderer);
        zoomer.setSliderVisible(false);
        zoomer.setPannerEnabled(true);
        chart.getPlugins().addAll(zoomer, new DataPointTooltip());
        // after chartfx's own scene listener, so our pulse hook runs after the chart's
        chart.sceneProperty().addListener((o, was, is) -> followScene(was, is));

        Button png = button(
                "Export PNG...",
                "Save the chart as shown as a PNG image",
                () -> choose("PNG image", "*.png", "chart.png", this::exportPng));
        png.setId("exportPng");
        Button csv = button(
                "Export CSV...",
                "Save every point of every series as CSV",
                () -> choose("CSV", "*.csv", "chart.csv", this::exportCsv));
        csv.setId("exportCsv");
        Button reset = button("Reset zoom", "Back to the whole time range, following new points", zoomer::zoomOrigin);
        seriesChoice.setPromptText("series");
        seriesChoice.setPrefWidth(260);
        Button remove = button("Remove", "Remove the chosen series from the chart", () -> {
            if (seriesChoice.getValue() != null) {
                removeSeries(seriesChoice.getValue());
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, reset, seriesChoice, remove, grow, png, csv);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        status.getStyleClass().add("muted");
        status.setId("chartStatus");
        status.setPadding(new Insets(2, 8, 4, 8));
        setTop(bar);
        setCenter(chart);
        setBottom(status);

        // a zoom or pan (the time axis leaves auto-ranging) or a resize: thin the points again for the new view
        timeAxis.autoRangingProperty().addListener((o, was, is) -> queueReshow());
        timeAxis.minProperty().addListener((o, was, is) -> queueReshowIfZoomed());
        timeAxis.maxProperty().addListener((o, was, is) -> queueReshowIfZoomed());
        timeAxis.widthProperty().addListener((o, was, is) -> queueReshow());

        drawer = new Timeline(new KeyFrame(Duration.millis(1000.0 / DRAWS_PER_SECOND), event -> drain()));
        drawer.setCycleCount(Timeline.INDEFINITE);
        drawer.play();
        // another source (an opened recording, live again) or the recording went back in time
        restarts = feed.onRestart(() -> FxThread.later(this::followAgain));
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(event -> action.run());
        return b;
    }

    /** FX thread: plots a series (history first, then live); a series already shown stays as it is. */
    public void addSeries(SeriesKey key) {
        FxThread.check("ChartsView.addSeries");
        if (series.containsKey(key)) {
            seriesChoice.setValue(key);
            return;
        }
        ChartSeries s = new ChartSeries(key, CAPACITY);
        series.put(key, s);
        addToChartAfterItsPulse(s);
        seriesChoice.getItems().add(key);
        seriesChoice.setValue(key);
        // the history read may wait for the dispatcher's current batch: never on the FX thread
        background.execute(() -> {
            AutoCloseable subscription = feed.follow(key, s::offer);
            s.subscription = subscription;
            if (!series.containsValue(s)) {
                s.close(); // removed while subscribing
            }
        });
        updateStatus();
    }

    /** FX thread: every series drops its points and follows the feed again (same order, same choice). */
    private void followAgain() {
        SeriesKey chosen = seriesChoice.getValue();
        List<SeriesKey> keys = List.copyOf(series.keySet());
        keys.forEach(this::removeSeries);
        keys.forEach(this::addSeries);
        if (chosen != null) {
            seriesChoice.setValue(chosen);
        }
    }

    /**
     * chartfx hears of a data set's changes only after one of its pulses has locked and cleared it. A
     * layout outside a pulse ({@code Stage.show}, a snapshot) locks the data sets the chart has until the
     * chart's next pulse; a data set added in between is left out of that lock, stays dirty, and the chart
     * never hears of it again: the window shows no line, or its first points only. So a new series joins
     * the chart right after one of the chart's own pulses, where no such lock is held.
     */
    private void addToChartAfterItsPulse(ChartSeries s) {
        waitingForChart.add(s);
        Platform.requestNextPulse();
    }

    /** After each pulse of the chart's scene (registered after chartfx's own hook, so it runs after it). */
    private void addWaitingSeries() {
        if (waitingForChart.isEmpty()) {
            return;
        }
        for (ChartSeries s : waitingForChart) {
            if (series.containsValue(s)) {
                chart.getDatasets().add(s.shown());
            }
        }
        waitingForChart.clear();
    }

    private void followScene(Scene was, Scene is) {
        if (was != null) {
            was.removePostLayoutPulseListener(afterChartPulse);
        }
        if (is != null) {
            is.addPostLayoutPulseListener(afterChartPulse);
        }
    }

    public void removeSeries(SeriesKey key) {
        ChartSeries s = series.remove(key);
        if (s != null) {
            s.close();
            chart.getDatasets().remove(s.shown());
            seriesChoice.getItems().remove(key);
            updateStatus();
        }
    }

    /**
     * FX thread: keeps the waiting points and redraws the series that got some, in one batch (also
     * called by the timer). Returns the points added.
     */
    public int drain() {
        int added = 0;
        int columns = columns();
        for (ChartSeries s : series.values()) {
            int n = s.drain();
            if (n > 0) {
                added += n;
                show(s, columns);
            }
        }
        if (added > 0) {
            updateStatus();
        }
        return added;
    }

    private void show(ChartSeries s, int columns) {
        if (timeAxis.isAutoRanging()) {
            s.show(Double.NaN, Double.NaN, columns);
        } else {
            s.show(timeAxis.getMin(), timeAxis.getMax(), columns);
        }
    }

    private int columns() {
        double width = timeAxis.getWidth();
        return width > 10 ? (int) Math.ceil(width / 2) : DEFAULT_COLUMNS; // a min and a max per two pixels
    }

    private void queueReshowIfZoomed() {
        if (!timeAxis.isAutoRanging()) {
            queueReshow();
        }
    }

    /** Axis changes arrive during layout: thin again right after it, once per burst of changes. */
    private void queueReshow() {
        if (!reshowQueued) {
            reshowQueued = true;
            FxThread.later(() -> {
                reshowQueued = false;
                int columns = columns();
                series.values().forEach(s -> show(s, columns));
            });
        }
    }

    /** Hands points to a series as the engine would (tests, benchmarks); any thread. */
    public void offer(SeriesPoints points) {
        ChartSeries s = series.get(points.key());
        if (s != null) {
            s.offer(points);
        }
    }

    public List<SeriesKey> keys() {
        return List.copyOf(series.keySet());
    }

    /** Points shown in a series now. */
    public int pointCount(SeriesKey key) {
        ChartSeries s = series.get(key);
        return s == null ? 0 : s.size();
    }

    /** Points the chart draws for a series now (its kept points thinned to the pixel width). */
    public int drawnCount(SeriesKey key) {
        ChartSeries s = series.get(key);
        return s == null ? 0 : s.shown().getDataCount();
    }

    /** FX thread: a copy of the times of the points kept in a series (seconds since the epoch), oldest first. */
    public double[] pointTimes(SeriesKey key) {
        ChartSeries s = series.get(key);
        return s == null ? new double[0] : s.column().times();
    }

    /** FX thread: a copy of the values of the points kept in a series, oldest first. */
    public double[] pointValues(SeriesKey key) {
        ChartSeries s = series.get(key);
        return s == null ? new double[0] : s.column().values();
    }

    /** Time of the oldest point kept in a series (NaN if none). */
    public double firstTime(SeriesKey key) {
        ChartSeries s = series.get(key);
        return s == null ? Double.NaN : s.firstTime();
    }

    public XYChart chart() {
        return chart;
    }

    private void updateStatus() {
        if (series.isEmpty()) {
            status.setText("Pick a number in the message detail (Chart button) to plot it here.");
            return;
        }
        long points = series.values().stream().mapToLong(ChartSeries::size).sum();
        status.setText(series.size() + (series.size() == 1 ? " series, " : " series, ") + String.format("%,d", points)
                + " points kept (newest " + String.format("%,d", CAPACITY)
                + " per series). Drag to zoom, right-click to zoom out, middle button to pan.");
    }

    private void choose(String description, String pattern, String name, java.util.function.Consumer<Path> export) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        chooser.setInitialFileName(name);
        java.io.File file =
                chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            export.accept(file.toPath());
        }
    }

    /** FX thread: the chart as shown, written as PNG on a worker. */
    public void exportPng(Path file) {
        WritableImage image = chart.snapshot(null, null);
        background.run(
                () -> {
                    try {
                        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
                        return file;
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                outcome -> status.setText(
                        outcome.ok()
                                ? "Saved " + file.getFileName()
                                : "Could not save " + file + ": "
                                        + outcome.failure().getMessage()));
    }

    /** FX thread: every point copied, written as CSV on a worker. */
    public void exportCsv(Path file) {
        List<ChartExport.Column> columns = new ArrayList<>();
        series.values().forEach(s -> columns.add(s.column()));
        background.run(
                () -> {
                    try {
                        return ChartExport.writeCsv(file, columns);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                outcome -> status.setText(
                        outcome.ok()
                                ? "Saved " + String.format("%,d", outcome.value()) + " points to " + file.getFileName()
                                : "Could not save " + file + ": "
                                        + outcome.failure().getMessage()));
    }

    /** Stops drawing and every subscription. */
    public void close() {
        drawer.stop();
        try {
            restarts.close();
        } catch (Exception ignored) {
            // unsubscribing has nothing to report
        }
        series.values().forEach(ChartSeries::close);
    }
}
