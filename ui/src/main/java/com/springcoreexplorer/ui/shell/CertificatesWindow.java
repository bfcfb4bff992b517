package com.springcoreexplorer.ui.shell;

import com.springcoreexplorer.ui.certificates.CertificatesView;
import com.springcoreexplorer.ui.certificates.CertificatesViewModel;
import com.springcoreexplorer.ui.fx.Dialogs;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The certificate manager's own window: made on first use, then brought forward; Escape or Close hides it. */
final class CertificatesWindow {

    private final CertificatesViewModel model;
    private final Supplier<Window> owner;
    private final ThemeToggle theme;
    private Stage stage;

    CertificatesWindow(CertificatesViewModel model, Supplier<Window> owner, ThemeToggle theme) {
        this.model = model;
        this.owner = owner;
        this.theme = theme;
    }

    /** FX thread: opens (or brings forward) the window with a fresh list. */
    Stage show() {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("Certificates - SpringCore Explorer");
            if (owner.get() != null) {
                stage.initOwner(owner.get());
            }
            Scene scene = new Scene(
                    Dialogs.withCloseButton(new CertificatesView(model), stage, "closeCertificates"), 1120, 680);
            Dialogs.closeOnEscape(scene, stage);
            theme.follow(scene);
            stage.setScene(scene);
        }
        model.reload();
        stage.show();
        stage.toFront();
        return stage;
    }

    void close() {
        if (stage != null) {
            stage.close();
        }
    }
}
