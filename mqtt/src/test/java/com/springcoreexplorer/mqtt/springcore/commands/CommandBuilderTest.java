package com.springcoreexplorer.mqtt.springcore.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.mqtt.springcore.sctext.ChecksumConvention;
import com.springcoreexplorer.mqtt.springcore.topic.TopicPrefix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandBuilderTest {

    private static CommandBuilder to(String id) {
        return CommandBuilder.to(TopicPrefix.DEFAULT, id);
    }

    private static OutgoingCommand built(BuildResult r) {
        assertThat(r).isInstanceOf(BuildResult.Built.class);
        return ((BuildResult.Built) r).command();
    }

    private static String refused(BuildResult r) {
        assertThat(r).isInstanceOf(BuildResult.Refused.class);
        return ((BuildResult.Refused) r).message();
    }

    @ParameterizedTest
    @CsvSource({"self-test,13", "wink,14", "blackout,15", "idle,16", "active,17", "suspended,19",
            "read-success,35", "read success,35", "READ_SUCCESS,35", "read-failed,36", "read-again,37",
            "23,35", "0x0E,14", "0e,14", "FF,255", "0,0"})
    void sequencesByNameOrHex(String text, int code) {
        OutgoingCommand c = built(to("DA1275B0").sequence(text).build());
        assertThat(c.topic()).isEqualTo("springcard/springcore/DA1275B0/rdr/cmd");
        assertThat(c.payloadText()).isEqualTo("{\"Sequence\":" + code + "}");
        assertThat(c.command().sequence()).isEqualTo(code);
    }

    @Test
    void documentedExamples() {
        assertThat(built(to("X").sequence(SequenceId.READ_SUCCESS).build()).payloadText()).isEqualTo("{\"Sequence\":35}");
        assertThat(built(to("X").leds("92929292").build()).payloadText()).isEqualTo("{\"Leds\":\"92929292\"}");
        assertThat(built(to("X").buzzer(100).build()).payloadText()).isEqualTo("{\"Buzzer\":100}");
        OutgoingCommand text = built(to("X").leds("92929292").buzzer(100).format(CommandFormat.TEXT).textChecksum(false).crlf(false).build());
        assertThat(text.payloadText()).isEqualTo("$SCCMD;LEDS=92929292;BUZZ=0064");
    }

    @Test
    void textWithChecksumUnderEitherConvention() {
        String excl = built(to("X").sequence("read-success").format(CommandFormat.TEXT).build()).payloadText();
        int x = 0;
        for (char ch : "SCCMD;SEQ=23".toCharArray()) {
            x ^= ch;
        }
        assertThat(excl).isEqualTo(String.format("$SCCMD;SEQ=23*%02X\r\n", x));
        String incl = built(to("X").sequence("read-success").format(CommandFormat.TEXT)
                .checksumConvention(ChecksumConvention.INCLUDING_DELIMITERS).build()).payloadText();
        assertThat(incl).isEqualTo(String.format("$SCCMD;SEQ=23*%02X\r\n", x ^ '$' ^ '*'));
    }

    @Test
    void refusesSequenceWithLedsRgbOrBuzzer() {
        assertThat(refused(to("X").sequence("wink").leds("92929292").build())).contains("cannot be combined");
        assertThat(refused(to("X").sequence("wink").buzzer(10).build())).contains("cannot be combined");
        assertThat(refused(to("X").sequence("wink").raw(RawField.RGB_COLOR, "FF0000").build())).contains("cannot be combined");
        // relays are not part of the vendor's prohibition
        assertThat(built(to("X").sequence("wink").raw(RawField.RELAY, "1").build()).payloadText()).isEqualTo("{\"Sequence\":14,\"Relay\":1}");
    }

    @Test
    void rawFieldsKeepJsonOrBecomeStrings() {
        OutgoingCommand c = built(to("X").raw(RawField.RGB_COLOR, "FF0000").raw(RawField.RGB_MODE, "2")
                .raw(RawField.RELAYS, "[1,0]").raw(RawField.RELAY, "{\"on\": true}").build());
        assertThat(c.payloadText()).isEqualTo("{\"RgbColor\":\"FF0000\",\"RgbMode\":2,\"Relay\":{\"on\":true},\"Relays\":[1,0]}");
        assertThat(refused(to("X").raw(RawField.RELAY, "1").format(CommandFormat.TEXT).build())).contains("send them as JSON");
        assertThat(refused(to("X").raw(RawField.RELAY, " ").build())).contains("Relay is empty");
    }

    @Test
    void badInputIsRefusedWithOneClearLine() {
        assertThat(refused(to("X").sequence("dance").build())).contains("unknown sequence 'dance'").contains("wink");
        assertThat(refused(to("X").sequence("123").build())).contains("unknown sequence");
        assertThat(refused(to("X").sequence(256).build())).contains("out of range");
        assertThat(refused(to("X").leds("9292929").build())).contains("8 hex digits");
        assertThat(refused(to("X").leds("9292929G").build())).contains("8 hex digits");
        assertThat(refused(to("X").buzzer(65_536).build())).contains("0 to 65535");
        assertThat(refused(to("X").buzzer(-1).build())).contains("0 to 65535");
        assertThat(refused(to("X").build())).contains("nothing to send");
        assertThat(refused(to("").leds("00000000").build())).contains("device ID is empty");
        assertThat(refused(to("a/b").leds("00000000").build())).contains("'/'");
        assertThat(refused(to("#").leds("00000000").build())).contains("'#'");
        // the first problem wins, later valid calls do not hide it
        assertThat(refused(to("X").leds("zz").buzzer(1).build())).contains("LEDs 'zz'");
    }

    @Test
    void ledsAreNormalisedAndLimitsAccepted() {
        OutgoingCommand c = built(to("X").leds(" ab12cd34 ").buzzer(65_535).format(CommandFormat.TEXT).textChecksum(false).build());
        assertThat(c.payloadText()).isEqualTo("$SCCMD;LEDS=AB12CD34;BUZZ=FFFF\r\n");
        assertThat(c.command().describe()).isEqualTo("LEDs AB12CD34, beep 65535 ms");
    }
}
