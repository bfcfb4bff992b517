package com.springcoreexplorer.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.ui.shell.Theme;
import com.springcoreexplorer.ui.testing.Fx;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The dropped count turns amber as soon as one message was dropped, and says how many. */
class StatusBarTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theDroppedCountTurnsAmberWhenAMessageWasDropped() {
        Fx.run(() -> {
            StatusBar bar = new StatusBar();
            Scene scene = new Scene(bar, 1200, 40);
            Theme.LIGHT.apply(scene);
            Label lost = (Label) bar.lookup("#statusLost");
            bar.update(new FeedStats(1_000, 0, 5, 10, 1, 100, 3));
            bar.applyCss();
            Color normal = (Color) lost.getTextFill();
            assertThat(lost.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("warning"));
            assertThat(lost.getText()).isEqualTo("0 dropped, 5 evicted");

            bar.update(new FeedStats(1_000, 3, 5, 10, 1, 100, 3));
            bar.applyCss();
            Color amber = (Color) lost.getTextFill();
            assertThat(lost.getText()).isEqualTo("3 dropped, 5 evicted");
            assertThat(lost.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("warning"));
            assertThat(amber).isNotEqualTo(normal);
            // amber: red well above blue, green in between (AtlantaFX's warning colour), not the danger red
            assertThat(amber.getRed()).isGreaterThan(amber.getBlue() + 0.3);
            assertThat(amber.getGreen()).isGreaterThan(amber.getBlue());
        });
    }
}
