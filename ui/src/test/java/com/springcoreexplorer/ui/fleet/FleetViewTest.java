package com.springcoreexplorer.ui.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.ui.alerts.AlertsViewModel;
import com.springcoreexplorer.ui.charts.ChartsView;
import com.springcoreexplorer.ui.charts.SeriesKey;
import com.springcoreexplorer.ui.readers.ReaderRow;
import com.springcoreexplorer.ui.testing.Fx;
import com.springcoreexplorer.ui.testing.Screenshots;
import com.springcoreexplorer.ui.testing.TestHome;
import com.springcoreexplorer.ui.testing.WindowFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Readers tab grown up, over the real engine: messages go into the real ingest pipeline, the
 * health model and alert engine judge them, the window shows the fleet, the timeline and the alerts.
 */
class FleetViewTest {

    private static final String PREFIX = "springcard/springcore";
    private TestHome home;
    private WindowFixture fixture;

    @BeforeEach
    void open() {
        home = new TestHome("fleet");
        fixture = WindowFixture.open(home);
    }

    @AfterEach
    void close() {
        fixture.close();
        home.close();
    }

    private void receive(String reader, String channel, String payload, Instant at) {
        home.engine()
                .pipeline()
                .offer(new InboundMessage(
                        PREFIX + "/" + reader + "/" + channel,
                        payload.getBytes(StandardCharsets.UTF_8),
                        1,
                        false,
                        at,
                        System.nanoTime(),
                        null));
    }

    private void site() {
        Instant now = Instant.now();
        String[][] readers = {
            {"DA1275B0", "SpringPark", "springcore/e518/1.82"},
            {"16051974", "Puck", "springcore/e518/1.82"},
            {"0A0B0C0D", "Puck Blue", "springcore/e518/1.70"},
            {"CAFE0001", "SpringPark", "springcore/e518/1.82"}
        };
        for (String[] r : readers) {
            receive(
                    r[0],
                    "meta",
                    "{\"ProductName\":\"" + r[1] + "\",\"Firmware\":\"" + r[2] + "\"}",
                    now.minusSeconds(40));
            receive(r[0], "status", "{\"State\":\"online,ready\",\"Uptime\":\"41:100.000\"}", now.minusSeconds(40));
        }
        for (int i = 0; i < 30; i++) {
            receive(
                    "DA1275B0",
                    "rdr/evt",
                    "{\"Interface\":\"13.56\",\"TagId\":\"04AA\",\"RSSI\":" + (-45 - i % 9) + "}",
                    now.minusSeconds(30 - i));
            receive(
                    "16051974",
                    "rdr/evt",
                    "{\"Interface\":\"900\",\"TagId\":\"E200\",\"RSSI\":" + (-60 - i % 5) + "}",
                    now.minusSeconds(30 - i));
        }
        receive("16051974", "status", "{\"State\":\"online,busy\",\"Uptime\":\"42:3.000\"}", now.minusSeconds(5));
        receive("0A0B0C0D", "status", "{\"State\":\"offline,dead\"}", now.minusSeconds(4));
    }

    @Test
    void theFleetTableSummaryTimelineAndAlertsShowWhatHappened() {
        site();
        TabPane left = Fx.get(() -> (TabPane) fixture.stage().getScene().lookup("#leftTabs"));
        Fx.run(() -> left.getSelectionModel().select(1));
        Fx.await(
                "four readers in the fleet",
                Duration.ofSeconds(20),
                () -> fixture.window().fleet().rows().size() == 4
                        && fixture.window().fleet().latestProperty().get().dead() == 1);

        FleetUpdate fleet =
                Fx.get(() -> fixture.window().fleet().latestProperty().get());
        assertThat(FleetViewModel.summary(fleet)).isEqualTo("2 online, 1 busy, 1 dead, 2 firmware versions");
        FleetRow rebooted = Fx.get(() -> fixture.window().fleet().rows().stream()
                .filter(r -> r.id().equals("16051974"))
                .findFirst()
                .orElseThrow());
        assertThat(rebooted.state()).isEqualTo(ReaderRow.State.BUSY);
        assertThat(rebooted.reboots24h()).isEqualTo(1);
        assertThat(rebooted.rssi()).startsWith("900: last -");
        FleetRow dead = Fx.get(() -> fixture.window().fleet().rows().stream()
                .filter(r -> r.id().equals("0A0B0C0D"))
                .findFirst()
                .orElseThrow());
        assertThat(dead.outages24h()).isEqualTo(1);

        // sorted by state: the dead reader first
        Fx.run(() -> {
            var table = fixture.window().fleetView().table();
            table.getSortOrder().setAll(table.getColumns().getFirst());
            table.sort();
        });
        assertThat(Fx.get(() -> fixture.window()
                        .fleetView()
                        .table()
                        .getItems()
                        .getFirst()
                        .id()))
                .isEqualTo("0A0B0C0D");

        Fx.run(() -> fixture.window()
                .fleetView()
                .table()
                .getSelectionModel()
                .select(fixture.window().fleetView().table().getItems().stream()
                        .filter(r -> r.id().equals("16051974"))
                        .findFirst()
                        .orElseThrow()));
        Fx.await(
                "the timeline shows the reboot",
                () -> fixture.window().fleetView().timeline().getItems().stream()
                        .anyMatch(item ->
                                item.kind().equals("reboot") && item.detail().equals("start-up counter 41 -> 42")));
        // the selection survives the next once-a-second update
        long before = Fx.get(() -> (long) fixture.window().fleet().rows().size());
        Fx.await(
                "an update later, still selected",
                () -> fixture.window()
                        .fleetView()
                        .selectedReaderProperty()
                        .get()
                        .equals("16051974"));
        assertThat(before).isEqualTo(4);
        // the left pane is narrow: timeline entries wrap, none ends in "..."
        java.util.List<String[]> entries = Fx.get(() -> {
            var list = fixture.window().fleetView().timeline();
            list.getScene().getRoot().applyCss();
            list.getScene().getRoot().layout();
            return list.lookupAll(".list-cell").stream()
                    .map(javafx.scene.control.ListCell.class::cast)
                    .filter(cell -> cell.getText() != null && !cell.getText().isEmpty())
                    .map(cell -> new String[] {cell.getText(), drawnText(cell)})
                    .toList();
        });
        assertThat(entries).isNotEmpty();
        assertThat(entries).allSatisfy(e -> assertThat(e[1]).as("drawn text").isEqualTo(e[0]));
        Screenshots.write(fixture.stage().getScene(), "fleet-01-readers");

        Fx.await(
                "alerts for the reboot and the lost reader",
                () -> fixture.window().alerts().items().stream()
                        .map(item -> item.alert().kind())
                        .toList()
                        .containsAll(java.util.List.of("reboot", "dead")));
        assertThat(Fx.get(
                        () -> fixture.window().alerts().unacknowledgedProperty().get()))
                .isGreaterThanOrEqualTo(2);
        Fx.await("a notification shown", () -> fixture.window().alertNotifier().shown() > 0);
        Fx.run(() -> left.getSelectionModel().select(2));
        assertThat(Fx.get(() -> left.getTabs().get(2).getText())).startsWith("Alerts (");
        Screenshots.write(fixture.stage().getScene(), "fleet-02-alerts");
        Fx.run(() -> fixture.window().alerts().acknowledgeAll());
        assertThat(Fx.get(() -> left.getTabs().get(2).getText())).isEqualTo("Alerts");
        assertThat(Fx.get(
                        () -> fixture.window().alerts().items().stream().allMatch(AlertsViewModel.Item::acknowledged)))
                .isTrue();

        // RSSI per reader one click away: the chart follows the reader's events, history first
        Fx.run(() -> left.getSelectionModel().select(1));
        javafx.scene.control.Button chartRssi = Fx.get(
                () -> (javafx.scene.control.Button) fixture.stage().getScene().lookup("#fleetChartRssi"));
        selectReader("CAFE0001"); // no tag event, no RSSI: nothing to chart
        assertThat(Fx.get(chartRssi::isDisabled)).isTrue();
        selectReader("DA1275B0");
        assertThat(Fx.get(chartRssi::isDisabled)).isFalse();
        Fx.run(chartRssi::fire);
        ChartsView charts = Fx.get(() -> fixture.window().showCharts());
        SeriesKey rssi = new SeriesKey(PREFIX + "/DA1275B0/rdr/evt", "/RSSI");
        Fx.await(
                "the reader's 30 RSSI values charted",
                () -> charts.keys().contains(rssi) && charts.pointCount(rssi) == 30);
        Screenshots.write(charts.getScene(), "fleet-03-rssi-chart");
        // with no window manager there is no title bar: Close (and Escape) close the charts window
        Fx.run(() -> ((javafx.scene.control.Button) charts.getScene().lookup("#closeCharts")).fire());
        assertThat(Fx.get(() -> charts.getScene().getWindow().isShowing())).isFalse();
        Fx.run(() -> fixture.window().showCharts());
        assertThat(Fx.get(() -> charts.getScene().getWindow().isShowing()
                        && charts.keys().contains(rssi)))
                .isTrue();
    }

    private void selectReader(String id) {
        Fx.run(() -> fixture.window()
                .fleetView()
                .table()
                .getSelectionModel()
                .select(fixture.window().fleetView().table().getItems().stream()
                        .filter(r -> r.id().equals(id))
                        .findFirst()
                        .orElseThrow()));
    }

    /** What a cell draws, "..." included (JavaFX puts it in the cell's inner Text). */
    private static String drawnText(javafx.scene.control.Labeled cell) {
        return cell.getChildrenUnmodifiable().stream()
                .filter(javafx.scene.text.Text.class::isInstance)
                .map(node -> ((javafx.scene.text.Text) node).getText())
                .findFirst()
                .orElse("");
    }
}
