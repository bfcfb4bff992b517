package com.springcoreexplorer.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.ui.testing.Fx;
import java.time.Duration;
import java.util.Arrays;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The benchmarks' meter: each pulse gap with the FX and renderer threads' CPU time within it. */
class PulseGapMeterTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void recordsEveryGapWithTheFxAndRendererThreadsCpuInIt() {
        Rectangle moving = new Rectangle(40, 40);
        // a frame that changes every pulse, so the renderer draws every pulse
        AnimationTimer rotating = new AnimationTimer() {
            @Override
            public void handle(long now) {
                moving.setRotate((now / 1_000_000) % 360);
            }
        };
        Stage stage = Fx.get(() -> {
            Stage shown = new Stage();
            shown.setScene(new Scene(new StackPane(moving), 300, 200));
            shown.show();
            rotating.start();
            return shown;
        });
        PulseGapMeter meter = new PulseGapMeter(1_000);
        Fx.run(meter::start);
        Fx.await("60 pulses", Duration.ofSeconds(30), () -> meter.summary().pulses() >= 60);
        Fx.run(meter::stop);

        double[][] gaps = Fx.get(meter::gapsWithCpuMillis);
        double[] plain = Fx.get(meter::gapsMillis);
        PulseGapMeter.Summary summary = Fx.get(meter::summary);
        assertThat(gaps.length).isEqualTo(summary.pulses()).isEqualTo(plain.length);
        for (int i = 0; i < gaps.length; i++) {
            assertThat(gaps[i][0]).as("gap %d", i).isEqualTo(plain[i]).isPositive();
            assertThat(gaps[i][1]).as("FX CPU in gap %d", i).isGreaterThanOrEqualTo(0);
            assertThat(gaps[i][2]).as("renderer CPU in gap %d", i).isGreaterThanOrEqualTo(0);
        }
        assertThat(Arrays.stream(gaps).mapToDouble(gap -> gap[2]).sum())
                .as("the renderer thread was found and drew the rotating square")
                .isPositive();
        assertThat(summary.p50Millis()).isPositive().isLessThanOrEqualTo(summary.p99Millis());
        assertThat(summary.p99Millis()).isLessThanOrEqualTo(summary.maxMillis());
        assertThat(summary.slowGapMeanMillis()).isGreaterThanOrEqualTo(summary.p99Millis());
        assertThat(summary.slowGapRendererCpuMeanMillis()).isGreaterThanOrEqualTo(0);
        Fx.run(() -> {
            rotating.stop();
            stage.close();
        });
    }
}
