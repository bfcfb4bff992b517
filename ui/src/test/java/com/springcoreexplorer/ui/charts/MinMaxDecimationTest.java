package com.springcoreexplorer.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Thinning to the pixel width keeps the ends, every peak and dip, and the time order. */
class MinMaxDecimationTest {

    @Test
    void fewPointsStayAsTheyAre() {
        double[] t = {1, 2, 3, 4};
        double[] v = {5, 6, 7, 8};
        MinMaxDecimation.Points p = MinMaxDecimation.of(t, v, 1, 4, 10);
        assertThat(p.size()).isEqualTo(3);
        assertThat(p.times()).containsExactly(2, 3, 4);
        assertThat(p.values()).containsExactly(6, 7, 8);
    }

    @Test
    void manyPointsKeepTheEndsThePeaksAndTheOrder() {
        int n = 100_000;
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_790_000_000 + i * 0.036;
            v[i] = -50 + (i % 10) * 0.1;
        }
        v[12_345] = -90; // a dip
        v[67_890] = 10; // a peak
        MinMaxDecimation.Points p = MinMaxDecimation.of(t, v, 0, n, 500);

        assertThat(p.size()).isBetween(500, 2 * 500 + 2);
        assertThat(p.times()[0]).isEqualTo(t[0]);
        assertThat(p.times()[p.size() - 1]).isEqualTo(t[n - 1]);
        double[] values = java.util.Arrays.copyOf(p.values(), p.size());
        assertThat(values).contains(-90.0, 10.0);
        for (int i = 1; i < p.size(); i++) {
            assertThat(p.times()[i]).isGreaterThan(p.times()[i - 1]);
        }
    }

    @Test
    void pointsAtOneInstantStayOnePair() {
        double[] t = new double[1_000];
        double[] v = new double[1_000];
        for (int i = 0; i < t.length; i++) {
            t[i] = 42;
            v[i] = i % 3;
        }
        MinMaxDecimation.Points p = MinMaxDecimation.of(t, v, 0, t.length, 100);
        assertThat(p.size()).isLessThanOrEqualTo(4);
        assertThat(java.util.Arrays.copyOf(p.values(), p.size())).contains(0.0, 2.0);
    }
}
