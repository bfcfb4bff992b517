package com.springcoreexplorer.ui.publish;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Suggests known topics (from the topic tree) under a topic field as the user types. */
final class TopicCompletion {

    private static final int MAX_SUGGESTIONS = 12;

    private TopicCompletion() {}

    static void attach(TextField field, Supplier<List<String>> topics) {
        ContextMenu popup = new ContextMenu();
        popup.getStyleClass().add("topic-completion");
        field.textProperty().addListener((obs, old, text) -> {
            if (!field.isFocused() || text == null || text.isEmpty()) {
                popup.hide();
                return;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            List<String> matches = topics.get().stream()
                    .filter(topic -> topic.toLowerCase(Locale.ROOT).contains(lower) && !topic.equals(text))
                    .limit(MAX_SUGGESTIONS)
                    .toList();
            if (matches.isEmpty()) {
                popup.hide();
                return;
            }
            popup.getItems()
                    .setAll(matches.stream()
                            .map(topic -> {
                                CustomMenuItem item = new CustomMenuItem(new Label(topic), true);
                                item.setOnAction(event -> {
                                    field.setText(topic);
                                    field.positionCaret(topic.length());
                                    popup.hide();
                                });
                                return item;
                            })
                            .toList());
            if (!popup.isShowing()) {
                popup.show(field, Side.BOTTOM, 0, 0);
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
    }
}
