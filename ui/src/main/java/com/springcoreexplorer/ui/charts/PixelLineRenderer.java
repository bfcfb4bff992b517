package com.springcoreexplorer.ui.charts;

import io.fair_acc.chartfx.renderer.spi.AbstractRendererXY;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import java.util.Arrays;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Draws every series as a one-pixel line into one image, on the FX thread, and hands the canvas that
 * image: one draw call per redraw, whatever the number of series and points.
 *
 * <p>Why not chartfx's line renderers: they stroke anti-aliased paths, and where JavaFX has no GPU
 * (software rendering: virtual machines, remote desktops, Xvfb) the render thread then spent 90 ms and
 * more per redraw on ten series of 2,000 jagged points, and the window froze a pulse each time (UI chart
 * benchmark: pulse p99 160 ms). Thinned points ({@link MinMaxDecimation}) are about one per pixel
 * column: a column-by-column raster of them shows every peak and dip exactly as a stroked path would.
 */
final class PixelLineRenderer extends AbstractRendererXY<PixelLineRenderer> {

    private int[] pixels = new int[0];
    private WritableImage image;
    private int width;
    private int height;

    @Override
    public void render() {
        if (getChart() == null || getDatasetNodes().isEmpty()) {
            return;
        }
        updateCachedVariables();
        Canvas canvas = getChart().getCanvas();
        if (!begin(canvas)) {
            return;
        }
        for (DataSetNode node : getDatasetNodes()) {
            if (node.isVisible()) {
                raster(node.getDataSet(), argb(node.getLineColor()));
            }
        }
        finish(canvas.getGraphicsContext2D());
    }

    /** One series on its own (chartfx's per-data-set entry point; {@link #render()} draws them all at once). */
    @Override
    protected void render(GraphicsContext gc, DataSet dataSet, DataSetNode style) {
        if (begin(gc.getCanvas())) {
            raster(dataSet, argb(style.getLineColor()));
            finish(gc);
        }
    }

    @Override
    protected PixelLineRenderer getThis() {
        return this;
    }

    /** Sizes and clears the image to the canvas; false when there is nothing to draw on. */
    private boolean begin(Canvas canvas) {
        int w = (int) Math.floor(canvas.getWidth());
        int h = (int) Math.floor(canvas.getHeight());
        if (w <= 0 || h <= 0) {
            return false;
        }
        if (w != width || h != height) {
            width = w;
            height = h;
            pixels = new int[w * h];
            image = new WritableImage(w, h);
        } else {
            Arrays.fill(pixels, 0);
        }
        return true;
    }

    private void finish(GraphicsContext gc) {
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        gc.save();
        // pixel for pixel: not shifted by the half pixel chartfx may have translated the canvas by for its strokes
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setImageSmoothing(false);
        gc.drawImage(image, 0, 0);
        gc.restore();
    }

    /** The line through the data set's points (sorted by x), one vertical span per pixel column it crosses. */
    private void raster(DataSet dataSet, int color) {
        int count = dataSet.getDataCount();
        double previousX = Double.NaN;
        double previousY = Double.NaN;
        for (int i = 0; i < count; i++) {
            double x = xAxis.getDisplayPosition(dataSet.get(DataSet.DIM_X, i));
            double y = yAxis.getDisplayPosition(dataSet.get(DataSet.DIM_Y, i));
            if (Double.isNaN(x) || Double.isNaN(y)) {
                previousX = Double.NaN; // a gap in the data is a gap in the line
                continue;
            }
            if (Double.isNaN(previousX)) {
                span((int) Math.floor(x), y, y, color);
            } else {
                segment(previousX, previousY, x, y, color);
            }
            previousX = x;
            previousY = y;
        }
    }

    private void segment(double x0, double y0, double x1, double y1, int color) {
        int first = (int) Math.floor(Math.min(x0, x1));
        int last = (int) Math.floor(Math.max(x0, x1));
        if (last < 0 || first >= width) {
            return;
        }
        if (first == last) {
            span(first, y0, y1, color);
            return;
        }
        double slope = (y1 - y0) / (x1 - x0);
        for (int column = Math.max(first, 0); column <= Math.min(last, width - 1); column++) {
            // the part of the segment inside this column, from its left edge to its right edge
            double left = Math.max(Math.min(x0, x1), column);
            double right = Math.min(Math.max(x0, x1), column + 1.0);
            span(column, y0 + (left - x0) * slope, y0 + (right - x0) * slope, color);
        }
    }

    private void span(int column, double ya, double yb, int color) {
        if (column < 0 || column >= width) {
            return;
        }
        int top = (int) Math.max(0, Math.floor(Math.min(ya, yb)));
        int bottom = (int) Math.min(height - 1, Math.floor(Math.max(ya, yb)));
        for (int row = top, index = top * width + column; row <= bottom; row++, index += width) {
            pixels[index] = color;
        }
    }

    private static int argb(Paint paint) {
        Color c = paint instanceof Color color ? color : Color.GRAY;
        int a = (int) Math.round(c.getOpacity() * 255);
        // premultiplied, as the image's pixel format expects
        int r = (int) Math.round(c.getRed() * c.getOpacity() * 255);
        int g = (int) Math.round(c.getGreen() * c.getOpacity() * 255);
        int b = (int) Math.round(c.getBlue() * c.getOpacity() * 255);
        return a << 24 | r << 16 | g << 8 | b;
    }
}
