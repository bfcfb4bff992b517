package com.springcoreexplorer.ui.charts;

/**
 * Thins sorted points to what a chart of a given pixel width can show: per pixel column the lowest
 * and the highest point (in time order), plus the first and the last point of the range. Peaks and
 * dips stay visible; a line through 100,000 points costs as much to draw as one through 2,000.
 */
final class MinMaxDecimation {

    private MinMaxDecimation() {}

    /** The thinned points: {@code times[0..size)} and {@code values[0..size)}. */
    record Points(double[] times, double[] values, int size) {}

    /**
     * The points of {@code times[from..to)} (sorted) thinned to at most about {@code 2 * columns + 2}
     * points; fewer points than that are returned as they are.
     */
    static Points of(double[] times, double[] values, int from, int to, int columns) {
        int n = to - from;
        if (n <= 2L * columns + 2) {
            return new Points(
                    java.util.Arrays.copyOfRange(times, from, to), java.util.Arrays.copyOfRange(values, from, to), n);
        }
        double[] x = new double[2 * columns + 2];
        double[] y = new double[2 * columns + 2];
        int size = 0;
        double start = times[from];
        double width = (times[to - 1] - start) / columns;
        x[size] = times[from];
        y[size++] = values[from];
        int i = from + 1;
        int last = to - 1;
        while (i < last) {
            // one pixel column: the points up to the column's end time
            int column = width > 0 ? (int) Math.min(columns - 1, (times[i] - start) / width) : columns - 1;
            double end = column == columns - 1 ? Double.POSITIVE_INFINITY : start + (column + 1) * width;
            int min = i;
            int max = i;
            // at least one point per step, whatever the rounding of the column's end
            for (i++; i < last && times[i] < end; i++) {
                if (values[i] < values[min]) {
                    min = i;
                }
                if (values[i] > values[max]) {
                    max = i;
                }
            }
            int first = Math.min(min, max);
            int second = Math.max(min, max);
            if (size + 3 > x.length) {
                x = java.util.Arrays.copyOf(x, x.length * 2);
                y = java.util.Arrays.copyOf(y, y.length * 2);
            }
            x[size] = times[first];
            y[size++] = values[first];
            if (second != first) {
                x[size] = times[second];
                y[size++] = values[second];
            }
        }
        x[size] = times[last];
        y[size++] = values[last];
        return new Points(x, y, size);
    }
}
