package com.springcoreexplorer.mqtt.archviolation;

import com.springcoreexplorer.app.Version;
import com.springcoreexplorer.ui.shell.WindowGeometry;
import javafx.scene.control.Label;

/** Deliberately breaks the rules (mqtt using JavaFX, ui and app) so the architecture test can prove they bite. */
final class EngineThatDrawsWindows {
    Label label() {
        return new Label(Version.current() + WindowGeometry.DEFAULT);
    }
}
