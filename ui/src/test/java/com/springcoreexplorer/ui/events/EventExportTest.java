package com.springcoreexplorer.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventExportTest {

    private static final TagEventRow ROW = new TagEventRow(
            Instant.parse("2026-11-27T06:00:00Z"),
            "DA1275B0",
            "13.56",
            "NFC-A",
            "047DAE02C84080",
            "Insert,Remove",
            -52,
            "00\"04",
            "checksum mismatch, expected 3A",
            "springcard/springcore/DA1275B0/rdr/evt");
    private static final TagEventRow NO_RSSI = new TagEventRow(
            Instant.parse("2026-11-27T06:00:01Z"),
            "DA1275B0",
            "",
            "",
            "A1",
            "",
            null,
            "line1\nline2",
            "",
            "springcard/springcore/DA1275B0/rdr/evt");

    @Test
    void writesCsvWithHeaderCrlfAndQuotingWhereNeeded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.csv");
        EventExport.write(List.of(ROW, NO_RSSI), file, EventExport.Format.CSV);
        String text = Files.readString(file);
        assertThat(text)
                .startsWith(
                        "time,device,interface,protocol,tagId,move,rssi,data,warnings,topic\r\n"
                                + "2026-11-27T06:00:00Z,DA1275B0,13.56,NFC-A,047DAE02C84080,\"Insert,Remove\",-52,\"00\"\"04\",");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            List<Map<String, String>> read = rows.readAll();
            assertThat(read).hasSize(2);
            assertThat(read.get(0))
                    .containsEntry("move", "Insert,Remove")
                    .containsEntry("data", "00\"04")
                    .containsEntry("warnings", "checksum mismatch, expected 3A")
                    .containsEntry("rssi", "-52");
            assertThat(read.get(1)).containsEntry("data", "line1\nline2").containsEntry("rssi", "");
        }
        assertThat(Files.list(dir)).as("no temporary file left").hasSize(1);
    }

    @Test
    void writesAJsonArrayThatReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.json");
        EventExport.write(List.of(ROW, NO_RSSI), file, EventExport.Format.JSON);
        JsonNode array = new ObjectMapper().readTree(file.toFile());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        assertThat(array.get(0).get("time").asText()).isEqualTo("2026-11-27T06:00:00Z");
        assertThat(array.get(0).get("interface").asText()).isEqualTo("13.56");
        assertThat(array.get(0).get("data").asText()).isEqualTo("00\"04");
        assertThat(array.get(0).get("rssi").asInt()).isEqualTo(-52);
        assertThat(array.get(1).get("rssi").isNull()).isTrue();
        assertThat(array.get(1).get("data").asText()).isEqualTo("line1\nline2");
        assertThat(array.get(0).fieldNames())
                .toIterable()
                .containsExactly(
                        "time",
                        "device",
                        "interface",
                        "protocol",
                        "tagId",
                        "move",
                        "rssi",
                        "data",
                        "warnings",
                        "topic");
    }

    @Test
    void anEmptyTableExportsJustTheHeaderOrAnEmptyArray(@TempDir Path dir) throws Exception {
        EventExport.write(List.of(), dir.resolve("e.csv"), EventExport.Format.CSV);
        EventExport.write(List.of(), dir.resolve("e.json"), EventExport.Format.JSON);
        assertThat(Files.readString(dir.resolve("e.csv")))
                .isEqualTo("time,device,interface,protocol,tagId,move,rssi,data,warnings,topic\r\n");
        assertThat(new ObjectMapper().readTree(dir.resolve("e.json").toFile()).isEmpty())
                .isTrue();
    }
}
