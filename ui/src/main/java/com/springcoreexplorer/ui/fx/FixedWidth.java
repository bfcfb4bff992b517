package com.springcoreexplorer.ui.fx;

import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * A button as wide as the widest text it will ever show ("Pause" / "Resume (1,234 waiting)",
 * "Connect" / "Disconnect"), so a change of words never shifts the toolbar. Measured with the
 * control's own font and padding, again whenever CSS changes them (theme switch).
 */
public final class FixedWidth {

    private FixedWidth() {}

    public static void forTexts(Labeled control, String... texts) {
        Runnable fit = () -> {
            Text measure = new Text();
            measure.setFont(control.getFont());
            double widest = 0;
            for (String text : texts) {
                measure.setText(text);
                widest = Math.max(widest, measure.getLayoutBounds().getWidth());
            }
            double width = Math.ceil(widest
                    + control.getPadding().getLeft()
                    + control.getPadding().getRight()
                    + (control.getGraphic() == null
                            ? 0
                            : control.getGraphic().prefWidth(-1) + control.getGraphicTextGap())
                    + 4);
            control.setMinWidth(width);
            control.setPrefWidth(width);
            control.setMaxWidth(width);
        };
        control.fontProperty().addListener(observable -> fit.run());
        control.paddingProperty().addListener(observable -> fit.run());
        fit.run();
    }
}
