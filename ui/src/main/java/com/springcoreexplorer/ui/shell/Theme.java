package com.springcoreexplorer.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark looks: AtlantaFX Primer as the base, the app's own sheet on top (it uses the theme's colour variables). */
public enum Theme {
    LIGHT,
    DARK;

    static final String APP_STYLESHEET = "/com/springcoreexplorer/ui/assets/css/explorer.css";

    /** Applies the theme to the whole application and marks the scene's root ({@code .dark}) for the app sheet. */
    public void apply(Scene scene) {
        installUserAgentStylesheet();
        var url = Theme.class.getResource(APP_STYLESHEET);
        if (url != null && !scene.getStylesheets().contains(url.toExternalForm())) {
            scene.getStylesheets().add(url.toExternalForm());
        }
        scene.getRoot().getStyleClass().remove("dark");
        if (this == DARK) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }

    /**
     * Makes the theme the application's user agent stylesheet (AtlantaFX's precompiled binary form:
     * no CSS parsing at start-up). Called again with the same sheet it costs nothing.
     */
    public void installUserAgentStylesheet() {
        String sheet = this == DARK
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS();
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }
}
