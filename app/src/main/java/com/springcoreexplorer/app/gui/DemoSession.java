package com.springcoreexplorer.app.gui;

import com.springcoreexplorer.app.demo.DemoEnvironment;
import com.springcoreexplorer.app.demo.DemoProfiles;
import com.springcoreexplorer.app.demo.RunningDemo;
import com.springcoreexplorer.app.demo.reader.DemoScrdrCodes;
import com.springcoreexplorer.mqtt.springcore.SpringCoreModel;
import com.springcoreexplorer.ui.fx.FxThread;
import com.springcoreexplorer.ui.shell.MainWindow;
import java.util.concurrent.CompletableFuture;

/**
 * {@code --demo} in the window: joins the demo {@link GuiLauncher} started beside the toolkit, shows
 * its steps as a neutral notice, and connects as the demo Watcher as soon as the broker takes
 * clients (the readers join while the window is connected). The demo's identities live in its own
 * store: nothing here ever waits for the user's master password.
 */
final class DemoSession {

    private final DemoStart start;
    private final CompletableFuture<Void> firstTagRow = new CompletableFuture<>();
    private volatile boolean closed;

    private DemoSession(DemoStart start) {
        this.start = start;
    }

    /** FX thread. */
    static DemoSession open(DemoStart start, MainWindow window, SpringCoreModel springCore) {
        DemoSession session = new DemoSession(start);
        // the simulated readers' $SCRDR interface/protocol codes, so events read "NFC-A", not "0x01"
        springCore.setDecoderSettings(springCore.decoder().settings().withScrdrCodes(DemoScrdrCodes.table()));
        start.onStep(text -> FxThread.later(() -> {
            if (!session.closed && !start.running().isDone()) {
                window.connection().noticeProperty().set(text);
            }
        }));
        start.profilesReady()
                .whenComplete((profiles, failure) -> FxThread.later(() -> {
                    if (failure == null && !session.closed) {
                        session.connect(profiles, window);
                    }
                }));
        start.running()
                .whenComplete((demo, failure) -> FxThread.later(() -> {
                    window.connection().noticeProperty().set("");
                    if (failure != null) {
                        session.firstTagRow.completeExceptionally(failure);
                    }
                    if (failure != null && !session.closed) {
                        window.connection()
                                .problemProperty()
                                .set("The demo could not start: "
                                        + DemoEnvironment.DemoStartException.from(failure)
                                                .getMessage());
                    }
                }));
        markFirstValue(window, session.firstTagRow);
        return session;
    }

    /** Completes (FX thread) when the first tag row is shown; fails when the demo could not start. */
    CompletableFuture<Void> firstTagRow() {
        return firstTagRow;
    }

    /** The two moments a new user waits for, in the start-up log: connected, and the first tag row shown. */
    private static void markFirstValue(MainWindow window, CompletableFuture<Void> firstTagRow) {
        window.connection().statusProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(
                    javafx.beans.value.ObservableValue<? extends com.springcoreexplorer.ui.connection.ConnectionStatus>
                            observable,
                    com.springcoreexplorer.ui.connection.ConnectionStatus old,
                    com.springcoreexplorer.ui.connection.ConnectionStatus now) {
                if (now.connected()) {
                    observable.removeListener(this);
                    StartupClock.logMark("demo connected");
                }
            }
        });
        window.events().visibleRows().addListener(new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends com.springcoreexplorer.ui.events.TagEventRow> change) {
                if (!change.getList().isEmpty()) {
                    change.getList().removeListener(this);
                    StartupClock.logMark("first tag row");
                    firstTagRow.complete(null);
                }
            }
        });
    }

    private void connect(DemoProfiles profiles, MainWindow window) {
        if (!profiles.isSetUp()) {
            window.connection()
                    .problemProperty()
                    .set(
                            profiles.problem() == null
                                    ? "The demo broker runs, but its profiles could not be set up"
                                    : profiles.problem());
            return;
        }
        window.connection().reload();
        window.connection().selectedProfileProperty().set(profiles.watcherProfile());
        CompletableFuture<Void> early = start.connecting();
        if (early == null) {
            window.connection().connect();
            return;
        }
        // the engine connects already (DemoStart.connectWhenReady): the bar follows that attempt as its own
        window.connection().follow(early);
    }

    /** Stops the demo (now, or as soon as it has started). */
    void close() {
        closed = true;
        start.running().thenAccept(RunningDemo::close);
    }
}
