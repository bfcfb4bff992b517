package com.springcoreexplorer.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventExportTest {

    private static final TagEventRow ROW = new TagEventRow(Instant.parse("2026-11-27T06:00:00Z"), "DA1275B0", "13.56", "NFC-A",
            "047DAE02C84080", "Insert,Remove", -52, "00\"04", "checksum mismatch, expected 3A", "springcard/springcore/DA1275B0/rdr/evt");

    @Test
    void writesCsvWithQuotingWhereNeeded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.csv");
        EventExport.write(List.of(ROW), file, EventExport.Format.CSV);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.getFirst()).isEqualTo("time,device,interface,protocol,tagId,move,rssi,data,warnings,topic");
        assertThat(lines.get(1)).isEqualTo("2026-11-27T06:00:00Z,DA1275B0,13.56,NFC-A,047DAE02C84080,\"Insert,Remove\",-52,"
                + "\"00\"\"04\",\"checksum mismatch, expected 3A\",springcard/springcore/DA1275B0/rdr/evt");
        assertThat(Files.list(dir)).as("no temporary file left").hasSize(1);
    }

    @Test
    void writesJsonWithEscapes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.json");
        EventExport.write(List.of(ROW, ROW), file, EventExport.Format.JSON);
        String json = Files.readString(file);
        assertThat(json).startsWith("[\n  {\"time\":\"2026-11-27T06:00:00Z\"").contains("\"data\":\"00\\\"04\"").contains("\"rssi\":-52");
        assertThat(com.springcoreexplorer.ui.publish.PayloadFormat.JSON.problem(json)).isEmpty();
    }
}
