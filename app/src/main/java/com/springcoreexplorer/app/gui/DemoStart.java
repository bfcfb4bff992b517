package com.springcoreexplorer.app.gui;

import com.springcoreexplorer.app.demo.DemoEnvironment;
import com.springcoreexplorer.app.demo.DemoProfiles;
import com.springcoreexplorer.app.demo.DemoProgress;
import com.springcoreexplorer.app.demo.RunningDemo;
import com.springcoreexplorer.app.settings.AppDirectories;
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
