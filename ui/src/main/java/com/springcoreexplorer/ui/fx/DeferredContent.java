package com.springcoreexplorer.ui.fx;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TitledPane;

/**
 * Puts a view into the scene only when the user first looks at it. A node in the scene gets its
 * CSS, skin and layout before the window can show, even inside an unselected tab or a collapsed
 * pane: deferring the hidden ones makes the first frame of the main window about a third cheaper.
 * The views themselves are built up front (they bind to their models at once); only their attachment waits.
 */
public final class DeferredContent {

    private DeferredContent() {}

    /** FX thread: {@code content} becomes the tab's content when the tab is first selected. */
    public static void onFirstSelection(Tab tab, Node content) {
        whenFirstTrue(tab.selectedProperty(), () -> tab.setContent(content));
    }

    /** FX thread: {@code content} becomes the pane's content when it is first expanded. */
    public static void onFirstExpansion(TitledPane pane, Node content) {
        whenFirstTrue(pane.expandedProperty(), () -> pane.setContent(content));
    }

    /** FX thread: runs {@code action} now if {@code condition} holds, else once, the first time it does. */
    public static void whenFirstTrue(ObservableBooleanValue condition, Runnable action) {
        FxThread.check("DeferredContent");
        if (condition.get()) {
            action.run();
            return;
        }
        condition.addListener(new ChangeListener<>() {
            @Override
            public void changed(
                    javafx.beans.value.ObservableValue<? extends Boolean> observable, Boolean was, Boolean now) {
                if (now) {
                    condition.removeListener(this);
                    action.run();
                }
            }
        });
    }
}
