package com.springcoreexplorer.ui.bench;

import com.springcoreexplorer.mqtt.testing.ChartImage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The UI flood benchmark's chart: every FX pulse gap of the flood over time, against the targets. */
final class PulseGapChart {

    private static final int WIDTH = 1100;
    private static final int HEIGHT = 420;
    private static final double MAX_MS = 300;
    private static final Color FINE = new Color(0x2E, 0x8B, 0x57);
    private static final Color SLOW = new Color(0xE0, 0x8A, 0x1E);
    private static final Color FROZEN = new Color(0xC6, 0x28, 0x28);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);

    private PulseGapChart() {}

    /** {@code gaps}: the flood's pulse gaps in order (ms); {@code summary}: one line under the title. */
    static void write(Path file, double[] gaps, String summary) throws IOException {
        ChartImage.write(
                file,
                WIDTH,
                HEIGHT,
                "FX pulse gaps during a 20,000 msg/s flood (UiFloodBenchmark): every pulse, in time",
                16,
                summary,
                12,
                g -> draw(g, gaps));
    }

    private static void draw(Graphics2D g, double[] gaps) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int left = 70;
        int top = 70;
        int width = WIDTH - left - 30;
        int height = HEIGHT - top - 50;
        double total = 0;
        for (double gap : gaps) {
            total += gap;
        }
        double seconds = Math.max(1, Math.ceil(total / 1000));
        for (double ms : new double[] {0, 50, 100, 150, 200, 250, 300}) {
            int y = top + height - (int) (ms / MAX_MS * height);
            g.setColor(GRID);
            g.drawLine(left, y, left + width, y);
            g.setColor(TEXT);
            g.drawString(String.format(Locale.ROOT, "%.0f ms", ms), 20, y + 4);
        }
        for (int s = 0; s <= seconds; s++) {
            int x = left + (int) (s / seconds * width);
            g.setColor(TEXT);
            g.drawString(s + " s", x - 8, top + height + 18);
        }
        target(g, left, top, width, height, 50, "p99 target 50 ms");
        target(g, left, top, width, height, 250, "max target 250 ms");
        double at = 0;
        for (double gap : gaps) {
            at += gap;
            int x = left + (int) (at / 1000 / seconds * width);
            int barHeight = (int) (Math.min(gap, MAX_MS) / MAX_MS * height);
            g.setColor(gap < 50 ? FINE : gap < 250 ? SLOW : FROZEN);
            g.fillRect(x - 1, top + height - barHeight, 2, Math.max(1, barHeight));
        }
        g.setColor(TEXT);
        g.drawString(
                "time since the flood started; a bar per pulse, its height the gap since the previous pulse (one frame = 16.7 ms)",
                left,
                HEIGHT - 12);
    }

    private static void target(Graphics2D g, int left, int top, int width, int height, double ms, String label) {
        int y = top + height - (int) (ms / MAX_MS * height);
        g.setColor(FROZEN);
        g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        g.drawLine(left, y, left + width, y);
        g.setStroke(new BasicStroke(1));
        g.drawString(label, left + width - 120, y - 4);
    }
}
