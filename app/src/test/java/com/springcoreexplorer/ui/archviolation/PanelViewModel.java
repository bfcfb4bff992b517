package com.springcoreexplorer.ui.archviolation;

import com.springcoreexplorer.certstore.store.StoreFiles;
import com.springcoreexplorer.ui.archcycle.CycleBack;
import javafx.application.Platform;
import javafx.scene.control.Label;

/**
 * Deliberately breaks the ui rules (a view model holding a scene node and calling Platform.runLater
 * outside ui.fx, reaching a certstore internal, a package cycle) so the architecture test can prove they bite.
 */
public final class PanelViewModel {
    private final Label label = new Label();

    void refreshLater() {
        Platform.runLater(() -> label.setText(StoreFiles.class.getSimpleName() + new CycleBack()));
    }
}
