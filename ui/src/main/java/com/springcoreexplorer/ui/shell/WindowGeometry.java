package com.springcoreexplorer.ui.shell;

/** Where the window was and how it looked, remembered between runs. NaN x/y = let the OS place it. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized, boolean darkTheme) {

    public static final WindowGeometry DEFAULT = new WindowGeometry(Double.NaN, Double.NaN, 1280, 800, false, false);
}
