package com.springcoreexplorer.mqtt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void percentilesAreWithinAnEighthOfTheTrueValue() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int micros = 1; micros <= 10_000; micros++) {
            histogram.recordNanos(micros * 1_000L);
        }
        assertThat(histogram.count()).isEqualTo(10_000);
        assertThat(histogram.percentile(50).toNanos() / 1_000).isBetween(5_000L, 5_000L + 5_000 / 8);
        assertThat(histogram.percentile(99).toNanos() / 1_000).isBetween(9_900L, 10_000L);
        assertThat(histogram.percentile(100)).isEqualTo(Duration.ofMillis(10));
        assertThat(histogram.max()).isEqualTo(Duration.ofMillis(10));
    }

    @Test
    void bucketsCoverEveryValueWithoutGaps() {
        for (long micros = 0; micros < 1_000_000; micros += 7) {
            int index = LatencyHistogram.index(micros);
            assertThat(LatencyHistogram.upperBound(index)).isGreaterThanOrEqualTo(micros);
            if (index > 0) {
                assertThat(LatencyHistogram.upperBound(index - 1)).isLessThan(micros);
            }
        }
        assertThat(new LatencyHistogram().percentile(99)).isEqualTo(Duration.ZERO);
    }
}
