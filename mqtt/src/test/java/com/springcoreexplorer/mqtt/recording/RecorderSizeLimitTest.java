package com.springcoreexplorer.mqtt.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.message.InboundMessage.MessageProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --max-size: the oldest messages go first, with their tag events and search entries; the newest all stay. */
class RecorderSizeLimitTest {

    @TempDir
    Path folder;

    @Test
    void theOldestMessagesAreDeletedToStayUnderTheLimit() throws Exception {
        Path file = folder.resolve("limited.sqlite");
        int count = 1_200;
        long limit = 100_000;
        RecorderStats stats;
        try (Recorder recorder = Recorder.start(file, new RecorderSettings("limit", null, limit, 256, 250))) {
            for (int i = 0; i < count; i++) {
                String payload = "{\"Interface\":\"13.56\",\"Protocol\":\"NFC-A\",\"TagId\":\"T" + i
                        + "X\",\"Move\":\"Insert\",\"Pad\":\"" + "x".repeat(100) + "\"}";
                recorder.accept(new InboundMessage(
                        "springcard/springcore/DA1275B0/rdr/evt",
                        payload.getBytes(StandardCharsets.UTF_8),
                        1,
                        false,
                        Instant.parse("2026-12-05T10:00:00Z").plusMillis(i),
                        0,
                        MessageProperties.NONE));
            }
            recorder.close();
            stats = recorder.stats();
        }
        assertThat(stats.committed()).isEqualTo(count);
        assertThat(stats.pruned()).isPositive();
        assertThat(stats.rows()).isEqualTo(count - stats.pruned());
        try (RecordingReader reader = RecordingReader.open(file)) {
            RecordingSummary summary = reader.summary();
            assertThat(summary.messages()).isEqualTo(stats.rows());
            assertThat(summary.tagEvents()).isEqualTo(stats.rows());
            List<String> tags = new ArrayList<>();
            reader.forEach(RecordingQuery.ALL, m -> tags.add(new String(m.payload(), StandardCharsets.UTF_8)));
            // the newest are all there, in order, up to the last one
            assertThat(tags.getLast()).contains("\"T" + (count - 1) + "X\"");
            assertThat(tags.getFirst()).contains("\"T" + stats.pruned() + "X\"");
            assertThat(reader.forEach(new RecordingQuery(List.of(), "T0X", null, null, 0), m -> {}))
                    .isZero();
            assertThat(reader.forEach(new RecordingQuery(List.of(), "T" + (count - 1) + "X", null, null, 0), m -> {}))
                    .isEqualTo(1);
        }
        try (var connection = SqliteFiles.connect(file, true);
                var statement = connection.createStatement();
                var pages = statement.executeQuery(
                        "SELECT (SELECT page_count FROM pragma_page_count()) - (SELECT freelist_count FROM pragma_freelist_count()), "
                                + "(SELECT page_size FROM pragma_page_size())")) {
            pages.next();
            assertThat(pages.getLong(1) * pages.getLong(2)).isLessThanOrEqualTo(limit);
        }
    }
}
