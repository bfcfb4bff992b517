package com.springcoreexplorer.mqtt.springcore.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.mqtt.springcore.Samples;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.decode.DeviceState;
import com.springcoreexplorer.mqtt.springcore.decode.MessageDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The health model on STATUS sequences as readers send them: reboots, last will, stale, back. */
class FleetHealthTest {

    private static final Instant T0 = Samples.T0;
    private final MessageDecoder decoder = new MessageDecoder(DecoderSettings.DEFAULT);
    private final FleetHealth health = new FleetHealth(Duration.ofSeconds(90));
    private final List<HealthEvent> heard = new ArrayList<>();

    {
        health.addListener(heard::addAll);
    }

    private List<HealthEvent> receive(String device, String channel, String payload, Instant at) {
        DecodedMessage m =
                decoder.decode(Samples.message(device, channel, payload.getBytes(StandardCharsets.UTF_8), at));
        return health.applyAll(List.of(m));
    }

    private List<HealthEvent> status(String device, String state, String uptime, Instant at) {
        String up = uptime == null ? "" : ",\"Uptime\":\"" + uptime + "\"";
        return receive(device, "status", "{\"State\":\"" + state + "\"" + up + "}", at);
    }

    private static List<HealthEvent.Kind> kinds(List<HealthEvent> events) {
        return events.stream().map(HealthEvent::kind).toList();
    }

    @Test
    void aHigherStartUpCounterIsAReboot() {
        assertThat(kinds(status("R1", "online,ready", "145:1860.081", T0))).containsExactly(HealthEvent.Kind.ONLINE);
        assertThat(status("R1", "online,ready", "145:1890.081", T0.plusSeconds(30)))
                .isEmpty();
        List<HealthEvent> reboot = status("R1", "online,ready", "146:3.500", T0.plusSeconds(60));

        assertThat(kinds(reboot)).containsExactly(HealthEvent.Kind.REBOOT);
        assertThat(reboot.getFirst().detail()).isEqualTo("start-up counter 145 -> 146");
        ReaderHealth r = health.reader("R1", T0.plusSeconds(61)).orElseThrow();
        assertThat(r.reboots()).isEqualTo(1);
        assertThat(r.reboots24h()).isEqualTo(1);
        assertThat(r.uptime().startups()).isEqualTo(146);
        assertThat(health.reader("R1", T0.plusSeconds(60).plus(Duration.ofHours(25)))
                        .orElseThrow()
                        .reboots24h())
                .as("a reboot leaves the 24 h count after a day")
                .isZero();
    }

    @Test
    void uptimeGoingBackWithTheSameCounterIsAReboot() {
        status("R1", "online,ready", "7:5000.000", T0);
        List<HealthEvent> events = status("R1", "online,ready", "7:12.000", T0.plusSeconds(30));
        assertThat(kinds(events)).containsExactly(HealthEvent.Kind.REBOOT);
        assertThat(events.getFirst().detail()).contains("uptime went back");
    }

    @Test
    void tagEventUptimesCountToo() {
        status("R1", "online,ready", "10:100.000", T0);
        List<HealthEvent> events = receive(
                "R1",
                "rdr/evt",
                "{\"Interface\":\"13.56\",\"TagId\":\"04AA\",\"RSSI\":-50,\"Uptime\":\"11:2.000\"}",
                T0.plusSeconds(5));
        assertThat(kinds(events)).containsExactly(HealthEvent.Kind.REBOOT);
    }

    @Test
    void theLastWillIsDeadAnOutageAndTheNextStatusIsBack() {
        status("R1", "online,ready", "3:10.000", T0);
        List<HealthEvent> dead = status("R1", "offline,dead", null, T0.plusSeconds(20));
        assertThat(kinds(dead)).containsExactly(HealthEvent.Kind.DEAD);
        assertThat(dead.getFirst().detail()).contains("last will");

        List<HealthEvent> back = status("R1", "online,ready", "4:1.000", T0.plusSeconds(80));
        assertThat(kinds(back)).containsExactly(HealthEvent.Kind.REBOOT, HealthEvent.Kind.BACK);
        assertThat(back.get(1).detail()).isEqualTo("back online,ready after offline,dead");

        ReaderHealth r = health.reader("R1", T0.plusSeconds(81)).orElseThrow();
        assertThat(r.outages24h()).isEqualTo(1);
        assertThat(r.states())
                .extracting(StateSpan::state)
                .containsExactly(DeviceState.ONLINE_READY, DeviceState.OFFLINE_DEAD, DeviceState.ONLINE_READY);
        assertThat(r.states().get(1).from()).isEqualTo(T0.plusSeconds(20));
        assertThat(r.states().get(1).until()).isEqualTo(T0.plusSeconds(80));
        assertThat(r.states().get(2).ongoing()).isTrue();
        assertThat(r.timeline())
                .extracting(HealthEvent::kind)
                .containsExactly(
                        HealthEvent.Kind.ONLINE, HealthEvent.Kind.DEAD, HealthEvent.Kind.REBOOT, HealthEvent.Kind.BACK);
    }

    @Test
    void aCleanDisconnectIsOfflineNotDead() {
        status("R1", "online,ready", "3:10.000", T0);
        assertThat(kinds(status("R1", "offline", null, T0.plusSeconds(5)))).containsExactly(HealthEvent.Kind.OFFLINE);
        assertThat(health.refresh(T0.plusSeconds(500)))
                .as("an offline reader is never stale")
                .isEmpty();
    }

    @Test
    void threeSilentIntervalsMakeItStaleOnceThenAStatusBringsItBack() {
        status("R1", "online,ready", "3:10.000", T0);
        assertThat(health.refresh(T0.plusSeconds(90)))
                .as("exactly the stale time is not yet stale")
                .isEmpty();
        List<HealthEvent> stale = health.refresh(T0.plusSeconds(91));
        assertThat(kinds(stale)).containsExactly(HealthEvent.Kind.STALE);
        assertThat(health.refresh(T0.plusSeconds(120))).as("said once").isEmpty();
        assertThat(health.snapshot(T0.plusSeconds(120)).stale()).isEqualTo(1);

        List<HealthEvent> back = status("R1", "online,ready", "3:130.000", T0.plusSeconds(125));
        assertThat(kinds(back)).containsExactly(HealthEvent.Kind.BACK);
        assertThat(back.getFirst().detail()).isEqualTo("back online,ready after stale");
        assertThat(health.reader("R1", T0.plusSeconds(126)).orElseThrow().outages24h())
                .isEqualTo(1);
        assertThat(heard)
                .extracting(HealthEvent::kind)
                .containsExactly(HealthEvent.Kind.ONLINE, HealthEvent.Kind.STALE, HealthEvent.Kind.BACK);
    }

    @Test
    void readRateAndRssiPerInterfaceOverAMinuteAndAnHour() {
        status("R1", "online,ready", "1:1.000", T0);
        for (int i = 0; i < 10; i++) {
            receive(
                    "R1",
                    "rdr/evt",
                    "{\"Interface\":\"13.56\",\"TagId\":\"04AA\",\"RSSI\":" + (-40 - i) + "}",
                    T0.plusSeconds(i));
        }
        receive("R1", "rdr/evt", "{\"Interface\":\"900\",\"TagId\":\"E200\",\"RSSI\":-70}", T0.plusSeconds(10));
        receive("R1", "rdr/evt", "{\"Interface\":\"13.56\",\"TagId\":\"04AA\",\"RSSI\":-80}", T0.plusSeconds(1000));

        ReaderHealth r = health.reader("R1", T0.plusSeconds(1001)).orElseThrow();
        assertThat(r.reads()).isEqualTo(12);
        assertThat(r.reads1m()).isEqualTo(1);
        assertThat(r.readsPerMinute()).hasSize(60);
        assertThat(java.util.Arrays.stream(r.readsPerMinute()).sum()).isEqualTo(12);
        RssiStats hf = r.rssi().get("13.56");
        assertThat(hf.last()).isEqualTo(-80);
        assertThat(hf.count1m()).isEqualTo(1);
        assertThat(hf.mean1m()).isEqualTo(-80);
        assertThat(hf.count1h()).isEqualTo(11);
        assertThat(hf.min1h()).isEqualTo(-80);
        assertThat(hf.mean1h())
                .isCloseTo(
                        (-40 - 41 - 42 - 43 - 44 - 45 - 46 - 47 - 48 - 49 - 80) / 11.0,
                        org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.rssi().get("900").last()).isEqualTo(-70);
        assertThat(r.rssi().get("900").count1m()).as("a minute later").isZero();
        assertThat(health.reader("R1", T0.plusSeconds(10 + 3600 + 2000))
                        .orElseThrow()
                        .rssi()
                        .get("900")
                        .count1h())
                .isZero();
    }

    @Test
    void fleetCountsAndFirmwareSpread() {
        receive("A", "meta", "{\"ProductName\":\"SpringPark\",\"Firmware\":\"springcore/e518/1.82\"}", T0);
        receive("B", "meta", "{\"ProductName\":\"SpringPark\",\"Firmware\":\"springcore/e518/1.82\"}", T0);
        receive("C", "meta", "{\"ProductName\":\"Puck\",\"Version\":\"1.70\"}", T0);
        status("A", "online,ready", "1:1.000", T0);
        status("B", "online,busy", "1:1.000", T0);
        status("C", "offline,dead", null, T0);
        status("D", "online,ready", "1:1.000", T0.minusSeconds(200));

        FleetSnapshot fleet = health.snapshot(T0.plusSeconds(1));
        assertThat(fleet.online()).isEqualTo(1);
        assertThat(fleet.busy()).isEqualTo(1);
        assertThat(fleet.dead()).isEqualTo(1);
        assertThat(fleet.stale()).isEqualTo(1);
        assertThat(fleet.firmwareSpread())
                .containsExactly(
                        java.util.Map.entry("springcore/e518/1.82", 2),
                        java.util.Map.entry("1.70", 1),
                        java.util.Map.entry(FleetHealth.UNKNOWN_FIRMWARE, 1));
        assertThat(fleet.summary()).isEqualTo("1 online, 1 busy, 1 dead, 1 stale, 2 firmware versions");
    }

    @Test
    void aRetainedLastWillSaysSo() {
        DecodedMessage retained = decoder.decode(new com.springcoreexplorer.mqtt.message.InboundMessage(
                Samples.PREFIX + "/R9/status",
                "{\"State\":\"offline,dead\"}".getBytes(StandardCharsets.UTF_8),
                1,
                true,
                T0,
                0,
                null));
        List<HealthEvent> events = health.applyAll(List.of(retained));
        assertThat(kinds(events)).containsExactly(HealthEvent.Kind.DEAD);
        assertThat(events.getFirst().detail()).contains("retained");
    }
}
