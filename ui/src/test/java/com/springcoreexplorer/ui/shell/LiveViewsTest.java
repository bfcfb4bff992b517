package com.springcoreexplorer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.ui.detail.MessageView;
import com.springcoreexplorer.ui.events.EventExport;
import com.springcoreexplorer.ui.events.TagEventRow;
import com.springcoreexplorer.ui.live.LiveUpdate;
import com.springcoreexplorer.ui.readers.ReaderRow;
import com.springcoreexplorer.ui.status.FeedStats;
import com.springcoreexplorer.ui.testing.Fx;
import com.springcoreexplorer.ui.testing.Screenshots;
import com.springcoreexplorer.ui.testing.TestHome;
import com.springcoreexplorer.ui.testing.WindowFixture;
import com.springcoreexplorer.ui.topictree.TopicChanges;
import com.springcoreexplorer.ui.topictree.TopicSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live views fed through the window's one pulse applier, the way the engine feeds them: the
 * selection stays put while topics arrive, pause holds rows, a flood reaches the FX thread as a
 * handful of merged updates, export writes the shown rows.
 */
class LiveViewsTest {

    private TestHome home;
    private WindowFixture fixture;

    @BeforeEach
    void open() {
        home = new TestHome("views");
        fixture = WindowFixture.open(home);
    }

    @AfterEach
    void close() {
        fixture.close();
        home.close();
    }

    private static TopicSnapshot node(String path, long count, boolean retained) {
        return new TopicSnapshot(
                path,
                path.substring(path.lastIndexOf('/') + 1),
                count,
                count,
                retained,
                count / 10.0,
                Instant.now(),
                "{\"State\":\"online,ready\"}");
    }

    /** A level with no message of its own. */
    private static TopicSnapshot level(String path) {
        return new TopicSnapshot(path, path.substring(path.lastIndexOf('/') + 1), 0, 1, false, 0, null, "");
    }

    private static TagEventRow event(String reader, int n) {
        return new TagEventRow(
                Instant.now(),
                reader,
                "13.56",
                n % 2 == 0 ? "NFC-A" : "NFC-B",
                String.format("04%012X", n),
                "Insert",
                -40 - n % 30,
                "",
                "",
                "springcard/springcore/" + reader + "/rdr/evt");
    }

    private LiveUpdate update(TopicChanges tree, List<TagEventRow> events, List<ReaderRow> readers, long received) {
        List<MessageView> messages = List.of(new MessageView(
                received,
                InboundMessage.now("springcard/springcore/R1/status", "{\"State\":\"online,ready\"}"),
                false,
                24));
        return new LiveUpdate(
                messages, tree, events, readers, new FeedStats(received, 0, 0, 1200, 3_000_000, 256L << 20, 3), 0);
    }

    @Test
    void theSelectedTopicStaysSelectedWhileNewTopicsArriveAroundIt() {
        fixture.window()
                .live()
                .offerFromAnyThread(update(
                        new TopicChanges(
                                false,
                                List.of(
                                        level("springcard"),
                                        level("springcard/springcore"),
                                        level("springcard/springcore/R5"),
                                        node("springcard/springcore/R5/status", 1, true)),
                                List.of()),
                        List.of(),
                        List.of(),
                        1));
        Fx.await(
                "the tree built",
                () -> fixture.window().tree().items().shownItem("springcard/springcore/R5/status") != null);
        Fx.run(() -> fixture.window().treeView().reveal("springcard/springcore/R5/status"));
        TreeItem<com.springcoreexplorer.ui.topictree.TopicEntry> selected = Fx.get(
                () -> fixture.window().treeView().treeView().getSelectionModel().getSelectedItem());
        assertThat(selected.getValue().path()).isEqualTo("springcard/springcore/R5/status");

        for (int round = 0; round < 20; round++) {
            List<TopicSnapshot> added = List.of(
                    level("springcard/springcore/R" + round + "A"),
                    node("springcard/springcore/R" + round + "A/status", 1, false));
            fixture.window()
                    .live()
                    .offerFromAnyThread(update(
                            new TopicChanges(
                                    false, added, List.of(node("springcard/springcore/R5/status", 2 + round, true))),
                            List.of(),
                            List.of(),
                            2 + round));
        }
        Fx.await("all topics in", () -> fixture.window().tree().topicPaths().size() == 21);
        TreeItem<com.springcoreexplorer.ui.topictree.TopicEntry> after = Fx.get(
                () -> fixture.window().treeView().treeView().getSelectionModel().getSelectedItem());
        assertThat(after).isSameAs(selected);
        assertThat(after.getValue().snapshot().messageCount()).isEqualTo(21);

        fixture.robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(Fx.get(() -> fixture.window().treeView().filterField().isFocused()))
                .as("Ctrl+F focuses the topic filter")
                .isTrue();
        fixture.robot.write("R1");
        Fx.await(
                "the filter applied",
                () -> fixture.window().tree().items().shownItem("springcard/springcore/R5/status") == null);
        assertThat(Fx.get(() -> fixture.window().tree().items().shownItem("springcard/springcore/R1A/status")))
                .isNotNull();
        assertThat(Fx.get(() -> fixture.window().tree().items().shownItem("springcard/springcore/R12A/status")))
                .isNotNull();
        assertThat(Fx.get(() -> fixture.window().tree().items().shownItem("springcard/springcore/R2A/status")))
                .isNull();
        Screenshots.write(fixture.stage().getScene(), "views-01-tree-filtered");
    }

    /**
     * SpringCard's binary topics (https://docs.springcard.com/books/SpringCore/Host_Interfaces/Network/MQTT_Client/Topics)
     * carry their purpose and direction in the tree and the detail pane; the command form names what the Sequence field
     * holds and offers the checksum rules.
     */
    @Test
    void binaryTopicsAreLabelledAndTheCommandFormNamesSequences() {
        String p2r = "springcard/springcore/R7/ccid/p2r";
        String evt = "springcard/springcore/R7/dir/evt";
        fixture.window()
                .live()
                .offerFromAnyThread(update(
                        new TopicChanges(
                                false,
                                List.of(
                                        level("springcard"),
                                        level("springcard/springcore"),
                                        level("springcard/springcore/R7"),
                                        level("springcard/springcore/R7/ccid"),
                                        node(p2r, 1, false),
                                        level("springcard/springcore/R7/dir"),
                                        node(evt, 2, false)),
                                List.of()),
                        List.of(),
                        List.of(),
                        3));
        Fx.await(
                "the binary topics in the tree",
                () -> fixture.window().tree().items().shownItem(evt) != null);
        Fx.run(() -> fixture.window().treeView().reveal(evt));
        Fx.run(() -> fixture.window().treeView().reveal(p2r));
        Fx.await(
                "the tree cell labelled",
                () -> fixture.window().treeView().treeView().lookupAll(".topic-binary").stream()
                        .anyMatch(node -> node.isVisible()
                                && ((javafx.scene.control.Label) node).getText().equals("binary, host to device")));
        assertThat(Fx.get(() -> fixture.window().treeView().treeView().lookupAll(".topic-binary").stream()
                        .filter(javafx.scene.Node::isVisible)
                        .map(node -> ((javafx.scene.control.Label) node).getText())
                        .toList()))
                .contains("binary, host to device", "binary, device to host");
        Fx.await(
                "the detail pane labelled",
                () -> ((javafx.scene.control.Label) fixture.window().root().lookup("#detailTopicKind"))
                        .getText()
                        .equals("CCID protocol, PC_To_RDR (host to device, binary, undocumented)"));
        Screenshots.write(fixture.stage().getScene(), "views-05-binary-topics");

        Fx.run(() ->
                ((javafx.scene.control.TitledPane) fixture.window().root().lookup("#commandForm")).setExpanded(true));
        Fx.await("the command form built", () -> fixture.window().root().lookup("#commandSequence") != null);
        javafx.scene.control.TextField sequence = Fx.get(
                () -> (javafx.scene.control.TextField) fixture.window().root().lookup("#commandSequence"));
        javafx.scene.control.Label echo = Fx.get(
                () -> (javafx.scene.control.Label) fixture.window().root().lookup("#commandSequenceEcho"));
        Fx.run(() -> sequence.setText("60"));
        assertThat(Fx.get(echo::getText)).isEqualTo("60 = Access Granted");
        Fx.run(() -> sequence.setText("0x0e"));
        assertThat(Fx.get(echo::getText)).isEqualTo("0E = Wink");
        Fx.run(() -> sequence.setText("access denied"));
        assertThat(Fx.get(echo::getText)).isEqualTo("61 = Access Denied");
        Fx.run(() -> sequence.setText("42"));
        assertThat(Fx.get(echo::getText)).isEqualTo("42 (no page names it)");
        Fx.run(() -> sequence.setText("dance"));
        assertThat(Fx.get(echo::getText)).contains("neither a sequence name nor a hex byte");
        Fx.run(() -> sequence.setText("60"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<com.springcoreexplorer.ui.publish.CommandChecksum> checksum =
                Fx.get(() -> (javafx.scene.control.ChoiceBox<com.springcoreexplorer.ui.publish.CommandChecksum>)
                        fixture.window().root().lookup("#commandChecksum"));
        assertThat(Fx.get(checksum::getItems))
                .containsExactly(com.springcoreexplorer.ui.publish.CommandChecksum.values());
        assertThat(Fx.get(checksum::getValue)).isEqualTo(com.springcoreexplorer.ui.publish.CommandChecksum.NONE);
        Screenshots.write(fixture.stage().getScene(), "views-06-command-form");

        // the form's text output, byte for byte as the $SCCMD page's examples, and with each checksum rule
        assertThat(Fx.get(() -> fixture.window().publish().fillCommand("R7", "Access Granted", "", "", true)))
                .isEmpty();
        assertThat(Fx.get(() -> fixture.window().publish().payloadProperty().get()))
                .isEqualTo("$SCCMD;SEQ=60\r\n");
        assertThat(Fx.get(() -> fixture.window()
                        .publish()
                        .fillCommand(
                                "R7",
                                "",
                                "92929292",
                                "100",
                                true,
                                com.springcoreexplorer.ui.publish.CommandChecksum.INCLUDED)))
                .isEmpty();
        assertThat(Fx.get(() -> fixture.window().publish().payloadProperty().get()))
                .isEqualTo("$SCCMD;LEDS=92929292;BUZZ=0064*5F\r\n");
        assertThat(Fx.get(() -> fixture.window()
                        .publish()
                        .fillCommand(
                                "R7",
                                "",
                                "92929292",
                                "0x0064",
                                true,
                                com.springcoreexplorer.ui.publish.CommandChecksum.EXCLUDED)))
                .isEmpty();
        assertThat(Fx.get(() -> fixture.window().publish().payloadProperty().get()))
                .isEqualTo("$SCCMD;LEDS=92929292;BUZZ=0064*51\r\n");
        assertThat(Fx.get(() -> fixture.window().publish().fillCommand("R7", "dance", "", "", false)))
                .contains("unknown sequence 'dance'");
    }

    @Test
    void pauseHoldsNewEventsUntilResumeAndExportWritesTheShownRows() throws Exception {
        List<TagEventRow> first = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            first.add(event(n % 3 == 0 ? "R1" : "R2", n));
        }
        fixture.window()
                .live()
                .offerFromAnyThread(update(
                        TopicChanges.NONE,
                        first,
                        List.of(
                                new ReaderRow(
                                        "R1",
                                        ReaderRow.State.READY,
                                        "SpringCore Puck",
                                        "1.82",
                                        "04AA",
                                        Instant.now(),
                                        false),
                                new ReaderRow(
                                        "R2", ReaderRow.State.DEAD, "SpringPark", "1.70", "04BB", Instant.now(), true)),
                        30));
        Fx.await("30 rows", () -> fixture.window().events().visibleRows().size() == 30);

        fixture.robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        assertThat(Fx.get(() -> fixture.window().events().pausedProperty().get()))
                .as("Ctrl+P pauses")
                .isTrue();
        fixture.window()
                .live()
                .offerFromAnyThread(
                        update(TopicChanges.NONE, List.of(event("R1", 100), event("R1", 101)), List.of(), 32));
        Fx.await(
                "two waiting", () -> fixture.window().events().waitingProperty().get() == 2);
        assertThat(Fx.get(() -> fixture.window().events().visibleRows().size())).isEqualTo(30);
        Screenshots.write(fixture.stage().getScene(), "views-02-paused");
        fixture.robot.clickOn("#pauseEvents");
        Fx.await(
                "resumed with the held rows",
                () -> fixture.window().events().visibleRows().size() == 32);

        Fx.run(() -> fixture.window().events().deviceFilterProperty().unbind());
        Fx.run(() -> fixture.window().events().deviceFilterProperty().set("R1"));
        Fx.await("filtered to R1", () -> fixture.window().events().visibleRows().size() == 12);
        Path file = home.files().resolve("r1.csv");
        Fx.run(() -> fixture.window().eventsView().exportTo(file, EventExport.Format.CSV));
        Fx.await(
                "exported",
                () -> fixture.window().eventsView().exportStatus().getText().startsWith("Exported 12"));
        assertThat(Files.readAllLines(file)).hasSize(13);
        Screenshots.write(fixture.stage().getScene(), "views-03-filtered-exported");
    }

    @Test
    void aFloodReachesTheFxThreadAsFewMergedUpdates() throws Exception {
        int batches = 2_000;
        Thread engine = new Thread(
                () -> {
                    for (int b = 0; b < batches; b++) {
                        List<TagEventRow> rows = new ArrayList<>(50);
                        for (int n = 0; n < 50; n++) {
                            rows.add(event("R" + (n % 7), b * 50 + n));
                        }
                        fixture.window()
                                .live()
                                .offerFromAnyThread(update(
                                        new TopicChanges(
                                                false,
                                                List.of(),
                                                List.of(node("springcard/springcore/R1/rdr/evt", b, false))),
                                        rows,
                                        List.of(),
                                        (long) b * 50));
                    }
                },
                "test-dispatcher");
        engine.start();
        engine.join();
        Fx.await(
                "the last rows shown",
                () -> fixture.window().events().totalProperty().get() == batches * 50L);
        long applied = Fx.get(() -> fixture.window().live().appliedUpdates());
        assertThat(applied)
                .as("merged: at most one apply per pulse, far fewer than batches")
                .isLessThan(batches / 4);
        assertThat(Fx.get(() -> fixture.window().events().visibleRows().size()))
                .isLessThanOrEqualTo(com.springcoreexplorer.ui.events.TagEventsViewModel.MAX_ROWS + 5_000);
        Screenshots.write(fixture.stage().getScene(), "views-04-after-flood");
    }
}
