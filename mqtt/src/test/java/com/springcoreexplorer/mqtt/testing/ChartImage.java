package com.springcoreexplorer.mqtt.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/** A benchmark chart as a PNG: white, antialiased, a title and a subtitle; the caller draws the rest. */
public final class ChartImage {

    private ChartImage() {}

    public static void write(
            Path file,
            int width,
            int height,
            String title,
            int titleSize,
            String subtitle,
            int subtitleSize,
            Consumer<Graphics2D> body)
            throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x22, 0x22, 0x22));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, titleSize));
        g.drawString(title, titleSize + 10, titleSize + 16);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, subtitleSize));
        g.drawString(subtitle, titleSize + 10, titleSize + 16 + subtitleSize + 9);
        body.accept(g);
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }
}
