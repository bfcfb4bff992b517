package com.springcoreexplorer.mqtt.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.mqtt.connection.PublishOutcome;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.message.InboundMessage.MessageProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * replay(record(x)) == x: whatever goes into a recording comes back out of the replayer with the same
 * topic, payload bytes, QoS, retain flag and MQTT 5 properties, in the same order. Payloads: binary,
 * invalid UTF-8, text, empty and 64 kB.
 */
class RecordReplayPropertyTest {

    private static Path folder;

    @BeforeContainer
    static void createFolder() throws Exception {
        folder = Files.createTempDirectory("record-replay-");
    }

    @AfterContainer
    static void deleteFolder() throws Exception {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Property(tries = 20)
    void replayOfARecordingSendsWhatWasReceived(@ForAll("messages") List<InboundMessage> received) throws Exception {
        Path file = Files.createTempFile(folder, "recording-", ".sqlite");
        Files.delete(file);
        try (Recorder recorder = Recorder.start(file, new RecorderSettings("property", null, 0, 64, 16))) {
            received.forEach(recorder::accept);
        }
        List<RecordedMessage> sent = new ArrayList<>();
        try (RecordingReader reader = RecordingReader.open(file);
                RecordingReader.Cursor cursor = reader.cursor(RecordingQuery.ALL)) {
            Replayer.Result result = Replayer.replay(
                    cursor,
                    message -> {
                        sent.add(message);
                        return CompletableFuture.completedFuture(new PublishOutcome.Accepted(0, ""));
                    },
                    ReplaySpeed.MAX,
                    (count, latest) -> {},
                    () -> false);
            assertThat(result.published()).isEqualTo(received.size());
            assertThat(result.accepted()).isEqualTo(received.size());
        }
        assertThat(sent).hasSameSizeAs(received);
        for (int i = 0; i < received.size(); i++) {
            InboundMessage in = received.get(i);
            RecordedMessage out = sent.get(i);
            assertThat(out.topic()).isEqualTo(in.topic());
            assertThat(Arrays.equals(out.payload(), in.payload()))
                    .as("payload of message %d", i)
                    .isTrue();
            assertThat(out.qos()).isEqualTo(in.qos());
            assertThat(out.retain()).isEqualTo(in.retain());
            assertThat(out.properties()).isEqualTo(in.properties());
            assertThat(out.receivedAt()).isEqualTo(in.receivedAt());
            assertThat(out.source()).isEqualTo("property");
        }
    }

    @Provide
    Arbitrary<List<InboundMessage>> messages() {
        Arbitrary<String> topics = Arbitraries.strings()
                .withChars("abcXYZ019/_-é")
                .ofMinLength(1)
                .ofMaxLength(30)
                .map(t -> "springcard/springcore/" + t);
        Arbitrary<byte[]> payloads = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.strings().ofMaxLength(200).map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Arbitraries.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE, 0}, new byte[0]),
                Arbitraries.bytes().array(byte[].class).ofSize(64 * 1024));
        Arbitrary<MessageProperties> properties = Arbitraries.oneOf(
                Arbitraries.just(MessageProperties.NONE),
                Combinators.combine(
                                Arbitraries.strings().ofMaxLength(20).injectNull(0.5),
                                Arbitraries.strings()
                                        .alpha()
                                        .ofMinLength(1)
                                        .ofMaxLength(20)
                                        .injectNull(0.5),
                                Arbitraries.longs().between(0, 4_294_967_295L).injectNull(0.5),
                                Arbitraries.of(true, false).injectNull(0.5),
                                Combinators.combine(
                                                Arbitraries.strings().ofMaxLength(10),
                                                Arbitraries.strings().ofMaxLength(10))
                                        .as(Map::entry)
                                        .list()
                                        .ofMaxSize(4))
                        .as(MessageProperties::new));
        Arbitrary<Instant> times = Arbitraries.longs()
                .between(1_600_000_000_000_000L, 1_900_000_000_000_000L)
                .map(RecordedMessage::instant);
        return Combinators.combine(
                        topics,
                        payloads,
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.of(true, false),
                        times,
                        properties)
                .as((topic, payload, qos, retain, at, props) ->
                        new InboundMessage(topic, payload, qos, retain, at, 0, props))
                .list()
                .ofMaxSize(30)
                // a recording is in reception order: sort by time, as a broker connection delivers them
                .map(list -> list.stream()
                        .sorted(java.util.Comparator.comparing(InboundMessage::receivedAt))
                        .toList());
    }
}
