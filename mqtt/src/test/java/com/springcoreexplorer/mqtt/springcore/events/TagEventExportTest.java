package com.springcoreexplorer.mqtt.springcore.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.springcoreexplorer.mqtt.springcore.Samples;
import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports parse back to the same values (CSV with Jackson CSV, JSON lines with Jackson). */
class TagEventExportTest {

    @TempDir
    Path dir;

    private static List<TagEvent> events() {
        TagEventLog log = new TagEventLog(100);
        for (String file : List.of("tag-json-current.json", "tag-json-older-firmware.json", "tag-json-unknown-fields.json",
                "tag-scrdr-checksum-mismatch.txt", "tag-json-current-move-rssi.json")) {
            log.append((TagEvent) TagEventLogTest.DECODER.decode(Samples.message("DA1275B0", file)));
        }
        // quotes, commas and line breaks inside values
        log.append((TagEvent) TagEventLogTest.DECODER.decode(Samples.message("B", "rdr/evt",
                "{\"TagId\":\"a,\\\"b\\\"\\nc\",\"Note\":\"x;y\"}".getBytes(StandardCharsets.UTF_8), Samples.T0.plusSeconds(5))));
        return log.snapshot();
    }

    @Test
    void csvParsesBackWithHeader() throws Exception {
        List<TagEvent> events = events();
        StringWriter out = new StringWriter();
        TagEventExport.writeCsv(events, out);

        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(out.toString())) {
            List<Map<String, String>> all = rows.readAll();
            assertThat(all).hasSize(events.size());
            assertThat(all.getFirst().keySet()).containsExactlyElementsOf(TagEventExport.COLUMNS);
            for (int i = 0; i < events.size(); i++) {
                TagEvent e = events.get(i);
                Map<String, String> row = all.get(i);
                assertThat(row.get("receivedAt")).isEqualTo(e.receivedAt().toString());
                assertThat(row.get("device")).isEqualTo(e.deviceId());
                assertThat(row.get("tagId")).isEqualTo(e.tagId());
                assertThat(row.get("protocol")).isEqualTo(e.protocol() == null ? "" : e.protocol());
                assertThat(row.get("move")).isEqualTo(e.move().name());
                assertThat(row.get("raw")).isEqualTo(e.raw());
                assertThat(row.get("warnings")).isEqualTo(String.join(" | ", e.warnings()));
            }
            assertThat(all.get(1).get("sequence")).isEqualTo("78");
            assertThat(all.get(1).get("rssi")).isEqualTo("-61");
            assertThat(all.get(0).get("uptime")).isEqualTo("699:16.850");
            assertThat(all.get(2).get("extra")).isEqualTo("{\"Antenna\":\"2\",\"Phase\":\"{\\\"deg\\\":41.5}\"}");
            assertThat(all.get(3).get("interfaceCode")).isEqualTo("13");
            assertThat(all.get(3).get("checksum")).isEqualTo("MISMATCH");
            assertThat(all.get(5).get("tagId")).isEqualTo("a,\"b\"\nc");
        }
    }

    @Test
    void jsonLinesParseBack() throws Exception {
        List<TagEvent> events = events();
        StringWriter out = new StringWriter();
        TagEventExport.writeJsonLines(events, out);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(events.size());
        JsonMapper json = JsonMapper.builder().build();
        for (int i = 0; i < events.size(); i++) {
            JsonNode n = json.readTree(lines[i]);
            TagEvent e = events.get(i);
            assertThat(n.get("tagId").asText()).isEqualTo(e.tagId());
            assertThat(n.get("device").asText()).isEqualTo(e.deviceId());
            assertThat(n.get("receivedAt").asText()).isEqualTo(e.receivedAt().toString());
            assertThat(n.get("raw").asText()).isEqualTo(e.raw());
            assertThat(n.get("warnings").size()).isEqualTo(e.warnings().size());
        }
        assertThat(json.readTree(lines[1]).get("rssi").asInt()).isEqualTo(-61);
        assertThat(json.readTree(lines[0]).get("rssi").isNull()).isTrue();
        assertThat(json.readTree(lines[2]).get("extra").get("Antenna").asText()).isEqualTo("2");
        assertThat(json.readTree(lines[3]).get("warnings").get(0).asText()).contains("checksum mismatch");
    }

    @Test
    void exportsOnlyWhatIsFilteredToAFileAtomically() throws Exception {
        TagEventLog log = new TagEventLog(100);
        events().forEach(log::append);
        List<TagEvent> filtered = log.matching(TagEventFilter.ANY.withDevice("B"));
        Path file = dir.resolve("events.csv");
        ExportResult result = TagEventExport.export(filtered, ExportFormat.CSV, file);
        assertThat(result).isEqualTo(new ExportResult.Written(file.toAbsolutePath(), 1));
        assertThat(Files.readString(file)).startsWith("receivedAt,device,");
        try (var listing = Files.list(dir)) {
            assertThat(listing).as("no temporary file left").containsExactly(file);
        }

        Path jsonl = dir.resolve("events.jsonl");
        assertThat(TagEventExport.export(log.snapshot(), ExportFormat.fromFileName("events.jsonl").orElseThrow(), jsonl))
                .isEqualTo(new ExportResult.Written(jsonl.toAbsolutePath(), 6));
        assertThat(Files.readAllLines(jsonl)).hasSize(6);
    }

    @Test
    void badTargetsAreOneClearLine() {
        ExportResult noDir = TagEventExport.export(List.of(), ExportFormat.CSV, dir.resolve("missing/events.csv"));
        assertThat(noDir).isInstanceOfSatisfying(ExportResult.Failed.class, f -> assertThat(f.message()).contains("does not exist"));
        ExportResult isDir = TagEventExport.export(List.of(), ExportFormat.CSV, dir);
        assertThat(isDir).isInstanceOfSatisfying(ExportResult.Failed.class, f -> assertThat(f.message()).contains("is a folder"));
        assertThat(ExportFormat.fromFileName("x.txt")).isEmpty();
        assertThat(ExportFormat.fromFileName("X.CSV")).contains(ExportFormat.CSV);
    }
}
