package com.springcoreexplorer.mqtt.springcore.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.Samples;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.decode.MessageDecoder;
import com.springcoreexplorer.mqtt.springcore.health.FleetHealth;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertEngineTest {

    private static final Instant T0 = Samples.T0;
    private final MessageDecoder decoder = new MessageDecoder(DecoderSettings.DEFAULT);
    private final FleetHealth health = new FleetHealth(Duration.ofSeconds(90));
    private final List<Alert> alerts = new ArrayList<>();

    private AlertEngine engine(String rulesJson) {
        AlertEngine engine =
                new AlertEngine(health, ((AlertRules.Parsed.Rules) AlertRules.fromText(rulesJson)).rules());
        health.addListener(engine);
        engine.addListener(alerts::add);
        return engine;
    }

    private void receive(AlertEngine engine, String device, String channel, String payload, Instant at) {
        InboundMessage message = Samples.message(device, channel, payload.getBytes(StandardCharsets.UTF_8), at);
        List<DecodedMessage> decoded = List.of(decoder.decode(message));
        health.onDecoded(List.of(message), decoded);
        engine.onDecoded(List.of(message), decoded);
    }

    private static List<String> kinds(List<Alert> alerts) {
        return alerts.stream().map(a -> a.kind().word()).toList();
    }

    @Test
    void defaultRulesAlertOnRebootDeadStaleAndBack() {
        AlertEngine engine = new AlertEngine(health, AlertRules.DEFAULTS);
        health.addListener(engine);
        engine.addListener(alerts::add);
        receive(engine, "R1", "status", "{\"State\":\"online,ready\",\"Uptime\":\"5:10.000\"}", T0);
        receive(engine, "R1", "status", "{\"State\":\"offline,dead\"}", T0.plusSeconds(10));
        receive(engine, "R1", "status", "{\"State\":\"online,ready\",\"Uptime\":\"6:1.000\"}", T0.plusSeconds(40));
        health.refresh(T0.plusSeconds(200));

        assertThat(kinds(alerts)).containsExactly("dead", "reboot", "back", "stale");
        assertThat(alerts.getFirst().device()).isEqualTo("R1");
        assertThat(alerts.getFirst().toJson().toString())
                .isEqualTo(
                        "{\"alert\":\"dead\",\"device\":\"R1\",\"at\":\"2026-11-27T06:00:10Z\",\"detail\":\"last will: the broker lost the connection\"}");
    }

    @Test
    void aDeviceRuleWatchesOnlyThatReader() {
        AlertEngine engine = engine("[{\"type\":\"offline\",\"device\":\"R2\"}]");
        receive(engine, "R1", "status", "{\"State\":\"offline\"}", T0);
        receive(engine, "R2", "status", "{\"State\":\"offline\"}", T0);
        assertThat(alerts).extracting(Alert::device).containsExactly("R2");
    }

    @Test
    void rssiBelowAlertsWhenTheMinuteMeanDropsAndAgainOnlyAfterItRecovered() {
        AlertEngine engine =
                engine("[{\"type\":\"rssiBelow\",\"threshold\":-70,\"interface\":\"13.56\",\"name\":\"weak\"}]");
        receive(engine, "R1", "rdr/evt", "{\"Interface\":\"13.56\",\"TagId\":\"04AA\",\"RSSI\":-60}", T0);
        receive(
                engine,
                "R1",
                "rdr/evt",
                "{\"Interface\":\"13.56\",\"TagId\":\"04AA\",\"RSSI\":-90}",
                T0.plusSeconds(1));
        receive(
                engine,
                "R1",
                "rdr/evt",
                "{\"Interface\":\"13.56\",\"TagId\":\"04AA\",\"RSSI\":-95}",
                T0.plusSeconds(2));
        receive(engine, "R1", "rdr/evt", "{\"Interface\":\"900\",\"TagId\":\"E2\",\"RSSI\":-99}", T0.plusSeconds(3));
        assertThat(alerts).hasSize(1);
        assertThat(alerts.getFirst().rule()).isEqualTo("weak");
        assertThat(alerts.getFirst().detail()).startsWith("RSSI 1 min mean -75.0 below -70 on 13.56");
        receive(
                engine,
                "R1",
                "rdr/evt",
                "{\"Interface\":\"13.56\",\"TagId\":\"04AA\",\"RSSI\":-40}",
                T0.plusSeconds(120));
        receive(
                engine,
                "R1",
                "rdr/evt",
                "{\"Interface\":\"13.56\",\"TagId\":\"04AA\",\"RSSI\":-90}",
                T0.plusSeconds(240));
        assertThat(alerts).hasSize(2);
    }

    @Test
    void watchAndAllowListsOfTags() {
        AlertEngine engine = engine(
                "[{\"type\":\"tagWatch\",\"tags\":[\"04aa\"]},{\"type\":\"tagAllow\",\"tags\":[\"04AA\",\"04BB\"]}]");
        receive(engine, "R1", "rdr/evt", "{\"TagId\":\"04AA\"}", T0);
        receive(engine, "R1", "rdr/evt", "{\"TagId\":\"04AA\"}", T0.plusSeconds(5));
        receive(engine, "R1", "rdr/evt", "{\"TagId\":\"04BB\"}", T0.plusSeconds(6));
        receive(engine, "R1", "rdr/evt", "{\"TagId\":\"04CC\"}", T0.plusSeconds(7));
        receive(engine, "R1", "rdr/evt", "{\"TagId\":\"04AA\"}", T0.plusSeconds(60));
        assertThat(alerts)
                .extracting(Alert::detail)
                .containsExactly("watched tag 04AA", "tag not on the allow list 04CC", "watched tag 04AA");
    }

    @Test
    void noReadsForNMinutesAlertsOnceUntilTheReaderReadsAgain() {
        AlertEngine engine = engine("[{\"type\":\"noReads\",\"minutes\":2}]");
        receive(engine, "R1", "status", "{\"State\":\"online,ready\"}", T0);
        receive(engine, "R1", "rdr/evt", "{\"TagId\":\"04AA\"}", T0.plusSeconds(1));
        receive(engine, "R1", "status", "{\"State\":\"online,ready\"}", T0.plusSeconds(60));
        engine.refresh(T0.plusSeconds(61));
        assertThat(alerts).isEmpty();
        receive(engine, "R1", "status", "{\"State\":\"online,ready\"}", T0.plusSeconds(120));
        engine.refresh(T0.plusSeconds(121));
        engine.refresh(T0.plusSeconds(122));
        assertThat(alerts).hasSize(1);
        assertThat(alerts.getFirst().detail()).isEqualTo("no tag read for 2 min");
        receive(engine, "R1", "rdr/evt", "{\"TagId\":\"04AA\"}", T0.plusSeconds(130));
        receive(engine, "R1", "status", "{\"State\":\"online,ready\"}", T0.plusSeconds(180));
        receive(engine, "R1", "status", "{\"State\":\"online,ready\"}", T0.plusSeconds(240));
        engine.refresh(T0.plusSeconds(251));
        assertThat(alerts).hasSize(2);
    }

    @Test
    void aValueRuleOnAnyTopicIsEdgeTriggered() {
        AlertEngine engine = engine(
                "[{\"type\":\"value\",\"topic\":\"plant/+/temp\",\"pointer\":\"/celsius\",\"op\":\">\",\"value\":30}]");
        for (String[] m : new String[][] {
            {"plant/a/temp", "{\"celsius\":25}"},
            {"plant/a/temp", "{\"celsius\":31.5}"},
            {"plant/a/temp", "{\"celsius\":33}"},
            {"plant/b/temp", "not json"},
            {"plant/a/temp", "{\"celsius\":\"29\"}"},
            {"plant/a/temp", "{\"celsius\":40}"},
            {"other/a/temp", "{\"celsius\":40}"}
        }) {
            InboundMessage message =
                    new InboundMessage(m[0], m[1].getBytes(StandardCharsets.UTF_8), 0, false, T0, 0, null);
            engine.onDecoded(List.of(message), List.of(decoder.decode(message)));
        }
        assertThat(alerts)
                .extracting(Alert::detail)
                .containsExactly("plant/a/temp /celsius = 31.5 (> 30)", "plant/a/temp /celsius = 40 (> 30)");
        assertThat(alerts).extracting(a -> a.kind().word()).containsOnly("rule");
    }

    @Test
    void badRulesAreOneLineThatSaysWhatToDo() {
        assertThat(((AlertRules.Parsed.Invalid) AlertRules.fromText("[{\"type\":\"loud\"}]")).message())
                .startsWith("alert rule 1: unknown or missing \"type\"");
        assertThat(((AlertRules.Parsed.Invalid) AlertRules.fromText("[{\"type\":\"noReads\",\"minutes\":0}]"))
                        .message())
                .contains("minutes must be between 1 and 10080");
        assertThat(((AlertRules.Parsed.Invalid) AlertRules.fromText("[{\"type\":\"reboot\",\"devcie\":\"R1\"}]"))
                        .message())
                .contains("unknown field \"devcie\"");
        assertThat(((AlertRules.Parsed.Invalid)
                                AlertRules.fromText(
                                        "[{\"type\":\"value\",\"topic\":\"a/#/b\",\"pointer\":\"/x\",\"op\":\">\",\"value\":1}]"))
                        .message())
                .contains("'#' must be a whole level and the last one");
        assertThat(((AlertRules.Parsed.Invalid) AlertRules.fromText("{")).message())
                .startsWith("the rules are not valid JSON");
    }

    @Test
    void rulesSurviveARoundTripThroughJson() {
        String text =
                "[{\"type\":\"rssiBelow\",\"threshold\":-70,\"interface\":\"900\"},{\"type\":\"tagWatch\",\"tags\":[\"04AA\"],\"name\":\"VIP\"},"
                        + "{\"type\":\"value\",\"topic\":\"a/+\",\"pointer\":\"/v\",\"op\":\"==\",\"value\":\"on\"}]";
        List<AlertRule> rules = ((AlertRules.Parsed.Rules) AlertRules.fromText(text)).rules();
        List<AlertRule> again =
                ((AlertRules.Parsed.Rules) AlertRules.fromJsonNodes(AlertRules.toJsonNodes(rules))).rules();
        assertThat(again).isEqualTo(rules);
        assertThat(AlertRules.toText(rules))
                .contains("\"type\" : \"rssiBelow\"")
                .contains("\"interface\" : \"900\"");
    }
}
