package com.springcoreexplorer.ui.charts;

/**
 * New points of one series, oldest first; the arrays are not shared after hand-over.
 *
 * @param times  seconds since the epoch (reception time)
 * @param values the numbers
 */
public record SeriesPoints(SeriesKey key, double[] times, double[] values) {

    public int size() {
        return times.length;
    }
}
