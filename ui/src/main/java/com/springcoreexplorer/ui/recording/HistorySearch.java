package com.springcoreexplorer.ui.recording;

import com.springcoreexplorer.mqtt.recording.PayloadText;
import com.springcoreexplorer.mqtt.recording.RecordedMessage;
import com.springcoreexplorer.mqtt.recording.RecordingException;
import com.springcoreexplorer.mqtt.recording.RecordingQuery;
import com.springcoreexplorer.mqtt.recording.RecordingReader;
import com.springcoreexplorer.mqtt.topic.TopicFilters;
import com.springcoreexplorer.ui.fx.Background;
import com.springcoreexplorer.ui.fx.TableColumns;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * History search over a recording: words (full-text over topics and text payloads), an MQTT topic
 * filter and a time range; up to {@value #LIMIT} results. Double-click a row to move the timeline there.
 */
final class HistorySearch extends VBox {

    static final int LIMIT = 1_000;

    final TextField text = new TextField();
    final TextField topic = new TextField();
    final TextField since = new TextField();
    final TextField until = new TextField();
    final Button run = new Button("Search");
    final Label status = new Label("Type words, a topic filter or a time range, then Search.");
    final TableView<RecordedMessage> results = new TableView<>();
    private final Path file;
    private final Background background;

    HistorySearch(Path file, Background background, Consumer<Instant> goTo) {
        this.file = file;
        this.background = background;
        setId("historySearch");
        setSpacing(8);
        setPadding(new Insets(10));
        text.setPromptText("words, e.g. DA1275B0 online");
        text.setId("historyText");
        topic.setPromptText("topic filter, e.g. springcard/springcore/+/rdr/evt");
        topic.setId("historyTopic");
        since.setPromptText("from (2026-12-05T14:02)");
        since.setPrefColumnCount(16); // the example in the prompt shows whole
        until.setPromptText("to");
        until.setPrefColumnCount(8);
        run.setId("historySearchButton");
        run.setDefaultButton(true);
        // the topic filter's example is the longest prompt: it gets the room, the words field a fixed share
        text.setPrefColumnCount(14);
        HBox.setHgrow(topic, Priority.ALWAYS);
        HBox fields = new HBox(6, text, topic, since, until, run);
        TableColumn<RecordedMessage, String> time =
                TableColumns.text("Received", 190, m -> m.receivedAt().toString());
        TableColumn<RecordedMessage, String> topicColumn = TableColumns.text("Topic", 320, RecordedMessage::topic);
        // wide enough for its header
        TableColumn<RecordedMessage, String> qos = TableColumns.text("QoS", 60, m -> Integer.toString(m.qos()));
        TableColumn<RecordedMessage, String> payload = TableColumns.text("Payload", 520, HistorySearch::preview);
        results.getColumns().addAll(List.of(time, topicColumn, qos, payload));
        results.setId("historyResults");
        results.setRowFactory(table -> {
            TableRow<RecordedMessage> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && row.getItem() != null) {
                    goTo.accept(row.getItem().receivedAt());
                }
            });
            return row;
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        getChildren().addAll(fields, status, results);
        run.setOnAction(event -> search());
        text.setOnAction(event -> search());
    }

    static String preview(RecordedMessage message) {
        String text = PayloadText.of(message.payload());
        if (text == null) {
            byte[] head = java.util.Arrays.copyOf(message.payload(), Math.min(64, message.payload().length));
            return "0x" + HexFormat.of().formatHex(head) + (message.payload().length > 64 ? "..." : "");
        }
        String line = text.replace("\r", "\\r").replace("\n", "\\n");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /** FX thread: checks the fields (a problem is said under them), then queries on a worker. */
    void search() {
        RecordingQuery query;
        try {
            String filter = topic.getText().strip();
            if (!filter.isEmpty()) {
                TopicFilters.problem(filter).ifPresent(problem -> {
                    throw new IllegalArgumentException(problem);
                });
            }
            query = new RecordingQuery(
                    filter.isEmpty() ? List.of() : List.of(filter),
                    text.getText(),
                    time("from", since.getText()),
                    time("to", until.getText()),
                    LIMIT);
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        status.setText("Searching...");
        run.setDisable(true);
        background.run(
                () -> {
                    List<RecordedMessage> found = new ArrayList<>();
                    try (RecordingReader reader = RecordingReader.open(file)) {
                        reader.forEach(query, found::add);
                    } catch (RecordingException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                    return found;
                },
                outcome -> {
                    run.setDisable(false);
                    if (!outcome.ok()) {
                        status.setText("Search failed: " + outcome.failure().getMessage());
                        return;
                    }
                    results.getItems().setAll(outcome.value());
                    int n = outcome.value().size();
                    status.setText(
                            n == LIMIT
                                    ? String.format(
                                            Locale.ROOT,
                                            "The first %,d matches (narrow the search to see later ones)",
                                            n)
                                    : String.format(Locale.ROOT, "%,d match%s", n, n == 1 ? "" : "es"));
                });
    }

    /** ISO-8601 with a zone ({@code ...Z}) or local time ({@code 2026-12-05T14:02}); blank = open end. */
    private static Instant time(String which, String typed) {
        String value = typed.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notUtc) {
            try {
                return LocalDateTime.parse(value).atZone(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw new IllegalArgumentException(
                        "'" + value + "' (" + which + ") is not a time: type 2026-12-05T14:02 or 2026-12-05T13:02:00Z");
            }
        }
    }
}
