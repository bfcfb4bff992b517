package com.springcoreexplorer.mqtt.springcore.commands;

import static org.assertj.core.api.Assertions.assertThat;

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
    @CsvSource({
        "self-test,13",
        "wink,14",
        "blackout,15",
        "idle,16",
        "active,17",
        "suspended,19",
        "read-success,35",
        "read success,35",
        "READ_SUCCESS,35",
        "read-failed,36",
        "read-again,37",
        "23,35",
        "0x0E,14",
        "0e,14",
        "FF,255",
        "0,0",
        "no-mother-board,1",
        "no-battery,2",
        "hardware-error,3",
        "not-genuine,4",
        "cancel,5",
        "startup,6",
        "shutdown,7",
        "please-wait,8",
        "bootloader-waiting,9",
        "fw-upgrading,10",
        "FW UPGRADED,11",
        "config-cleared,12",
        "access-granted,96",
        "Access Granted,96",
        "ACCESS_DENIED,97",
        "60,96",
        "0x61,97"
    })
    void sequencesByNameOrHex(String text, int code) {
        OutgoingCommand c = built(to("DA1275B0").sequence(text).build());
        assertThat(c.topic()).isEqualTo("springcard/springcore/DA1275B0/rdr/cmd");
        assertThat(c.payloadText()).isEqualTo("{\"Sequence\":" + code + "}");
        assertThat(c.command().sequence()).isEqualTo(code);
    }

    @Test
    void documentedExamples() {
        assertThat(built(to("X").sequence(SequenceId.READ_SUCCESS).build()).payloadText())
                .isEqualTo("{\"Sequence\":35}");
        assertThat(built(to("X").leds("92929292").build()).payloadText()).isEqualTo("{\"Leds\":\"92929292\"}");
        assertThat(built(to("X").buzzer(100).build()).payloadText()).isEqualTo("{\"Buzzer\":100}");
        // https://docs.springcard.com/books/SpringCore/Host_Protocols/Smart_Reader_Protocols/$SCRDR_Messages/$SCCMD_Message
        // "Examples": $SCCMD;LEDS=92929292;BUZZ=0064<CR><LF> and $SCCMD;SEQ=60<CR><LF>, no checksum
        assertThat(built(to("X").leds("92929292")
                                .buzzer(100)
                                .format(CommandFormat.TEXT)
                                .build())
                        .payload())
                .isEqualTo("$SCCMD;LEDS=92929292;BUZZ=0064\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(built(to("X").sequence("access-granted")
                                .format(CommandFormat.TEXT)
                                .build())
                        .payloadText())
                .isEqualTo("$SCCMD;SEQ=60\r\n");
        assertThat(built(to("X").sequence("access-denied")
                                .format(CommandFormat.TEXT)
                                .build())
                        .payloadText())
                .isEqualTo("$SCCMD;SEQ=61\r\n");
        OutgoingCommand bare = built(to("X").leds("92929292")
                .buzzer(100)
                .format(CommandFormat.TEXT)
                .crlf(false)
                .build());
        assertThat(bare.payloadText()).isEqualTo("$SCCMD;LEDS=92929292;BUZZ=0064");
    }

    @Test
    void checksumOnlyOnRequestUnderTheChosenRule() {
        int between = 0;
        for (char ch : "SCCMD;LEDS=92929292;BUZZ=0064".toCharArray()) {
            between ^= ch;
        }
        assertThat(between).isEqualTo(0x51); // the value the old default appended ($ and * excluded)
        String included = built(to("X").leds("92929292")
                        .buzzer(100)
                        .format(CommandFormat.TEXT)
                        .checksum(TextChecksum.INCLUDED)
                        .build())
                .payloadText();
        // the $SCCMD page: XOR "from the first '$' sign to the last '*' sign (both included)"
        assertThat(included)
                .isEqualTo(String.format("$SCCMD;LEDS=92929292;BUZZ=0064*%02X\r\n", between ^ '$' ^ '*'))
                .isEqualTo("$SCCMD;LEDS=92929292;BUZZ=0064*5F\r\n");
        String excluded = built(to("X").leds("92929292")
                        .buzzer(100)
                        .format(CommandFormat.TEXT)
                        .checksum(TextChecksum.EXCLUDED)
                        .build())
                .payloadText();
        assertThat(excluded).isEqualTo("$SCCMD;LEDS=92929292;BUZZ=0064*51\r\n");
        assertThat(refused(
                        to("X").leds("92929292").checksum(TextChecksum.INCLUDED).build()))
                .contains("checksum belongs to $SCCMD text");
    }

    @Test
    void buzzerTextIsDecimalOrExplicitHex() {
        assertThat(built(to("X").buzzer("100").build()).payloadText()).isEqualTo("{\"Buzzer\":100}");
        assertThat(built(to("X").buzzer("0x0064").build()).payloadText()).isEqualTo("{\"Buzzer\":100}");
        assertThat(built(to("X").buzzer("0xFFFF").build()).payloadText()).isEqualTo("{\"Buzzer\":65535}");
        assertThat(refused(to("X").buzzer("65536").build())).contains("0 to 65535");
        assertThat(refused(to("X").buzzer("0x10000").build())).contains("not a length in milliseconds");
        assertThat(refused(to("X").buzzer("1.5").build())).contains("not a length in milliseconds");
        assertThat(refused(to("X").buzzer("").build())).contains("not a length in milliseconds");
    }

    @Test
    void sequenceNamesComeFromThePagesAndOthersShowAsHex() {
        assertThat(SequenceId.describe(0x60)).isEqualTo("Access Granted (60)");
        assertThat(SequenceId.describe(0x01)).isEqualTo("No Mother Board (01)");
        assertThat(SequenceId.describe(0x12)).isEqualTo("sequence 12");
        assertThat(SequenceId.describe(0x62)).isEqualTo("sequence 62");
        assertThat(SequenceId.echo("60")).isEqualTo("60 = Access Granted");
        assertThat(SequenceId.echo("0x0e")).isEqualTo("0E = Wink");
        assertThat(SequenceId.echo("access granted")).isEqualTo("60 = Access Granted");
        assertThat(SequenceId.echo("42")).isEqualTo("42 (no page names it)");
        assertThat(SequenceId.echo("")).isEmpty();
        assertThat(SequenceId.echo("dance")).isNull();
        assertThat(SequenceId.values()).extracting(SequenceId::code).doesNotHaveDuplicates();
    }

    @Test
    void refusesSequenceWithLedsRgbOrBuzzer() {
        assertThat(refused(to("X").sequence("wink").leds("92929292").build())).contains("cannot be combined");
        assertThat(refused(to("X").sequence("wink").buzzer(10).build())).contains("cannot be combined");
        assertThat(refused(to("X").sequence("wink")
                        .raw(RawField.RGB_COLOR, "FF0000")
                        .build()))
                .contains("cannot be combined");
        // relays are not part of the vendor's prohibition
        assertThat(built(to("X").sequence("wink").raw(RawField.RELAY, "1").build())
                        .payloadText())
                .isEqualTo("{\"Sequence\":14,\"Relay\":1}");
    }

    @Test
    void rawFieldsKeepJsonOrBecomeStrings() {
        OutgoingCommand c = built(to("X").raw(RawField.RGB_COLOR, "FF0000")
                .raw(RawField.RGB_MODE, "2")
                .raw(RawField.RELAYS, "[1,0]")
                .raw(RawField.RELAY, "{\"on\": true}")
                .build());
        assertThat(c.payloadText())
                .isEqualTo("{\"RgbColor\":\"FF0000\",\"RgbMode\":2,\"Relay\":{\"on\":true},\"Relays\":[1,0]}");
        assertThat(refused(to("X").raw(RawField.RELAY, "1")
                        .format(CommandFormat.TEXT)
                        .build()))
                .contains("send them as JSON");
        assertThat(refused(to("X").raw(RawField.RELAY, " ").build())).contains("Relay is empty");
    }

    @Test
    void badInputIsRefusedWithOneClearLine() {
        assertThat(refused(to("X").sequence("dance").build()))
                .contains("unknown sequence 'dance'")
                .contains("wink");
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
        OutgoingCommand c = built(to("X").leds(" ab12cd34 ")
                .buzzer(65_535)
                .format(CommandFormat.TEXT)
                .build());
        assertThat(c.payloadText()).isEqualTo("$SCCMD;LEDS=AB12CD34;BUZZ=FFFF\r\n");
        assertThat(c.command().describe()).isEqualTo("LEDs AB12CD34, beep 65535 ms");
    }
}
