package com.springcoreexplorer.app.gui;

import com.springcoreexplorer.app.demo.DemoStore;
import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.app.settings.EventColumnsStore;
import com.springcoreexplorer.app.settings.WindowStateStore;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.ui.engine.EngineServices;
import com.springcoreexplorer.ui.engine.StoreCertificateService;
import com.springcoreexplorer.ui.events.ColumnLayout;
import com.springcoreexplorer.ui.shell.WindowGeometry;
import java.util.concurrent.CompletableFuture;

/**
 * What the window needs that is not JavaFX: the certificate store's opener, the profile store, the
 * ingest engine and the saved window geometry. Made on a thread of its own while JavaFX starts its
 * toolkit, so on two cores the two halves of start-up overlap instead of running one after the other.
 */
record EngineStartup(
        StoreCertificateService certificates,
        EngineServices engine,
        WindowStateStore windowState,
        WindowGeometry geometry,
        EventColumnsStore columnsStore,
        ColumnLayout columns) {

    static CompletableFuture<EngineStartup> begin(AppDirectories directories) {
        return CompletableFuture.supplyAsync(() -> make(directories), task -> {
            Thread thread = new Thread(task, "engine-startup");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static EngineStartup make(AppDirectories directories) {
        WindowStateStore windowState = new WindowStateStore(directories.config().resolve("window.json"));
        WindowGeometry geometry = windowState.load();
        StoreCertificateService certificates = new StoreCertificateService(
                        CertificateStore.at(directories.data()).environment(System.getenv()))
                .withDemoStore(() -> DemoStore.openIfPresent(directories));
        EngineServices engine =
                EngineServices.start(ProfileStore.in(directories.config()), certificates, IngestSettings.defaults());
        EventColumnsStore columnsStore =
                new EventColumnsStore(directories.config().resolve("event-columns.json"));
        return new EngineStartup(certificates, engine, windowState, geometry, columnsStore, columnsStore.load());
    }
}
