package com.springcoreexplorer.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark looks: AtlantaFX Primer as the base, the app's own sheet on top (it uses the theme's colour variables). */
public enum Theme {
    LIGHT, DARK;

    static final String APP_STYLESHEET = "/com/springcoreexplorer/ui/assets/css/explorer.css";

    /** Applies the theme to the whole application and marks the scene's root ({@code .dark}) for the app sheet. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        var url = Theme.class.getResource(APP_STYLESHEET);
        if (url != null && !scene.getStylesheets().contains(url.toExternalForm())) {
            scene.getStylesheets().add(url.toExternalForm());
        }
        scene.getRoot().getStyleClass().remove("dark");
        if (this == DARK) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }
}
