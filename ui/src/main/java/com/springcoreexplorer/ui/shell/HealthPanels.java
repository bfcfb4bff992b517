package com.springcoreexplorer.ui.shell;

import com.springcoreexplorer.ui.alerts.AlertNotifier;
import com.springcoreexplorer.ui.alerts.AlertRow;
import com.springcoreexplorer.ui.alerts.AlertRulesDialog;
import com.springcoreexplorer.ui.alerts.AlertsView;
import com.springcoreexplorer.ui.alerts.AlertsViewModel;
import com.springcoreexplorer.ui.alerts.DesktopNotifier;
import com.springcoreexplorer.ui.charts.ChartsView;
import com.springcoreexplorer.ui.charts.SeriesKey;
import com.springcoreexplorer.ui.fleet.FleetView;
import com.springcoreexplorer.ui.fleet.FleetViewModel;
import com.springcoreexplorer.ui.fx.Background;
import com.springcoreexplorer.ui.fx.Dialogs;
import com.springcoreexplorer.ui.fx.FxThread;
import com.springcoreexplorer.ui.live.LiveFeed;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window's fleet health parts (issue 16): the fleet view of the Readers tab, the Alerts tab with
 * its notifications, and the charts window. Engine threads hand fleet updates (once a second) and
 * alerts in; they reach the FX thread through {@link FxThread#later}, alerts gathered so a burst
 * is one hop.
 */
final class HealthPanels {

    private final LiveFeed feed;
    private final Background background;
    private final Supplier<Window> window;
    private final Consumer<Scene> themer;
    private final FleetViewModel fleetModel = new FleetViewModel();
    private final FleetView fleetView = new FleetView(fleetModel);
    private final AlertsViewModel alertsModel = new AlertsViewModel();
    private final AlertsView alertsView = new AlertsView(alertsModel);
    private final DesktopNotifier desktop = new DesktopNotifier();
    private final AlertNotifier notifier;
    private final Tab alertsTab = new Tab("Alerts", alertsView);
    private final Queue<AlertRow> arriving = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean alertHopPending = new AtomicBoolean();
    private AutoCloseable fleetSubscription;
    private AutoCloseable alertSubscription;
    private ChartsView chartsView;
    private Stage chartsStage;

    HealthPanels(
            LiveFeed feed,
            Background background,
            Supplier<Window> window,
            Consumer<Scene> themer,
            Supplier<String> profile) {
        this.feed = feed;
        this.background = background;
        this.window = window;
        this.themer = themer;
        this.notifier = new AlertNotifier(window, desktop, background::execute);
        alertsTab.setId("alertsTab");
        alertsTab
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> alertsModel.unacknowledgedProperty().get() == 0
                                ? "Alerts"
                                : "Alerts ("
                                        + alertsModel.unacknowledgedProperty().get() + ")",
                        alertsModel.unacknowledgedProperty()));
        alertsView
                .rulesButton()
                .setOnAction(event -> AlertRulesDialog.open(window.get(), feed.fleet(), profile.get(), background));
    }

    /** FX thread: starts listening to the engine. */
    void start() {
        fleetSubscription = feed.fleet().subscribeFleet(update -> FxThread.later(() -> fleetModel.apply(update)));
        alertSubscription = feed.fleet().subscribeAlerts(alert -> {
            arriving.add(alert);
            if (alertHopPending.compareAndSet(false, true)) {
                FxThread.later(this::takeAlerts);
            }
        });
    }

    private void takeAlerts() {
        alertHopPending.set(false);
        AlertRow alert;
        while ((alert = arriving.poll()) != null) {
            alertsModel.add(alert);
            notifier.notify(alert);
        }
    }

    /** FX thread: plots a series in the charts window (opened or brought forward). */
    void chart(SeriesKey key) {
        showCharts().addSeries(key);
    }

    /** Opens (or brings forward) the charts window. */
    ChartsView showCharts() {
        FxThread.check("HealthPanels.showCharts");
        if (chartsStage == null) {
            chartsView = new ChartsView(feed.charts(), background);
            chartsStage = new Stage();
            chartsStage.setTitle("Charts - SpringCore Explorer");
            if (window.get() != null) {
                chartsStage.initOwner(window.get());
            }
            Scene scene = new Scene(Dialogs.withCloseButton(chartsView, chartsStage, "closeCharts"), 1000, 640);
            Dialogs.closeOnEscape(scene, chartsStage);
            themer.accept(scene);
            chartsStage.setScene(scene);
        }
        chartsStage.show();
        chartsStage.toFront();
        return chartsView;
    }

    /** The theme changed: the charts window follows. */
    void applyTheme() {
        if (chartsStage != null) {
            themer.accept(chartsStage.getScene());
        }
    }

    void close() {
        for (AutoCloseable subscription : new AutoCloseable[] {fleetSubscription, alertSubscription}) {
            try {
                if (subscription != null) {
                    subscription.close();
                }
            } catch (Exception ignored) {
                // nothing to report when unsubscribing
            }
        }
        if (chartsView != null) {
            chartsView.close();
        }
        if (chartsStage != null) {
            chartsStage.close();
        }
        desktop.close();
    }

    FleetViewModel fleetModel() {
        return fleetModel;
    }

    FleetView fleetView() {
        return fleetView;
    }

    AlertsViewModel alertsModel() {
        return alertsModel;
    }

    AlertsView alertsView() {
        return alertsView;
    }

    AlertNotifier notifier() {
        return notifier;
    }

    Tab alertsTab() {
        return alertsTab;
    }

    ChartsView chartsView() {
        return chartsView;
    }
}
