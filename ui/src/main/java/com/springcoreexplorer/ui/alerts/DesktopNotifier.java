package com.springcoreexplorer.ui.alerts;

import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating system's notification, through {@link SystemTray} where the desktop has one. Fails
 * soft: on a machine without a tray (headless, many Linux desktops) it says so once in the log and
 * does nothing. Call it off the FX thread: AWT has its own thread and may block starting it.
 */
public final class DesktopNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotifier.class);

    private TrayIcon icon;
    private boolean unavailable;

    /** True when notifications can be shown (tries once, then remembers). */
    public synchronized boolean available() {
        if (icon != null) {
            return true;
        }
        if (unavailable) {
            return false;
        }
        try {
            if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                unavailable = true;
                LOG.info("no system tray on this desktop: alerts are shown in the window only");
                return false;
            }
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(new java.awt.Color(0x2f, 0x7d, 0xe1));
            g.fillOval(1, 1, 14, 14);
            g.dispose();
            icon = new TrayIcon(image, "SpringCore Explorer");
            icon.setImageAutoSize(true);
            SystemTray.getSystemTray().add(icon);
            return true;
        } catch (Exception | LinkageError e) {
            unavailable = true;
            LOG.info("desktop notifications unavailable ({}): alerts are shown in the window only", e.toString());
            return false;
        }
    }

    /** Shows a notification when the desktop can; never throws. */
    public synchronized void show(String title, String text, boolean problem) {
        if (!available()) {
            return;
        }
        try {
            icon.displayMessage(title, text, problem ? TrayIcon.MessageType.WARNING : TrayIcon.MessageType.INFO);
        } catch (Exception e) {
            LOG.debug("desktop notification failed: {}", e.toString());
        }
    }

    /** Removes the tray icon. */
    public synchronized void close() {
        if (icon != null) {
            try {
                SystemTray.getSystemTray().remove(icon);
            } catch (Exception ignored) {
                // the desktop is going away anyway
            }
            icon = null;
        }
    }
}
