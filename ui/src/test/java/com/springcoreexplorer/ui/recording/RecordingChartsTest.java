package com.springcoreexplorer.ui.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.recording.Recorder;
import com.springcoreexplorer.mqtt.recording.RecorderSettings;
import com.springcoreexplorer.ui.charts.ChartsView;
import com.springcoreexplorer.ui.charts.SeriesKey;
import com.springcoreexplorer.ui.testing.Fx;
import com.springcoreexplorer.ui.testing.Screenshots;
import com.springcoreexplorer.ui.testing.TestHome;
import com.springcoreexplorer.ui.testing.WindowFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The charts window with an opened recording (Monocle): it plots the recording's values up to the
 * timeline's moment, follows scrubbing forward and back and playing, and shows the live connection's
 * points again once the recording is closed.
 */
class RecordingChartsTest {

    private static final String EVENTS = "springcard/springcore/DA1275B0/rdr/evt";
    private static final String TEMPERATURE = "site/hall/temperature";
    private static final SeriesKey RSSI = new SeriesKey(EVENTS, "/RSSI");
    private static final SeriesKey CELSIUS = new SeriesKey(TEMPERATURE, "/celsius");
    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");
    /** Recorded: one tag event a second for 20 s, RSSI -40, -41, ... -59; a temperature every second too. */
    private static final int SECONDS = 20;

    private RecordingWindow window;
    private TestHome home;
    private WindowFixture fixture;
    private RecordingFeature feature;

    @BeforeEach
    void open() {
        window = RecordingWindow.open("recording-charts");
        home = window.home();
        fixture = window.fixture();
        feature = window.feature();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theChartsPlotTheRecordingUpToTheTimelinesMomentThenLiveAgain() throws Exception {
        Path file = home.files().resolve("rssi.sqlite");
        try (Recorder recorder = Recorder.start(file, RecorderSettings.of("site", null, 0))) {
            for (int second = 0; second < SECONDS; second++) {
                recorder.accept(message(
                        second * 1_000L,
                        EVENTS,
                        "{\"Interface\":\"13.56\",\"Protocol\":\"NFC-A\",\"TagId\":\"047DAE02C840" + (10 + second)
                                + "\",\"Move\":\"Insert\",\"RSSI\":" + (-40 - second) + "}"));
                recorder.accept(message(second * 1_000L + 500, TEMPERATURE, "{\"celsius\":" + (20 + second) + ".5}"));
            }
        }
        // live first: one point of the connection's own
        home.engine()
                .pipeline()
                .offer(
                        InboundMessage.now(
                                EVENTS,
                                "{\"Interface\":\"13.56\",\"Protocol\":\"NFC-A\",\"TagId\":\"04AA\",\"Move\":\"Insert\",\"RSSI\":-99}"));
        home.engine().pipeline().flush().join();
        ChartsView charts = Fx.get(() -> fixture.window().showCharts());
        Fx.run(() -> charts.addSeries(RSSI));
        awaitPoints(charts, RSSI, new double[] {-99});

        Fx.run(() -> feature.openRecording(file));
        Fx.await("the recording opens", () -> feature.playback() != null);
        feature.playback().sync();
        awaitPoints(charts, RSSI, new double[] {-40});

        scrubTo(10_700);
        awaitPoints(charts, RSSI, rssiUpTo(10));
        assertThat(Fx.get(() -> charts.pointTimes(RSSI)))
                .containsExactly(IntStream.rangeClosed(0, 10)
                        .mapToDouble(second -> T0.getEpochSecond() + second)
                        .toArray());
        // a series charted now reads the recording's file up to the moment (the engine keeps only 100 per topic)
        Fx.run(() -> charts.addSeries(CELSIUS));
        awaitPoints(
                charts,
                CELSIUS,
                IntStream.rangeClosed(0, 10)
                        .mapToDouble(second -> 20 + second + 0.5)
                        .toArray());
        Fx.run(charts::drain);
        Screenshots.write(charts.getScene(), "recording-charts-10s");

        scrubTo(3_200);
        awaitPoints(charts, RSSI, rssiUpTo(3));
        awaitPoints(charts, CELSIUS, new double[] {20.5, 21.5, 22.5});

        scrubTo(5_200);
        awaitPoints(charts, RSSI, rssiUpTo(5));

        Fx.run(() -> feature.timeline().playMax.fire());
        Fx.await(
                "max speed plays to the end",
                () -> feature.timeline().slider.getValue()
                        == feature.timeline().slider.getMax());
        feature.playback().sync();
        awaitPoints(charts, RSSI, rssiUpTo(SECONDS - 1));

        Fx.run(feature::closeRecording);
        awaitPoints(charts, RSSI, new double[] {-99});
        awaitPoints(charts, CELSIUS, new double[0]);
    }

    private static double[] rssiUpTo(int second) {
        return IntStream.rangeClosed(0, second).mapToDouble(s -> -40 - s).toArray();
    }

    private static void awaitPoints(ChartsView charts, SeriesKey key, double[] values) {
        Fx.await(key.label() + " holds " + Arrays.toString(values), () -> {
            charts.drain();
            return Arrays.equals(charts.pointValues(key), values);
        });
    }

    private void scrubTo(double millis) throws Exception {
        Fx.run(() -> feature.timeline().slider.setValue(millis));
        feature.playback().sync();
    }

    private static InboundMessage message(long millis, String topic, String payload) {
        return RecordingWindow.recorded(T0.plusMillis(millis), topic, payload);
    }
}
