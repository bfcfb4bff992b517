package com.springcoreexplorer.ui.charts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Chart data to CSV: {@code series,time,epoch_seconds,value}, one line per point, series after series. */
final class ChartExport {

    private ChartExport() {}

    /** A copy of one series taken on the FX thread, written later on a worker. */
    record Column(String name, double[] times, double[] values) {}

    static long writeCsv(Path file, List<Column> columns) throws IOException {
        long rows = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("series,time,epoch_seconds,value\n");
            for (Column c : columns) {
                String name = quote(c.name());
                for (int i = 0; i < c.times().length; i++) {
                    double t = c.times()[i];
                    long seconds = (long) Math.floor(t);
                    Instant at = Instant.ofEpochSecond(seconds, Math.round((t - seconds) * 1e9));
                    out.write(name + "," + at + "," + t + "," + number(c.values()[i]) + "\n");
                    rows++;
                }
            }
        }
        return rows;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
