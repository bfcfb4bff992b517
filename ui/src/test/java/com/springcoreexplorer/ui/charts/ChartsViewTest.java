package com.springcoreexplorer.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.ui.fx.Background;
import com.springcoreexplorer.ui.testing.Fx;
import com.springcoreexplorer.ui.testing.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The charts window's view on chartfx: 100,000 points in a series, several series, export PNG and CSV. */
class ChartsViewTest {

    private static final SeriesKey RSSI = new SeriesKey("springcard/springcore/DA1275B0/rdr/evt", "/RSSI");
    private static final SeriesKey TEMP = new SeriesKey("plant/hall/temp", "/celsius");

    @TempDir
    Path files;

    private final Map<SeriesKey, Consumer<SeriesPoints>> sinks = new ConcurrentHashMap<>();
    private final Background background = new Background();
    private Stage stage;
    private ChartsView view;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        ChartFeed feed = (key, sink) -> {
            sinks.put(key, sink);
            return () -> sinks.remove(key);
        };
        view = Fx.get(() -> {
            ChartsView created = new ChartsView(feed, background);
            stage = new Stage();
            stage.setScene(new Scene(created, 1000, 600));
            com.springcoreexplorer.ui.shell.Theme.LIGHT.apply(stage.getScene());
            stage.show();
            return created;
        });
    }

    @AfterEach
    void close() {
        Fx.run(() -> {
            view.close();
            stage.close();
        });
        background.close();
    }

    /** A noisy signal drifting down, one point every 36 ms from a fixed start: 100,000 points is an hour. */
    private static SeriesPoints signal(SeriesKey key, int from, int count, double base) {
        double[] times = new double[count];
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            int n = from + i;
            times[i] = 1_790_000_000 + n * 0.036;
            values[i] = base - n / 5_000.0 + 6 * Math.sin(n / 700.0) + ((n * 7919) % 13 - 6) * 0.4;
        }
        return new SeriesPoints(key, times, values);
    }

    @Test
    void aSeriesHolds100kPointsAndSeveralSeriesShareTheChart() throws Exception {
        Fx.run(() -> {
            view.addSeries(RSSI);
            view.addSeries(TEMP);
        });
        Fx.await("both series followed and in the chart", () -> sinks.size() == 2 && inChart(2));
        // as the engine delivers them: many small batches from another thread
        for (int from = 0; from < 100_000; from += 1_000) {
            sinks.get(RSSI).accept(signal(RSSI, from, 1_000, -50));
        }
        sinks.get(TEMP).accept(signal(TEMP, 0, 50_000, -70));
        Fx.await("every point drawn in", () -> view.pointCount(RSSI) == 100_000 && view.pointCount(TEMP) == 50_000);

        // an older point (history and live overlapping) is dropped, the series stays in time order
        sinks.get(RSSI).accept(signal(RSSI, 10, 1, -50));
        Fx.run(view::drain);
        assertThat(Fx.get(() -> view.pointCount(RSSI))).isEqualTo(100_000);

        // the chart draws the kept points thinned to its width (the first and last included), not all of them
        int drawn = Fx.get(() -> view.drawnCount(RSSI));
        assertThat(drawn).isBetween(100, 2 * 1_000 + 2);
        assertThat(Fx.get(() -> view.chart().getDatasets().getFirst().get(io.fair_acc.dataset.DataSet.DIM_X, 0)))
                .isEqualTo(1_790_000_000.0);

        Path shot = Screenshots.write(view, "charts-100k-points");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        Path png = files.resolve("chart.png");
        Path csv = files.resolve("chart.csv");
        Fx.run(() -> {
            view.exportPng(png);
            view.exportCsv(csv);
        });
        Fx.await(
                "both files written",
                () -> Files.exists(png) && Files.exists(csv) && Files.size(png) > 10_000 && lines(csv) == 1 + 150_000);
        List<String> first = Files.readAllLines(csv).subList(0, 2);
        assertThat(Files.readAllLines(csv))
                .filteredOn(line -> line.startsWith("DA1275B0/rdr/evt /RSSI,"))
                .hasSize(100_000);
        assertThat(first.getFirst()).isEqualTo("series,time,epoch_seconds,value");
        assertThat(first.get(1)).startsWith("DA1275B0/rdr/evt /RSSI,2026-09-21T");
    }

    @Test
    void zoomingInDrawsEveryPointOfTheRangeAndZoomingOutThinsAgain() {
        Fx.run(() -> view.addSeries(RSSI));
        Fx.await("followed and in the chart", () -> sinks.containsKey(RSSI) && inChart(1));
        sinks.get(RSSI).accept(signal(RSSI, 0, 100_000, -50));
        Fx.await("kept", () -> view.pointCount(RSSI) == 100_000);
        int thinned = Fx.get(() -> view.drawnCount(RSSI));
        assertThat(thinned).isLessThan(2_100);

        // points 1,000 to 1,400 fill the view: all of them drawn, with a neighbour each side
        double from = signal(RSSI, 1_000, 1, 0).times()[0];
        double to = signal(RSSI, 1_400, 1, 0).times()[0];
        Fx.run(() -> {
            var axis = view.chart().getXAxis();
            axis.setAutoRanging(false);
            axis.set(from, to);
        });
        Fx.await("every point of the zoomed range drawn", () -> view.drawnCount(RSSI) == 402);
        assertThat(Fx.get(() -> view.chart().getDatasets().getFirst().get(io.fair_acc.dataset.DataSet.DIM_X, 1)))
                .isEqualTo(from);
        Screenshots.write(view, "charts-zoomed-in");

        Fx.run(() -> view.chart().getXAxis().setAutoRanging(true));
        Fx.await("thinned again for the whole range", () -> view.drawnCount(RSSI) == thinned);
    }

    @Test
    void aSeriesKeepsItsNewestPointsBeyondTheCapacity() {
        Fx.run(() -> view.addSeries(RSSI));
        Fx.await("followed and in the chart", () -> sinks.containsKey(RSSI) && inChart(1));
        int total = ChartsView.CAPACITY + 20_000;
        for (int from = 0; from < total; from += 10_000) {
            sinks.get(RSSI).accept(signal(RSSI, from, 10_000, -50));
        }
        Fx.await("capped", () -> view.pointCount(RSSI) == ChartsView.CAPACITY);
        double firstTime = Fx.get(() -> view.firstTime(RSSI));
        assertThat(firstTime).isEqualTo(1_790_000_000 + 20_000 * 0.036, org.assertj.core.data.Offset.offset(1e-6));
        Fx.run(() -> view.removeSeries(RSSI));
        assertThat(sinks).as("unsubscribed").isEmpty();
    }

    @Test
    void eachSeriesIsDrawnWhereTheAxesPlaceItsPointsInItsOwnColour() {
        Fx.run(() -> view.addSeries(RSSI));
        Fx.await("followed and in the chart", () -> sinks.containsKey(RSSI) && inChart(1));
        // a straight rising line: 0 at the first second, 100 at the last
        double[] times = new double[101];
        double[] values = new double[101];
        for (int i = 0; i <= 100; i++) {
            times[i] = 1_790_000_000 + i;
            values[i] = i;
        }
        sinks.get(RSSI).accept(new SeriesPoints(RSSI, times, values));
        Fx.await(
                "drawn",
                () -> view.drain() >= 0
                        && !view.chart().getDatasets().isEmpty() // a series joins the chart after its next pulse
                        && view.chart().getDatasets().getFirst().getDataCount() == 101);
        Fx.await(
                "axes follow the data",
                () -> view.chart().getYAxis().getMax() >= 100
                        && view.chart().getXAxis().getMax() >= times[100]);
        // the chart draws on a later pulse
        Fx.await("the line drawn", () -> probe(times, values)[0] == 9);
        int[] drawn = Fx.get(() -> probe(times, values));
        Screenshots.write(stage.getScene(), "charts-straight-line");
        assertThat(drawn[0]).as("points of the line drawn in the series colour").isEqualTo(9);
        assertThat(drawn[1]).as("pixels away from the line left empty").isZero();
    }

    @Test
    void aLoneSeriesKeepsFollowingNewPoints() {
        Fx.run(() -> view.addSeries(RSSI));
        Fx.await("followed and in the chart", () -> sinks.containsKey(RSSI) && inChart(1));
        // a reader's RSSI: the chart opens on the one point there is so far (a range of zero width)
        sinks.get(RSSI).accept(signal(RSSI, 0, 1, -50));
        Fx.await(
                "first point shown",
                () -> view.drain() >= 0 && view.chart().getDatasets().getFirst().getDataCount() == 1);
        for (int batch = 1; batch <= 5; batch++) {
            int from = batch * 300;
            sinks.get(RSSI).accept(signal(RSSI, from, 300, -50));
            double newest = 1_790_000_000 + (from + 299) * 0.036;
            // the time axis follows the newest point as points stream in, one series or several
            Fx.await(
                    "the time axis reaches batch " + batch,
                    () -> view.drain() >= 0 && view.chart().getXAxis().getMax() >= newest - 0.5);
        }
        Screenshots.write(stage.getScene(), "charts-lone-series-following");
    }

    @Test
    void aSeriesAddedAsItsWindowOpensIsDrawnAndFollowed() {
        // as the window does it: a new charts window, shown, and the series added in the same FX turn,
        // its history arriving while the window has not been laid out yet
        ChartFeed historyAtOnce = (key, sink) -> {
            sink.accept(signal(key, 0, 20, -50));
            sinks.put(key, sink);
            return () -> sinks.remove(key);
        };
        ChartsView fresh = Fx.get(() -> {
            ChartsView created = new ChartsView(historyAtOnce, background);
            Stage window = new Stage();
            window.setScene(new Scene(created, 1000, 600));
            com.springcoreexplorer.ui.shell.Theme.LIGHT.apply(window.getScene());
            window.show();
            created.addSeries(RSSI);
            return created;
        });
        Fx.await("history drawn", () -> fresh.chart().getXAxis().getMax() >= 1_790_000_000 + 19 * 0.036 - 0.1);
        sinks.get(RSSI).accept(signal(RSSI, 20, 200, -50));
        Fx.await(
                "the time axis follows new points",
                () -> fresh.chart().getXAxis().getMax() >= 1_790_000_000 + 219 * 0.036 - 0.1);
        Screenshots.write(fresh.getScene(), "charts-added-as-window-opens");
        Fx.run(() -> {
            fresh.close();
            fresh.getScene().getWindow().hide();
        });
    }

    @Test
    void aSeriesAddedRightAfterALayoutOutsideAPulseFollowsNewPoints() {
        // a snapshot (like Stage.show) lays the chart out outside a pulse and locks its data sets until the
        // next pulse; a series added in that gap was never heard of again: no line, or its first points only
        Fx.await("the empty chart drew once", () -> view.chart().getWidth() > 0);
        Fx.run(() -> {
            // queued back to back: the snapshot's turn, then the turn in which a series may join the chart
            com.springcoreexplorer.ui.fx.FxThread.later(() -> {
                view.chart().invalidate();
                view.getScene().snapshot(null);
            });
            view.addSeries(RSSI);
        });
        Fx.await("followed and in the chart", () -> sinks.containsKey(RSSI) && inChart(1));
        for (int batch = 0; batch < 5; batch++) {
            int from = batch * 40;
            sinks.get(RSSI).accept(signal(RSSI, from, 40, -50));
            Fx.await(
                    "the time axis reaches point " + (from + 39),
                    () -> view.chart().getXAxis().getMax() >= 1_790_000_000 + (from + 39) * 0.036 - 0.01);
        }
        assertThat(Fx.get(() -> view.drawnCount(RSSI))).isEqualTo(200);
        Screenshots.write(view.getScene(), "charts-added-after-snapshot");
    }

    /** FX thread: a series joins the chart after the chart's next pulse. */
    private boolean inChart(int seriesCount) {
        return view.chart().getDatasets().size() == seriesCount;
    }

    /** FX thread: of the points at 13, 23 ... 93, how many are drawn in the series colour, and how many pixels 40 px below them are. */
    private int[] probe(double[] times, double[] values) {
        var chart = view.chart();
        var canvas = chart.getCanvas();
        // the window as drawn, read where the canvas's points are
        var image = stage.getScene().snapshot(null);
        var color = chart.getRenderers().getFirst().getDatasetNodes().getFirst().getLineColor();
        int onLine = 0;
        int offLine = 0;
        for (int i = 13; i <= 93; i += 10) { // not on a grid line (every 10 s)
            var point = canvas.localToScene(
                    chart.getXAxis().getDisplayPosition(times[i]),
                    chart.getYAxis().getDisplayPosition(values[i]));
            int x = (int) Math.floor(point.getX());
            int y = (int) Math.floor(point.getY());
            if (near(image.getPixelReader().getColor(x, y), color)
                    || near(image.getPixelReader().getColor(x, Math.max(0, y - 1)), color)
                    || near(image.getPixelReader().getColor(x, y + 1), color)) {
                onLine++;
            }
            // well below the line (the plot area is empty there)
            int below = Math.min((int) image.getHeight() - 1, y + 40);
            if (near(image.getPixelReader().getColor(x, below), color)) {
                offLine++;
            }
        }
        return new int[] {onLine, offLine};
    }

    /** Same colour to 8 bits a channel (the image holds bytes, the series colour doubles). */
    private static boolean near(javafx.scene.paint.Color pixel, javafx.scene.paint.Paint paint) {
        var c = (javafx.scene.paint.Color) paint;
        return Math.abs(pixel.getRed() - c.getRed()) < 0.01
                && Math.abs(pixel.getGreen() - c.getGreen()) < 0.01
                && Math.abs(pixel.getBlue() - c.getBlue()) < 0.01
                && pixel.getOpacity() > 0.99;
    }

    @Test
    void theValuePickerNamesTheNumberUnderTheCaret() {
        String json =
                "{\n  \"Interface\" : \"13.56\",\n  \"TagId\" : \"04AA\",\n  \"RSSI\" : -52,\n  \"a\" : [ 1, { \"b\" : 2.5 } ]\n}";
        assertThat(JsonValuePicker.numberAt(json, json.indexOf("-52") + 1)).contains("/RSSI");
        assertThat(JsonValuePicker.numberAt(json, json.indexOf("13.56") + 2)).contains("/Interface");
        assertThat(JsonValuePicker.numberAt(json, json.indexOf("04AA") + 1)).isEmpty();
        assertThat(JsonValuePicker.numberAt(json, json.indexOf("2.5"))).contains("/a/1/b");
        assertThat(JsonValuePicker.numberAt(json, json.indexOf("TagId"))).isEmpty();
        assertThat(JsonValuePicker.numberAt("$SCRDR;01;02", 3)).isEmpty();
    }

    private static long lines(Path file) {
        try (var stream = Files.lines(file)) {
            return stream.count();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
