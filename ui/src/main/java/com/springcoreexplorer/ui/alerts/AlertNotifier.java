package com.springcoreexplorer.ui.alerts;

import com.springcoreexplorer.ui.fx.FxThread;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Tells the user about new alerts: a notification in the window's corner, and the desktop's own
 * notification while the window is not in front. Alerts that come together (a site losing power)
 * are gathered for half a second into one notification, so a burst never floods the screen.
 */
public final class AlertNotifier {

    private static final Duration GATHER = Duration.millis(500);
    private static final Duration SHOWN_FOR = Duration.seconds(6);

    private final Supplier<Window> window;
    private final DesktopNotifier desktop;
    private final java.util.function.Consumer<Runnable> worker;
    private final List<AlertRow> gathered = new ArrayList<>();
    private final PauseTransition gather = new PauseTransition(GATHER);
    private long shown;

    /**
     * @param window  the owner window (null while none: then only the desktop is told)
     * @param desktop the OS notification (fails soft)
     * @param worker  runs desktop calls off the FX thread
     */
    public AlertNotifier(
            Supplier<Window> window, DesktopNotifier desktop, java.util.function.Consumer<Runnable> worker) {
        this.window = window;
        this.desktop = desktop;
        this.worker = worker;
        gather.setOnFinished(event -> flush());
    }

    /** FX thread: a new alert. */
    public void notify(AlertRow alert) {
        FxThread.check("AlertNotifier.notify");
        gathered.add(alert);
        if (gathered.size() == 1) {
            gather.playFromStart();
        }
    }

    /** Notifications shown so far (tests). */
    public long shown() {
        return shown;
    }

    private void flush() {
        if (gathered.isEmpty()) {
            return;
        }
        List<AlertRow> alerts = List.copyOf(gathered);
        gathered.clear();
        AlertRow first = alerts.getFirst();
        boolean problem = alerts.stream().anyMatch(AlertRow::problem);
        String title = alerts.size() == 1 ? first.title() : alerts.size() + " alerts";
        String text = alerts.size() == 1
                ? first.detail()
                : String.join(
                                "\n",
                                alerts.stream().limit(4).map(AlertRow::title).toList())
                        + (alerts.size() > 4 ? "\n..." : "");
        shown++;
        Window owner = window.get();
        if (owner != null && owner.isShowing()) {
            Notifications n = Notifications.create()
                    .owner(owner)
                    .title(title)
                    .text(text)
                    .position(Pos.BOTTOM_RIGHT)
                    .hideAfter(SHOWN_FOR);
            if (problem) {
                n.showWarning();
            } else {
                n.showInformation();
            }
        }
        if (owner == null || !owner.isFocused()) {
            worker.accept(() -> desktop.show(title, text, problem));
        }
    }
}
