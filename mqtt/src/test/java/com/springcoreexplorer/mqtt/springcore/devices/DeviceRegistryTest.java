package com.springcoreexplorer.mqtt.springcore.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.springcoreexplorer.mqtt.springcore.Samples;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.decode.DeviceState;
import com.springcoreexplorer.mqtt.springcore.decode.MessageDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceRegistryTest {

    private static final Instant T0 = Samples.T0;
    private final MessageDecoder decoder = new MessageDecoder(DecoderSettings.DEFAULT);
    private final DeviceRegistry registry = new DeviceRegistry(RegistrySettings.DEFAULT);
    private final List<DevicesChanged> heard = new ArrayList<>();

    {
        registry.addListener(heard::add);
    }

    private void receive(String device, String channel, String payload, Instant at) {
        registry.apply(decoder.decode(Samples.message(device, channel, payload.getBytes(StandardCharsets.UTF_8), at)));
    }

    private void receiveSample(String device, String file, Instant at) {
        registry.apply(decoder.decode(Samples.message(device, Samples.channelOf(file), Samples.bytes(file), at)));
    }

    private DeviceSnapshot device(String id, Instant now) {
        return registry.device(id, now).orElseThrow();
    }

    @Test
    void metaStatusAndTagsBuildTheDevice() {
        receiveSample("DA1275B0", "meta-full.json", T0);
        receiveSample("DA1275B0", "status-online-ready.json", T0.plusSeconds(1));
        receiveSample("DA1275B0", "tag-json-current.json", T0.plusSeconds(2));
        registry.publish(T0.plusSeconds(2));

        DeviceSnapshot d = device("DA1275B0", T0.plusSeconds(2));
        assertThat(d.productName()).isEqualTo("SpringPark");
        assertThat(d.firmware()).isEqualTo("SpringCore 1.42 [r1234]");
        assertThat(d.ipAddress()).isEqualTo("192.168.1.50");
        assertThat(d.state()).isEqualTo(DeviceState.ONLINE_READY);
        assertThat(d.uptime().startups()).isEqualTo(145);
        assertThat(d.uptime().sinceStart()).isEqualTo(Duration.ofMillis(1_860_081));
        assertThat(d.firstSeen()).isEqualTo(T0);
        assertThat(d.lastSeen()).isEqualTo(T0.plusSeconds(2));
        assertThat(d.lastStatusAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(d.lastTag().tagId()).isEqualTo("047DAE02C84080");
        assertThat(d.lastTag().protocol()).isEqualTo("NFC-A");
        assertThat(d.eventCount()).isEqualTo(1);
        assertThat(d.messageCount()).isEqualTo(3);
        assertThat(d.stale()).isFalse();

        assertThat(heard).singleElement().satisfies(c -> {
            assertThat(c.added()).extracting(DeviceSnapshot::deviceId).containsExactly("DA1275B0");
            assertThat(c.updated()).isEmpty();
        });
        assertThat(DeviceJson.toJson(d).get("product").asText()).isEqualTo("SpringPark");
    }

    @Test
    void lastWillAndCleanOffline() {
        receiveSample("A", "status-online-ready.json", T0);
        receiveSample("A", "status-last-will.json", T0.plusSeconds(5));
        DeviceSnapshot dead = device("A", T0.plusSeconds(5));
        assertThat(dead.state()).isEqualTo(DeviceState.OFFLINE_DEAD);
        assertThat(dead.diedUnexpectedly()).isTrue();
        assertThat(dead.uptime())
                .as("uptime is unknown once the device is gone")
                .isNull();
        // an offline device is never "stale": it said goodbye (or the broker did for it)
        assertThat(device("A", T0.plus(Duration.ofHours(1))).stale()).isFalse();

        receiveSample("B", "status-offline.json", T0);
        assertThat(device("B", T0).state()).isEqualTo(DeviceState.OFFLINE);
        assertThat(device("B", T0).diedUnexpectedly()).isFalse();
    }

    @Test
    void staleAfterThreeIntervalsWithoutStatus() {
        receiveSample("A", "status-online-ready.json", T0);
        registry.publish(T0);
        heard.clear();
        assertThat(device("A", T0.plusSeconds(90)).stale())
                .as("exactly 3 x 30 s is not yet stale")
                .isFalse();
        assertThat(device("A", T0.plusSeconds(91)).stale()).isTrue();

        registry.refresh(T0.plusSeconds(60));
        assertThat(heard).isEmpty();
        registry.refresh(T0.plusSeconds(91));
        assertThat(heard)
                .singleElement()
                .satisfies(c -> assertThat(c.updated())
                        .singleElement()
                        .satisfies(d -> assertThat(d.stale()).isTrue()));
        heard.clear();
        registry.refresh(T0.plusSeconds(95));
        assertThat(heard).as("no news, no notification").isEmpty();

        // tag events do not count as a sign of life for staleness: only STATUS does
        receiveSample("A", "tag-json-current.json", T0.plusSeconds(100));
        assertThat(device("A", T0.plusSeconds(100)).stale()).isTrue();
        receiveSample("A", "status-online-ready.json", T0.plusSeconds(101));
        registry.refresh(T0.plusSeconds(101));
        assertThat(device("A", T0.plusSeconds(101)).stale()).isFalse();
        assertThat(heard.getLast().updated().getFirst().stale()).isFalse();
    }

    @Test
    void staleIntervalIsConfigurableAndDevicesWithoutStatusCountFromFirstSeen() {
        DeviceRegistry fast = new DeviceRegistry(RegistrySettings.DEFAULT.withStatusInterval(Duration.ofSeconds(5)));
        fast.apply(decoder.decode(Samples.message("Q", "rdr/evt", Samples.bytes("tag-json-current.json"), T0)));
        assertThat(fast.device("Q", T0.plusSeconds(15)).orElseThrow().stale()).isFalse();
        assertThat(fast.device("Q", T0.plusSeconds(16)).orElseThrow().stale()).isTrue();
        assertThat(fast.device("Q", T0).orElseThrow().state()).isEqualTo(DeviceState.UNKNOWN);
    }

    @Test
    void eventRateIsAnExponentialAverage() {
        // 10 events per second for 60 s: the average converges on 10/s
        for (int i = 0; i < 600; i++) {
            receiveSample("R", "tag-json-current.json", T0.plusMillis(i * 100L));
        }
        Instant end = T0.plusMillis(59_900);
        assertThat(device("R", end).eventRate()).isCloseTo(10.0, within(0.6));
        assertThat(device("R", end).eventCount()).isEqualTo(600);
        // then silence: it decays with the 10 s time constant (e^-1 after 10 s)
        double before = device("R", end).eventRate();
        assertThat(device("R", end.plusSeconds(10)).eventRate()).isCloseTo(before / Math.E, within(0.01));
        assertThat(device("R", end.plusSeconds(120)).eventRate()).isLessThan(0.001);
        // a device with no events has rate 0
        receiveSample("S", "status-online-ready.json", T0);
        assertThat(device("S", end).eventRate()).isZero();
    }

    @Test
    void rateChangesAreNotifiedOnRefresh() {
        receiveSample("R", "tag-json-current.json", T0);
        registry.publish(T0);
        heard.clear();
        registry.refresh(T0.plusSeconds(5));
        assertThat(heard)
                .singleElement()
                .satisfies(c ->
                        assertThat(c.updated().getFirst().eventRate()).isCloseTo(0.1 * Math.exp(-0.5), within(1e-6)));
    }

    @Test
    void lastCommandSeenOnRdrCmd() {
        receive("A", "rdr/cmd", "{\"Sequence\":14}", T0);
        assertThat(device("A", T0).lastCommand().describe()).isEqualTo("Wink (0E)");
        receiveSample("A", "cmd-sccmd-doc.txt", T0.plusSeconds(1));
        CommandSeen seen = device("A", T0.plusSeconds(1)).lastCommand();
        assertThat(seen.describe()).isEqualTo("LEDs 92929292, beep 100 ms");
        assertThat(seen.at()).isEqualTo(T0.plusSeconds(1));
        assertThat(seen.beepingAt(T0.plusMillis(1_050))).isTrue();
        assertThat(seen.beepingAt(T0.plusMillis(1_100))).isFalse();
        assertThat(device("A", T0).eventCount()).isZero();
    }

    @Test
    void messagesOutsideThePrefixAreIgnoredAndRawOnesCountAsSeen() {
        registry.apply(decoder.decode(com.springcoreexplorer.mqtt.message.InboundMessage.now("other/x", "1")));
        assertThat(registry.size()).isZero();
        registry.apply(decoder.decode(Samples.message("Z", "dir/0", new byte[] {1, 2}, T0)));
        assertThat(device("Z", T0).messageCount()).isEqualTo(1);
        assertThat(device("Z", T0).state()).isEqualTo(DeviceState.UNKNOWN);
    }

    @Test
    void forgetAndClearAreReported() {
        receiveSample("A", "status-online-ready.json", T0);
        receiveSample("B", "status-online-ready.json", T0);
        registry.publish(T0);
        assertThat(registry.snapshot(T0)).extracting(DeviceSnapshot::deviceId).containsExactly("A", "B");
        heard.clear();
        registry.forget("A", T0);
        assertThat(heard).singleElement().satisfies(c -> assertThat(c.removed()).containsExactly("A"));
        registry.clear(T0);
        assertThat(heard.getLast().removed()).containsExactly("B");
        assertThat(registry.size()).isZero();
    }

    @Test
    void refreshOnATimerThreadAndPublishOnTheDispatcherDeliverInOrder() throws Exception {
        // every delivered snapshot of a device is at least as new as the one before it
        java.util.Map<String, Long> lastCount = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> regressions = new java.util.concurrent.CopyOnWriteArrayList<>();
        registry.addListener(c -> c.updated().forEach(d -> {
            Long before = lastCount.put(d.deviceId(), d.messageCount());
            if (before != null && before > d.messageCount()) {
                regressions.add(d.deviceId() + " " + before + " -> " + d.messageCount());
            }
        }));
        Thread timer = new Thread(() -> {
            for (int i = 0; i < 2_000; i++) {
                registry.refresh(T0.plusSeconds(1));
            }
        });
        timer.start();
        byte[] tag = Samples.bytes("tag-json-current.json");
        for (int i = 0; i < 2_000; i++) {
            registry.apply(decoder.decode(Samples.message("A", "rdr/evt", tag, T0)));
            registry.publish(T0.plusSeconds(1));
        }
        timer.join();
        assertThat(regressions).isEmpty();
        assertThat(device("A", T0).messageCount()).isEqualTo(2_000);
    }

    @Test
    void snapshotsAreImmutableValues() {
        receiveSample("A", "status-online-ready.json", T0);
        DeviceSnapshot before = device("A", T0);
        receiveSample("A", "status-last-will.json", T0.plusSeconds(1));
        assertThat(before.state()).isEqualTo(DeviceState.ONLINE_READY);
    }
}
