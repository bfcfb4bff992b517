package com.springcoreexplorer.ui.detail;

import java.util.List;

/**
 * Where the detail pane reads a topic's kept messages from. The live feed is one; the pane needs
 * nothing else of it, so {@code detail} does not depend on {@code live} (which carries its rows).
 */
@FunctionalInterface
public interface MessageHistory {

    /** The messages kept for a topic, oldest first. May wait for the engine: call off the FX thread. */
    List<MessageView> history(String topic);
}
