package com.springcoreexplorer.ui.shell;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The side panels' switches, at the ends of the status bar under the panels they open: "Topics"
 * on the left, "Publish" on the right. A collapsed panel is one click (or shortcut) away.
 */
final class PanelToggles {

    private PanelToggles() {}

    static void install(HBox statusBar, CenterLayout layout) {
        ToggleButton topics = toggle("toggleTopicsPanel", "Topics", "Show or hide topics and readers (Ctrl+Shift+L)");
        topics.selectedProperty().bindBidirectional(layout.leftShownProperty());
        ToggleButton publish = toggle("togglePublishPanel", "Publish", "Show or hide the publish panel (Ctrl+Shift+R)");
        publish.selectedProperty().bindBidirectional(layout.publishShownProperty());
        statusBar.getChildren().addFirst(topics);
        statusBar.getChildren().add(publish);
    }

    private static ToggleButton toggle(String id, String text, String tooltip) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId(id);
        toggle.getStyleClass().addAll("small", "flat");
        toggle.setTooltip(new Tooltip(tooltip));
        toggle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        toggle.setFocusTraversable(false);
        return toggle;
    }
}
