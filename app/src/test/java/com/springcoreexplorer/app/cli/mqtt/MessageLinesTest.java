package com.springcoreexplorer.app.cli.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** sub's lines as bytes: text and JSON, ASCII fast paths and the rest, one write for a batch. */
class MessageLinesTest {

    private static InboundMessage message(String topic, byte[] payload, int qos, boolean retain) {
        return InboundMessage.now(topic, payload, qos, retain);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void textLinesCopyAsciiPayloadsAndEscapeOrHexTheRest() throws Exception {
        MessageLines lines = new MessageLines(false, MessageAnnotator.NONE);
        lines.add(message("s/DA1275B0/rdr/evt", utf8("{\"TagId\":\"04AA\"}\t"), 1, false));
        lines.add(message("s/caf\u00e9/status", utf8("r\u00e9sum\u00e9\nline 2\r"), 0, true));
        lines.add(message("s/D/ccid/r2p", new byte[] {(byte) 0xFF, 0x00, 0x01}, 2, false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.writeTo(out);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("s/DA1275B0/rdr/evt [qos1] {\"TagId\":\"04AA\"}\t\n"
                        + "s/caf\u00e9/status [qos0, retained] r\u00e9sum\u00e9\\nline 2\\r\n"
                        + "s/D/ccid/r2p [qos2] 0xff0001\n");
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        lines.writeTo(again);
        assertThat(again.size()).as("the buffer was emptied").isZero();
    }

    @Test
    void jsonLinesEscapeWhatJsonNeedsAndReadBackAsTheyCame() throws Exception {
        MessageLines lines =
                new MessageLines(true, (message, line) -> line.writeStringField("note", "after " + message.qos()));
        String ascii = "{\"TagId\":\"04\\\\AA\",\"x\":\"tab\there\nline\r\"}";
        String accented = "caf\u00e9 \"1\"";
        lines.add(message("s/DA1275B0/rdr/evt", utf8(ascii), 1, false));
        lines.add(message("s/D/status", utf8(accented), 0, true));
        lines.add(message("s/D/ccid/r2p", new byte[] {(byte) 0xFF, 0x00, 0x01}, 0, false));
        StringWriter out = new StringWriter(); // history's way: the same lines as text
        lines.writeTo(out);

        ObjectMapper json = new ObjectMapper();
        var text = out.toString().lines().toList();
        assertThat(text).hasSize(3);
        JsonNode first = json.readTree(text.get(0));
        assertThat(first.get("topic").asText()).isEqualTo("s/DA1275B0/rdr/evt");
        assertThat(first.get("qos").asInt()).isEqualTo(1);
        assertThat(first.get("retain").asBoolean()).isFalse();
        assertThat(first.get("payload").asText()).isEqualTo(ascii);
        assertThat(first.get("note").asText()).isEqualTo("after 1");
        JsonNode second = json.readTree(text.get(1));
        assertThat(second.get("payload").asText()).isEqualTo(accented);
        assertThat(second.get("retain").asBoolean()).isTrue();
        JsonNode third = json.readTree(text.get(2));
        assertThat(third.has("payload")).isFalse();
        assertThat(third.get("payloadBase64").asText()).isEqualTo("/wAB");
    }
}
