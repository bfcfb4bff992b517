package com.springcoreexplorer.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The window's middle: side panels (topics and readers on the left, publish on the right) that
 * collapse, and the tag event table over the message detail. The detail pane takes no space until
 * something is selected, so the table has the whole height on a first run. Below
 * {@link #NARROW_WIDTH} the publish panel starts collapsed, below {@link #NARROWEST_WIDTH} the topics
 * panel too: at 1024 px the table shows every column whole.
 * FX thread only.
 */
final class CenterLayout {

    /** Narrower than this, the window opens with the publish panel collapsed. */
    static final double NARROW_WIDTH = 1280;
    /** Narrower than this, the topics panel starts collapsed too: the table needs about 1000 px for every column whole. */
    static final double NARROWEST_WIDTH = 1100;

    private final SplitPane center = new SplitPane();
    private final SplitPane middle = new SplitPane();
    private final Node left;
    private final Node publish;
    private final Node detail;
    private final BooleanProperty leftShown = new SimpleBooleanProperty(true);
    private final BooleanProperty publishShown = new SimpleBooleanProperty(true);
    private final BooleanProperty detailShown = new SimpleBooleanProperty(false);
    /** Side panels open at these widths (px): enough for their content, the rest goes to the table. */
    private static final double LEFT_WIDTH = 210;

    private static final double PUBLISH_WIDTH = 280;
    private double width;

    CenterLayout(Node left, Node events, Node detail, Node publish, double windowWidth) {
        this.left = left;
        this.publish = publish;
        this.detail = detail;
        this.width = windowWidth;
        center.setId("centerSplit");
        middle.setId("middleSplit");
        middle.setOrientation(Orientation.VERTICAL);
        middle.getItems().setAll(events);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(publish, false);
        SplitPane.setResizableWithParent(detail, false);
        center.getItems().setAll(left, middle, publish);
        leftShown.addListener((obs, was, shown) -> arrangeSides());
        publishShown.addListener((obs, was, shown) -> arrangeSides());
        detailShown.addListener((obs, was, shown) -> arrangeMiddle());
        publishShown.set(windowWidth >= NARROW_WIDTH);
        leftShown.set(windowWidth >= NARROWEST_WIDTH);
        arrangeSides();
    }

    /**
     * Collapses a side panel when the window gets narrower than its threshold and opens it again
     * when it gets wider; what the user toggles in between stays until the next crossing.
     */
    void followWidth(javafx.beans.value.ObservableDoubleValue width) {
        width.addListener((obs, old, now) -> {
            this.width = now.doubleValue();
            crossing(old.doubleValue(), now.doubleValue(), NARROW_WIDTH, publishShown);
            crossing(old.doubleValue(), now.doubleValue(), NARROWEST_WIDTH, leftShown);
        });
    }

    private static void crossing(double old, double now, double threshold, BooleanProperty shown) {
        if (old >= threshold && now < threshold) {
            shown.set(false);
        } else if (old < threshold && now >= threshold) {
            shown.set(true);
        }
    }

    private void arrangeSides() {
        center.getItems().setAll(middle);
        if (leftShown.get()) {
            center.getItems().addFirst(left);
        }
        if (publishShown.get()) {
            center.getItems().add(publish);
        }
        // side panels keep a fixed share: the table gets what is left
        double left = Math.min(0.3, LEFT_WIDTH / width);
        double right = Math.max(0.6, 1 - PUBLISH_WIDTH / width);
        if (leftShown.get() && publishShown.get()) {
            center.setDividerPositions(left, right);
        } else if (leftShown.get()) {
            center.setDividerPositions(left);
        } else if (publishShown.get()) {
            center.setDividerPositions(right);
        }
    }

    private void arrangeMiddle() {
        if (detailShown.get() && !middle.getItems().contains(detail)) {
            middle.getItems().add(detail);
            middle.setDividerPositions(0.58);
        } else if (!detailShown.get()) {
            middle.getItems().remove(detail);
        }
    }

    SplitPane node() {
        return center;
    }

    /** Topics and readers on the left. */
    BooleanProperty leftShownProperty() {
        return leftShown;
    }

    /** The publish panel on the right. */
    BooleanProperty publishShownProperty() {
        return publishShown;
    }

    /** The message detail under the table: shown once a topic or an event is selected. */
    BooleanProperty detailShownProperty() {
        return detailShown;
    }
}
