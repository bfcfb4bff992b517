package com.springcoreexplorer.ui.fleet;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** A tiny line of the last hour's values (per minute), drawn on a canvas; NaN leaves a gap. */
final class Sparkline extends Canvas {

    private final Color color;

    Sparkline(double width, double height, Color color) {
        super(width, height);
        this.color = color;
        getStyleClass().add("sparkline");
    }

    /** FX thread: draws {@code values}, scaled to their own range ({@code fromZero}: the range starts at 0). */
    void draw(double[] values, boolean fromZero) {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        if (values == null || values.length < 2) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            return;
        }
        if (fromZero) {
            min = Math.min(0, min);
        }
        double span = max - min == 0 ? 1 : max - min;
        g.setStroke(color);
        g.setLineWidth(1.2);
        boolean drawing = false;
        g.beginPath();
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                drawing = false;
                continue;
            }
            double x = i * (w - 2) / (values.length - 1) + 1;
            double y = h - 2 - (v - min) / span * (h - 4);
            if (drawing) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                drawing = true;
            }
        }
        g.stroke();
    }
}
