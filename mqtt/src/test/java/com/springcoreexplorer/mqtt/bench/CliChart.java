package com.springcoreexplorer.mqtt.bench;

import com.springcoreexplorer.mqtt.testing.ChartImage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One bar per run of the {@code cli} scenario: mosquitto_sub's time divided by {@code sub}'s time for the
 * same flood (1.0 = as fast; the target line is 0.95), with each run's losses under it.
 */
final class CliChart {

    private static final Color MET = new Color(0x2E, 0x8B, 0x57);
    private static final Color MISSED = new Color(0xD9, 0x8C, 0x1F);
    private static final Color LOST = new Color(0xC0, 0x39, 0x2B);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);

    private CliChart() {}

    static void write(Path file, List<CliScenario.Result> results, String machine) throws IOException {
        int width = Math.max(900, 90 + results.size() * 62);
        int height = 580;
        ChartImage.write(
                file,
                width,
                height,
                "springcore-explorer sub vs mosquitto_sub: same flood, same run (higher is better)",
                18,
                machine,
                13,
                g -> {
                    int x = 70;
                    int baseY = height - 145;
                    int chartHeight = 330;
                    double max = 1.5;
                    for (CliScenario.Result r : results) {
                        max = Math.max(max, Math.ceil(r.speedRatio() * 4) / 4 + 0.25);
                    }
                    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                    for (double v = 0; v <= max + 1e-9; v += 0.25) {
                        int lineY = baseY - (int) (v / max * chartHeight);
                        g.setColor(new Color(0xE6, 0xE6, 0xE6));
                        g.drawLine(x, lineY, width - 20, lineY);
                        g.setColor(new Color(0x66, 0x66, 0x66));
                        g.drawString(String.format(Locale.ROOT, "%.2f", v), x - 40, lineY + 4);
                    }
                    int targetY = baseY - (int) (0.95 / max * chartHeight);
                    g.setColor(LOST);
                    g.setStroke(new BasicStroke(
                            2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                    g.drawLine(x, targetY, width - 20, targetY);
                    g.setStroke(new BasicStroke(1f));
                    g.drawString("target 0.95", width - 100, targetY - 5);
                    int slot = (width - x - 30) / Math.max(1, results.size());
                    for (int i = 0; i < results.size(); i++) {
                        CliScenario.Result r = results.get(i);
                        int bx = x + 10 + i * slot;
                        int h = (int) Math.round(Math.min(r.speedRatio(), max) / max * chartHeight);
                        // red only when sub lost what mosquitto_sub got (a loss before the broker hits both alike)
                        boolean lost = r.explorerUnique() < r.referenceUnique();
                        g.setColor(lost ? LOST : r.speedRatio() >= 0.95 ? MET : MISSED);
                        g.fillRect(bx, baseY - h, slot - 14, h);
                        g.setColor(TEXT);
                        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
                        g.drawString(String.format(Locale.ROOT, "%.2f", r.speedRatio()), bx, baseY - h - 4);
                        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                        g.drawString(r.mode(), bx, baseY + 14);
                        g.drawString("QoS " + r.qos(), bx, baseY + 27);
                        g.drawString(
                                r.messages() >= 1_000_000
                                        ? (r.messages() / 1_000_000) + "M"
                                        : (r.messages() / 1_000) + "k",
                                bx,
                                baseY + 40);
                        g.drawString(String.format(Locale.ROOT, "%.1fs", r.explorerSeconds()), bx, baseY + 53);
                        g.drawString(String.format(Locale.ROOT, "/%.1fs", r.referenceSeconds()), bx, baseY + 66);
                        g.drawString("lost " + (r.messages() - r.explorerUnique()), bx, baseY + 79);
                        g.drawString("ref. " + (r.messages() - r.referenceUnique()), bx, baseY + 92);
                    }
                    g.setColor(TEXT);
                    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                    g.drawString(
                            "Bar: mosquitto_sub's time / sub's time, first published line to last printed line (-v vs text, -F %j vs"
                                    + " --json).",
                            20, height - 26);
                    g.drawString(
                            "Under it: mode, QoS, flood, sub's time / mosquitto_sub's, lost by sub, lost by mosquitto_sub (ref.).",
                            20,
                            height - 10);
                });
    }
}
