package com.springcoreexplorer.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.ui.testing.Fx;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Hidden views join the scene only when first shown; a change's frame cost arrives at the next pulse. */
class DeferredContentTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aTabGetsItsContentWhenFirstSelectedAndKeepsIt() {
        Fx.run(() -> {
            Label first = new Label("first");
            Label later = new Label("later");
            Tab shown = new Tab("Shown");
            Tab hidden = new Tab("Hidden");
            TabPane tabs = new TabPane(shown, hidden);
            DeferredContent.onFirstSelection(shown, first);
            DeferredContent.onFirstSelection(hidden, later);
            assertThat(shown.getContent())
                    .as("a tab selected now gets its content now")
                    .isSameAs(first);
            assertThat(hidden.getContent())
                    .as("not built into the scene before it is looked at")
                    .isNull();
            tabs.getSelectionModel().select(hidden);
            assertThat(hidden.getContent()).isSameAs(later);
            tabs.getSelectionModel().select(shown);
            assertThat(hidden.getContent()).as("stays once attached").isSameAs(later);
        });
    }

    @Test
    void aCollapsedPaneGetsItsContentWhenFirstExpanded() {
        Fx.run(() -> {
            TitledPane pane = new TitledPane();
            pane.setExpanded(false);
            Label content = new Label("form");
            DeferredContent.onFirstExpansion(pane, content);
            assertThat(pane.getContent()).isNull();
            pane.setExpanded(true);
            assertThat(pane.getContent()).isSameAs(content);
        });
    }

    @Test
    void frameCostReportsTheTimeUntilTheNextPulse() {
        AtomicLong cost = new AtomicLong(-1);
        Fx.run(() -> {
            long changedAt = System.nanoTime();
            FrameCost.measureSince(changedAt, cost::set);
            long busyUntil = changedAt + 30_000_000L;
            while (System.nanoTime() < busyUntil) {
                Thread.onSpinWait(); // the rest of this pulse is expensive
            }
        });
        Fx.await("the next pulse", Duration.ofSeconds(5), () -> cost.get() >= 0);
        assertThat(cost.get())
                .as("at least the 30 ms the FX thread stayed busy")
                .isGreaterThanOrEqualTo(30_000_000L);
    }
}
