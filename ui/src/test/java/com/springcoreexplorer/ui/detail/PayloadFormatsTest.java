package com.springcoreexplorer.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadFormatsTest {

    @Test
    void indentsCompactSpringCoreJsonKeepingNumbersAndOrder() {
        String pretty = PayloadFormats.prettyJson(
                        "{\"State\":\"online,ready\",\"Uptime\":\"145:1860.081\",\"n\":[1,2.50],\"e\":{}}")
                .orElseThrow();
        assertThat(pretty).isEqualTo("""
                {
                  "State": "online,ready",
                  "Uptime": "145:1860.081",
                  "n": [
                    1,
                    2.50
                  ],
                  "e": {}
                }""");
    }

    @Test
    void leavesTextThatIsNotJsonAlone() {
        assertThat(PayloadFormats.prettyJson("$SCRDR;01;05;01;C8;047DAE;I;;*3A"))
                .isEmpty();
        assertThat(PayloadFormats.prettyJson("{\"a\":\"b\"")).isEmpty();
        assertThat(PayloadFormats.readable("$SCRDR;x".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("$SCRDR;x");
    }

    @Test
    void dumpsBinaryAsHexWithOffsetsAndAscii() {
        byte[] payload = {0x00, 0x41, (byte) 0xff, 0x7f};
        assertThat(PayloadFormats.utf8(payload)).isEmpty();
        assertThat(PayloadFormats.hexDump(payload))
                .startsWith("000000  00 41 ff 7f")
                .contains(".A..");
        assertThat(PayloadFormats.readable(payload)).startsWith("000000");
    }

    @Test
    void diffsLineByLine() {
        assertThat(PayloadFormats.lineDiff("a\nb\nc", "a\nB\nc")).containsExactly("  a", "- b", "+ B", "  c");
    }
}
