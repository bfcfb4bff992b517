package com.springcoreexplorer.ui.shell;

import com.springcoreexplorer.ui.fx.FixedWidth;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

/**
 * The light/dark switch of the tool bar. The main scene and every window that asked to follow
 * (certificates, charts) change together.
 */
final class ThemeToggle {

    private final ToggleButton button = new ToggleButton();
    private final List<Runnable> followers = new ArrayList<>();
    private Theme theme;

    ThemeToggle(Theme initial) {
        this.theme = initial;
        button.setId("themeToggle");
        button.setTooltip(new Tooltip("Light or dark theme (Ctrl+Shift+T)"));
        // the button keeps its width whichever word it shows
        FixedWidth.forTexts(button, "Light", "Dark");
        button.setSelected(initial == Theme.DARK);
        button.textProperty()
                .bind(Bindings.when(button.selectedProperty()).then("Light").otherwise("Dark"));
        button.selectedProperty().addListener((obs, was, dark) -> {
            theme = dark ? Theme.DARK : Theme.LIGHT;
            followers.forEach(Runnable::run);
        });
    }

    /** Applies the current theme to {@code scene} now and on every change. */
    void follow(Scene scene) {
        theme.apply(scene);
        followers.add(() -> theme.apply(scene));
    }

    /** Runs {@code action} on every change (windows that may not exist yet apply the theme themselves). */
    void onChange(Runnable action) {
        followers.add(action);
    }

    void toggle() {
        button.setSelected(!button.isSelected());
    }

    Theme theme() {
        return theme;
    }

    ToggleButton button() {
        return button;
    }
}
