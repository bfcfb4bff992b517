package com.springcoreexplorer.mqtt.bench;

import com.springcoreexplorer.mqtt.testing.ChartImage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A small headless Java2D chart of the results: throughput vs mosquitto_sub, heap vs limit. */
final class BenchChart {

    private static final Color REFERENCE = new Color(0x8A, 0x94, 0xA6);
    private static final Color EXPLORER = new Color(0x2E, 0x8B, 0x57);
    private static final Color STORE = new Color(0x4A, 0x7F, 0xC1);
    private static final Color TREE = new Color(0xA9, 0xC6, 0xE8);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final int WIDTH = 1100;
    private static final int HEIGHT = 660;

    private BenchChart() {}

    static void write(Path file, List<FloodScenario.Result> floods, HeapScenario.Result heap, String machine)
            throws IOException {
        ChartImage.write(
                file,
                WIDTH,
                HEIGHT,
                "SpringCore Explorer ingest vs mosquitto_sub (same flood, mutual TLS, loopback)",
                20,
                machine,
                13,
                g -> {
                    throughput(g, floods, 30, 90, 560, 400);
                    heap(g, heap, 640, 90, 430, 400);
                    footer(g, floods, heap, 30, 560);
                });
    }

    private static void throughput(
            Graphics2D g, List<FloodScenario.Result> floods, int x, int y, int width, int height) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.setColor(TEXT);
        g.drawString("Messages per second received (higher is better)", x, y);
        double max = 1;
        for (FloodScenario.Result r : floods) {
            max = Math.max(max, Math.max(r.referenceRate(), r.explorerRate()));
        }
        max *= 1.2;
        int baseY = y + height - 40;
        int chartHeight = height - 90;
        axis(g, x + 50, baseY, width - 60, chartHeight, max, "msg/s");
        int groupWidth = (width - 80) / Math.max(1, floods.size());
        for (int i = 0; i < floods.size(); i++) {
            FloodScenario.Result r = floods.get(i);
            int gx = x + 70 + i * groupWidth;
            int barWidth = groupWidth / 3;
            bar(
                    g,
                    gx,
                    baseY,
                    barWidth,
                    r.referenceRate() / max * chartHeight,
                    REFERENCE,
                    String.format(Locale.ROOT, "%,.0f", r.referenceRate()));
            bar(
                    g,
                    gx + barWidth + 8,
                    baseY,
                    barWidth,
                    r.explorerRate() / max * chartHeight,
                    EXPLORER,
                    String.format(Locale.ROOT, "%,.0f", r.explorerRate()));
            g.setColor(TEXT);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            g.drawString(String.format(Locale.ROOT, "QoS %d: ratio %.2f", r.qos(), r.ratio()), gx, baseY + 18);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString(
                    String.format(Locale.ROOT, "%,d msgs, p99 %.1f ms", r.messages(), r.latencyP99Ms()),
                    gx,
                    baseY + 34);
            g.drawString(
                    String.format(
                            Locale.ROOT,
                            "dropped %d, lost %d (ref. %d)",
                            r.dropped(),
                            r.explorerLost(),
                            r.referenceLost()),
                    gx,
                    baseY + 50);
        }
        legend(g, x + width - 230, y + 20, REFERENCE, "mosquitto_sub (reference)");
        legend(g, x + width - 230, y + 40, EXPLORER, "SpringCore Explorer engine");
    }

    private static void heap(Graphics2D g, HeapScenario.Result heap, int x, int y, int width, int height) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.setColor(TEXT);
        g.drawString(
                String.format(Locale.ROOT, "Heap, %,d msgs over %,d topics (MB)", heap.messages(), heap.topics()),
                x,
                y);
        double max = Math.max(heap.limitMb(), Math.max(heap.liveHeapPeakMb(), heap.budgetMb())) * 1.25;
        int baseY = y + height - 40;
        int chartHeight = height - 90;
        axis(g, x + 40, baseY, width - 50, chartHeight, max, "MB");
        double storeMb = heap.storeUsedBytes() / 1024.0 / 1024.0;
        double treeMb = heap.treeEstimatedBytes() / 1024.0 / 1024.0;
        int barWidth = (width - 100) / 4;
        int bx = x + 60;
        bar(g, bx, baseY, barWidth, heap.budgetMb() / max * chartHeight, REFERENCE, heap.budgetMb() + " budget");
        int modelsX = bx + barWidth + 10;
        bar(
                g,
                modelsX,
                baseY,
                barWidth,
                (storeMb + treeMb) / max * chartHeight,
                TREE,
                String.format(Locale.ROOT, "%.0f models", storeMb + treeMb));
        bar(g, modelsX, baseY, barWidth, storeMb / max * chartHeight, STORE, "");
        bar(
                g,
                bx + 2 * (barWidth + 10),
                baseY,
                barWidth,
                heap.liveHeapPeakMb() / max * chartHeight,
                heap.withinLimit() ? EXPLORER : Color.RED,
                heap.liveHeapPeakMb() + " live heap");
        legend(g, x + width - 170, y + 20, TREE, "topic tree (estimate)");
        legend(g, x + width - 170, y + 40, STORE, "stored messages");
        int limitY = baseY - (int) (heap.limitMb() / max * chartHeight);
        g.setColor(Color.RED);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        g.drawLine(x + 40, limitY, x + width - 10, limitY);
        g.setStroke(new BasicStroke(1f));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("limit: budget + 64 MB = " + heap.limitMb() + " MB", x + 45, limitY - 5);
        g.setColor(TEXT);
        g.drawString(
                String.format(
                        Locale.ROOT,
                        "received %,d, dropped %,d, evicted by budget %,d",
                        heap.received(),
                        heap.dropped(),
                        heap.evictedByBudget()),
                x,
                baseY + 18);
        g.drawString(
                String.format(
                        Locale.ROOT,
                        "live heap = after a full GC at every 10 %%, peak (garbage incl.) %d MB",
                        heap.peakHeapUsedMb()),
                x,
                baseY + 34);
    }

    private static void footer(
            Graphics2D g, List<FloodScenario.Result> floods, HeapScenario.Result heap, int x, int y) {
        g.setColor(TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        StringBuilder line =
                new StringBuilder(String.format(Locale.ROOT, "Filters on %,d topics, median: ", heap.treeTopics()));
        int lineY = y;
        for (HeapScenario.FilterTiming f : heap.filters()) {
            String item = String.format(
                    Locale.ROOT,
                    "%s '%s' %.1f ms (%,d hits);  ",
                    f.kind(),
                    shorten(f.query()),
                    f.medianMs(),
                    f.matches());
            if (line.length() + item.length() > 150) {
                g.drawString(line.toString(), x, lineY);
                lineY += 18;
                line.setLength(0);
                line.append("    ");
            }
            line.append(item);
        }
        g.drawString(line.toString(), x, lineY);
        g.drawString(
                "Publishers: one mosquitto_pub -l per device (X.509 v1 device certificate); rates from first to last message "
                        + "each subscriber received.",
                x,
                lineY + 22);
        g.drawString(
                "Explorer: MqttConnection (MQTT 5) -> bounded queue -> dispatcher -> SpringCore decoder, store, topic tree -> batch listeners.",
                x,
                lineY + 40);
    }

    private static String shorten(String query) {
        return query.length() > 34 ? "..." + query.substring(query.length() - 31) : query;
    }

    private static void axis(Graphics2D g, int x, int baseY, int width, int height, double max, String unit) {
        g.setColor(new Color(0xDD, 0xDD, 0xDD));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int i = 0; i <= 4; i++) {
            int lineY = baseY - height * i / 4;
            g.setColor(new Color(0xE6, 0xE6, 0xE6));
            g.drawLine(x, lineY, x + width, lineY);
            g.setColor(new Color(0x66, 0x66, 0x66));
            g.drawString(String.format(Locale.ROOT, "%,.0f", max * i / 4), x - 48, lineY + 4);
        }
        g.drawString(unit, x - 48, baseY - height - 10);
    }

    private static void bar(Graphics2D g, int x, int baseY, int width, double height, Color color, String label) {
        int h = (int) Math.round(height);
        g.setColor(color);
        g.fillRect(x, baseY - h, width, h);
        g.setColor(TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.drawString(label, x, baseY - h - 5);
    }

    private static void legend(Graphics2D g, int x, int y, Color color, String label) {
        g.setColor(color);
        g.fillRect(x, y - 10, 14, 12);
        g.setColor(TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(label, x + 20, y);
    }
}
