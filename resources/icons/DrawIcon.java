import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the one source image of the app icon (1024 x 1024 PNG): a tag card being read, with
 * contactless/message waves. Run: {@code java DrawIcon.java OUT.png}; make-icons.sh derives the rest.
 */
public class DrawIcon {
    public static void main(String[] args) throws Exception {
        int size = 1024;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

        // tile: rounded square, teal to deep blue (macOS-style 80 px margin)
        g.setPaint(new GradientPaint(0, 80, new Color(0x21, 0x96, 0xAB), 0, 944, new Color(0x0B, 0x3D, 0x5C)));
        g.fill(new RoundRectangle2D.Double(80, 80, 864, 864, 190, 190));

        // the tag / badge card
        g.setColor(new Color(255, 255, 255, 245));
        g.fill(new RoundRectangle2D.Double(190, 290, 300, 444, 56, 56));
        g.setColor(new Color(0x21, 0x96, 0xAB));
        g.fill(new RoundRectangle2D.Double(240, 360, 200, 30, 30, 30));
        g.setColor(new Color(0xA8, 0xD4, 0xDD));
        g.fill(new RoundRectangle2D.Double(240, 420, 140, 30, 30, 30));
        g.setColor(new Color(0x0B, 0x3D, 0x5C));
        g.fill(new Ellipse2D.Double(280, 540, 120, 120));

        // waves leaving the card: white, white, amber
        g.setStroke(new BasicStroke(52, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double cx = 420;
        double cy = 512;
        int[] radii = {170, 290, 410};
        Color[] colors = {Color.WHITE, new Color(255, 255, 255, 210), new Color(0xFF, 0xC8, 0x57)};
        for (int i = 0; i < radii.length; i++) {
            double r = radii[i];
            g.setColor(colors[i]);
            g.draw(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, -42, 84, Arc2D.OPEN));
        }
        g.dispose();
        ImageIO.write(image, "png", new File(args.length > 0 ? args[0] : "springcore-explorer-1024.png"));
    }
}
