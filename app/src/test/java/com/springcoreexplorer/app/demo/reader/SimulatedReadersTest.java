package com.springcoreexplorer.app.demo.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.springcoreexplorer.app.demo.MqttProbe;
import com.springcoreexplorer.app.demo.broker.DemoBroker;
import com.springcoreexplorer.app.demo.pki.DemoPki;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.decode.MessageDecoder;
import com.springcoreexplorer.mqtt.springcore.decode.MetaReport;
import com.springcoreexplorer.mqtt.springcore.decode.Move;
import com.springcoreexplorer.mqtt.springcore.decode.ScrdrCodeTable;
import com.springcoreexplorer.mqtt.springcore.decode.StatusReport;
import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import com.springcoreexplorer.mqtt.springcore.decode.WireFormat;
import com.springcoreexplorer.mqtt.springcore.sctext.ChecksumStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Simulated readers on the real demo broker, watched by a real Watcher client. */
class SimulatedReadersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = DemoBroker.DEFAULT_PREFIX;
    /** $SCRDR;II;PP;TT;RR;TagId;Move;TagData;TagDetails*CS\r\n */
    private static final Pattern SCRDR = Pattern.compile(
            "\\$(SCRDR;([0-9A-F]{2});([0-9A-F]{2});([0-9A-F]{2});([0-9A-F]{2})?;([0-9A-F]+);(I|R|IR)?;([0-9A-F]*);([^;*]*))\\*([0-9A-F]{2})\r\n");

    @TempDir
    static Path work;

    static DemoPki pki;
    static DemoBroker broker;
    static SimulatedReaders readers;
    static MqttProbe watcher;
    static final ConcurrentLinkedQueue<String> commands = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void start() {
        pki = DemoPki.generate(5);
        broker = DemoBroker.start(pki, new DemoBroker.Options(work, 0, PREFIX)).join();
        watcher = MqttProbe.connect(
                broker.host(),
                broker.port(),
                pki.watcher(),
                "test-watcher",
                pki.root().certificate());
        watcher.subscribe(PREFIX + "/#");
        ReaderListener listener = new ReaderListener() {
            @Override
            public void commandReceived(String serial, String command) {
                commands.add(serial + " " + command);
            }
        };
        SimulatedReader.Settings fast =
                new SimulatedReader.Settings(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofMillis(700));
        readers = SimulatedReaders.start(
                        broker.host(), broker.port(), PREFIX, pki.devices(), pki.brokerChainAnchors(), fast, listener)
                .join();
    }

    @AfterAll
    static void stop() {
        watcher.close();
        readers.close();
        broker.close();
    }

    private static String topic(String serial, String channel) {
        return PREFIX + "/" + serial + "/" + channel;
    }

    @Test
    void everyReaderSaysWhoItIsAndThatItIsReady() throws Exception {
        for (String serial : readers.serials()) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !watcher.receivedOn(topic(serial, "meta")).isEmpty());
            JsonNode meta =
                    JSON.readTree(watcher.receivedOn(topic(serial, "meta")).getFirst());
            assertThat(meta.get("SerialNumber").asText()).isEqualTo(serial);
            assertThat(meta.get("VendorName").asText()).isEqualTo("SpringCard");
            assertThat(meta.get("Protocol").asText()).isIn("RDR/JSON", "$SCRDR");
            assertThat(meta.get("Interfaces").asText()).isNotBlank();
            JsonNode status =
                    JSON.readTree(watcher.receivedOn(topic(serial, "status")).getFirst());
            assertThat(status.get("State").asText()).isEqualTo("online,ready");
            assertThat(status.get("Uptime").asText()).matches("\\d+:\\d+\\.\\d{3}");
        }
        // META and STATUS are retained: a client arriving later gets them at once
        try (MqttProbe late = MqttProbe.connect(
                broker.host(),
                broker.port(),
                pki.watcher(),
                "late-watcher",
                pki.root().certificate())) {
            late.subscribe(PREFIX + "/+/meta");
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> late.received().size() == readers.serials().size());
            assertThat(late.received()).allMatch(p -> p.isRetain());
        }
    }

    @Test
    void tagEventsAreWellFormedJsonAndScrdrWithInsertRemovePairs() throws Exception {
        List<String> jsonReaders = new ArrayList<>();
        List<String> scrdrReaders = new ArrayList<>();
        for (SimulatedReader reader : readers.readers()) {
            (reader.profile().format() == EventFormat.JSON ? jsonReaders : scrdrReaders).add(reader.serial());
        }
        assertThat(jsonReaders).isNotEmpty();
        assertThat(scrdrReaders).isNotEmpty();
        for (String serial : readers.serials()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> hasInsertAndRemoveOfSameTag(serial));
        }
        for (String serial : jsonReaders) {
            for (String payload : watcher.receivedOn(topic(serial, "rdr/evt"))) {
                assertThat(payload).doesNotContain(" ", "\n");
                JsonNode event = JSON.readTree(payload);
                assertThat(event.get("TagId").asText()).matches("[0-9A-F]+");
                assertThat(event.get("Interface").asText()).isIn("13.56", "900", "bluetooth");
                assertThat(event.get("Protocol").asText()).isNotBlank();
                assertThat(event.get("Template").isInt()).isTrue();
                assertThat(event.get("Move").asText()).isIn("Insert", "Remove", "Insert,Remove");
                assertThat(event.get("Uptime").asText()).matches("\\d+:\\d+\\.\\d{3}");
            }
        }
        for (String serial : scrdrReaders) {
            for (String payload : watcher.receivedOn(topic(serial, "rdr/evt"))) {
                Matcher line = SCRDR.matcher(payload);
                assertThat(line.matches()).as(payload).isTrue();
                int xor = 0;
                for (char c : line.group(1).toCharArray()) {
                    xor ^= c;
                }
                assertThat(Integer.parseInt(line.group(10), 16))
                        .as("checksum of " + payload)
                        .isEqualTo(xor);
            }
        }
    }

    @Test
    void theProductsSpringCoreDecoderReadsEveryMessageWithoutWarnings() {
        for (String serial : readers.serials()) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> watcher.receivedOn(topic(serial, "rdr/evt")).size() >= 2);
        }
        MessageDecoder decoder = new MessageDecoder(DecoderSettings.DEFAULT.withScrdrCodes(DemoScrdrCodes.table()));
        int tags = 0;
        for (Mqtt5Publish publish : watcher.received()) {
            String topic = publish.getTopic().toString();
            DecodedMessage decoded =
                    decoder.decode(InboundMessage.now(topic, publish.getPayloadAsBytes(), 1, publish.isRetain()));
            assertThat(decoded.warnings()).as(topic).isEmpty();
            if (topic.endsWith("/rdr/evt")) {
                tags++;
                assertThat(decoded).as(topic).isInstanceOfSatisfying(TagEvent.class, event -> {
                    assertThat(readers.serials()).contains(event.deviceId());
                    assertThat(event.tagId()).matches("[0-9A-F]+");
                    assertThat(event.interfaceName()).isIn("13.56", "900", "bluetooth");
                    assertThat(event.protocol()).isIn(ScrdrCodeTable.DOCUMENTED_PROTOCOLS);
                    assertThat(event.move()).isIn(Move.INSERT, Move.REMOVE, Move.INSERT_REMOVE);
                    if (event.format() == WireFormat.TEXT) {
                        assertThat(event.checksum()).isEqualTo(ChecksumStatus.VALID_EXCLUDING_DELIMITERS);
                    }
                    if (!"13.56".equals(event.interfaceName())) {
                        assertThat(event.rssi()).isBetween(-100, -20);
                    }
                });
            } else if (topic.endsWith("/status")) {
                assertThat(decoded).isInstanceOf(StatusReport.class);
            } else if (topic.endsWith("/meta")) {
                assertThat(decoded).isInstanceOf(MetaReport.class);
            }
        }
        assertThat(tags).isGreaterThanOrEqualTo(2 * readers.serials().size());
    }

    private static boolean hasInsertAndRemoveOfSameTag(String serial) throws Exception {
        List<String> inserted = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String payload : watcher.receivedOn(topic(serial, "rdr/evt"))) {
            String tag;
            String move;
            if (payload.startsWith("$SCRDR")) {
                Matcher line = SCRDR.matcher(payload);
                if (!line.matches()) {
                    return false;
                }
                tag = line.group(6);
                move = line.group(7);
                move = "I".equals(move) ? "Insert" : "R".equals(move) ? "Remove" : "Insert,Remove";
            } else {
                JsonNode event = JSON.readTree(payload);
                tag = event.get("TagId").asText();
                move = event.get("Move").asText();
            }
            if (move.equals("Insert")) {
                inserted.add(tag);
            } else if (move.equals("Remove")) {
                removed.add(tag);
            }
        }
        return inserted.stream().anyMatch(removed::contains);
    }

    @Test
    void aCommandMakesTheReaderBlinkAndReportBusy() {
        String serial = readers.serials().getFirst();
        try (MqttProbe control = MqttProbe.connect(
                broker.host(),
                broker.port(),
                pki.control(),
                "test-control",
                pki.root().certificate())) {
            assertThat(control.publish(topic(serial, "rdr/cmd"), "{\"Sequence\":35}"))
                    .isEqualTo(MqttProbe.Outcome.ACCEPTED);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> commands.contains(serial + " {\"Sequence\":35}"));
        await().atMost(Duration.ofSeconds(5))
                .until(() ->
                        watcher.receivedOn(topic(serial, "status")).stream().anyMatch(s -> s.contains("online,busy")));
    }

    @Test
    void aReaderThatLosesPowerLeavesItsLastWill() {
        String serial = readers.serials().getLast();
        readers.crash(serial);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> watcher.receivedOn(topic(serial, "status")).contains("{\"State\":\"offline,dead\"}"));
    }

    @Test
    void aRebootRaisesTheStartUpCounterAndADropOutLeavesTheWillThenComesBackRebooted() {
        SimulatedReader reader = readers.readers().get(1);
        String serial = reader.serial();
        await().atMost(Duration.ofSeconds(10)).until(reader::isUp);
        long before = startups(reader.uptime());
        reader.reboot();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> watcher.receivedOn(topic(serial, "status")).stream()
                        .anyMatch(s -> s.contains("\"Uptime\":\"" + (before + 1) + ":")));

        reader.dropOut(Duration.ofMillis(500));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> watcher.receivedOn(topic(serial, "status")).contains("{\"State\":\"offline,dead\"}"));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> watcher.receivedOn(topic(serial, "status")).stream()
                        .anyMatch(s -> s.contains("online,ready") && s.contains("\"Uptime\":\"" + (before + 2) + ":")));
        assertThat(reader.isUp()).isTrue();
    }

    private static long startups(String uptime) {
        return Long.parseLong(uptime.substring(0, uptime.indexOf(':')));
    }
}
