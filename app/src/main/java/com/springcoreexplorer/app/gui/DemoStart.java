package com.springcoreexplorer.app.gui;

import com.springcoreexplorer.app.demo.DemoEnvironment;
import com.springcoreexplorer.app.demo.DemoProfiles;
import com.springcoreexplorer.app.demo.DemoProgress;
import com.springcoreexplorer.app.demo.RunningDemo;
import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.ui.connection.ConnectionService;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The demo started by {@link GuiLauncher} beside the FX toolkit, before any window exists. It keeps
 * the latest step so the window, shown a moment later, reads where the demo is instead of waiting.
 * Steps arrive on the demo's threads; listeners are told on those threads.
 */
final class DemoStart implements DemoProgress {

    private final CompletableFuture<DemoProfiles> profilesReady = new CompletableFuture<>();
    private CompletableFuture<RunningDemo> running;
    private CompletableFuture<Void> connecting;

    private String lastStep = "Starting the demo";
    private Consumer<String> stepListener = text -> {};

    private DemoStart() {}

    static DemoStart begin(AppDirectories directories) {
        return begin(directories, DemoEnvironment.Options.defaults());
    }

    static DemoStart begin(AppDirectories directories, DemoEnvironment.Options options) {
        DemoStart start = new DemoStart();
        CompletableFuture<RunningDemo> running = DemoEnvironment.start(directories, options, start);
        running.whenComplete((demo, failure) -> {
            if (failure != null) {
                start.profilesReady.completeExceptionally(failure);
            }
        });
        synchronized (start) {
            start.running = running;
        }
        return start;
    }

    /**
     * Connects {@code connection} as the demo Watcher once it is given (when the window's views follow the
     * live feed, before its first frame) and the broker takes clients: the TLS handshake runs beside the
     * window's first layout instead of after it, and no retained message arrives before the views listen.
     * Without this, {@link DemoSession} connects once the window is shown.
     */
    DemoStart connectWhenReady(CompletableFuture<? extends ConnectionService> connection) {
        CompletableFuture<Void> connected = profilesReady
                .thenCombine(
                        connection,
                        (profiles, service) -> profiles.isSetUp()
                                ? service.connect(profiles.watcherProfile())
                                : CompletableFuture.<Void>completedFuture(null))
                .thenCompose(attempt -> attempt);
        synchronized (this) {
            connecting = connected;
        }
        return this;
    }

    /** The connect {@link #connectWhenReady} started (fails as the connect does), or null without it. */
    synchronized CompletableFuture<Void> connecting() {
        return connecting;
    }

    @Override
    public synchronized void step(String text) {
        lastStep = text;
        stepListener.accept(text);
    }

    @Override
    public void brokerReady(DemoProfiles profiles) {
        profilesReady.complete(profiles);
    }

    /** Tells {@code listener} the current step now and every later one (demo threads or the caller's). */
    synchronized void onStep(Consumer<String> listener) {
        stepListener = listener;
        listener.accept(lastStep);
    }

    /** Completes when a client can connect with the demo profiles (readers may still be joining). */
    CompletableFuture<DemoProfiles> profilesReady() {
        return profilesReady;
    }

    /** Completes when the broker and every reader are up. */
    synchronized CompletableFuture<RunningDemo> running() {
        return running;
    }
}
