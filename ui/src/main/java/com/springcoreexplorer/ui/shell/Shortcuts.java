package com.springcoreexplorer.ui.shell;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The window's keyboard shortcuts: Ctrl (Cmd on macOS) plus a key, or plus Shift and a key. */
final class Shortcuts {

    private final Scene scene;

    Shortcuts(Scene scene) {
        this.scene = scene;
    }

    /** Ctrl (Cmd) + {@code key}. */
    Shortcuts shortcut(KeyCode key, Runnable action) {
        scene.getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), action);
        return this;
    }

    /** Ctrl (Cmd) + Shift + {@code key}. */
    Shortcuts shortcutShift(KeyCode key, Runnable action) {
        scene.getAccelerators()
                .put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), action);
        return this;
    }
}
