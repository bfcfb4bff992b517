package com.springcoreexplorer.app.gui;

import com.springcoreexplorer.app.demo.DemoEnvironment;
import com.springcoreexplorer.app.demo.DemoProfiles;
import com.springcoreexplorer.app.demo.RunningDemo;
import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.ui.certificates.CertificateProblem;
import com.springcoreexplorer.ui.engine.StoreCertificateService;
import com.springcoreexplorer.ui.shell.MainWindow;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;

/**
 * {@code --demo} in the window: starts the embedded broker with simulated readers (off the FX
 * thread), then connects the window as the demo Watcher. When the certificate store needs its master
 * password first, the certificate manager opens with the password prompt and the demo carries on
 * once the store is unlocked.
 */
final class DemoSession {

    private volatile RunningDemo running;
    private volatile boolean closed;

    private DemoSession() {
    }

    static DemoSession open(AppDirectories directories, MainWindow window, StoreCertificateService certificates,
                            com.springcoreexplorer.mqtt.springcore.SpringCoreModel springCore) {
        DemoSession session = new DemoSession();
        window.connection().problemProperty().set("Starting the demo: embedded broker, generated PKI, simulated readers...");
        DemoEnvironment.start(directories).whenComplete((demo, failure) -> {
            if (session.closed && demo != null) {
                demo.close();
                return;
            }
            session.running = demo;
            if (demo != null) {
                // the simulated readers' $SCRDR interface/protocol codes, so events read "NFC-A", not "0x01"
                springCore.setDecoderSettings(springCore.decoder().settings().withScrdrCodes(demo.scrdrCodes()));
            }
            Platform.runLater(() -> {
                if (failure != null) {
                    window.connection().problemProperty().set("The demo could not start: "
                            + DemoEnvironment.DemoStartException.from(failure).getMessage());
                    return;
                }
                session.connectWhenReady(demo.profiles(), demo, window, certificates);
            });
        });
        return session;
    }

    private void connectWhenReady(DemoProfiles profiles, RunningDemo demo, MainWindow window, StoreCertificateService certificates) {
        if (profiles.isSetUp()) {
            window.connection().problemProperty().set("");
            window.connection().reload();
            window.connection().selectedProfileProperty().set(profiles.watcherProfile());
            window.connection().connect();
            return;
        }
        window.connection().problemProperty().set(profiles.problem() == null
                ? "Demo broker running at " + demo.uri() + ", but its profiles could not be set up" : profiles.problem());
        // most likely the store is locked: ask for its password, then set the demo up in it
        window.showCertificates();
        window.certificates().storeLockedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> observable, Boolean wasLocked, Boolean locked) {
                if (locked || closed) {
                    return;
                }
                observable.removeListener(this);
                try {
                    demo.setUpProfiles(certificates.store()).whenComplete((ready, failure) -> Platform.runLater(() -> {
                        if (ready != null && ready.isSetUp()) {
                            connectWhenReady(ready, demo, window, certificates);
                        } else {
                            window.connection().problemProperty().set(ready != null && ready.problem() != null ? ready.problem()
                                    : "The demo profiles could not be set up: " + (failure == null ? "unknown reason" : failure.getMessage()));
                        }
                    }));
                } catch (CertificateProblem e) {
                    window.connection().problemProperty().set(e.getMessage());
                }
            }
        });
    }

    void close() {
        closed = true;
        RunningDemo demo = running;
        if (demo != null) {
            demo.close();
        }
    }
}
