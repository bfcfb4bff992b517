package com.springcoreexplorer.mqtt.springcore.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.Samples;
import com.springcoreexplorer.mqtt.springcore.sctext.ChecksumStatus;
import com.springcoreexplorer.mqtt.springcore.topic.Channel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Odd payloads become Raw with a reason, or decoded with warnings; never an exception. */
class MalformedPayloadTest {

    private final MessageDecoder decoder = new MessageDecoder(DecoderSettings.DEFAULT);

    private DecodedMessage decode(String channel, byte[] payload) {
        return decoder.decode(Samples.message("DA1275B0", channel, payload, Samples.T0));
    }

    private DecodedMessage decode(String channel, String payload) {
        return decode(channel, payload.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void notSpringCoreTopicIsRawWithViews() {
        DecodedMessage d = decoder.decode(InboundMessage.now("plant/line1/temp", "21.5"));
        assertThat(d).isInstanceOf(Raw.class);
        Raw r = (Raw) d;
        assertThat(r.deviceId()).isNull();
        assertThat(r.channel()).isNull();
        assertThat(r.reason()).contains("not a SpringCore topic");
        assertThat(r.hexView(16)).isEqualTo("32 31 2E 35");
        assertThat(r.textView(100)).isEqualTo("21.5");
    }

    @Test
    void brokenJsonIsRawWithReason() {
        Raw r = (Raw) decode("rdr/evt", "{\"TagId\":\"04\",");
        assertThat(r.reason()).contains("broken JSON");
        assertThat(r.channel()).isEqualTo(Channel.RDR_EVT);
        assertThat(r.deviceId()).isEqualTo("DA1275B0");
        assertThat(((Raw) decode("status", "{\"State\":\"online,ready\"} trailing")).reason())
                .contains("broken JSON");
        assertThat(((Raw) decode("meta", "[1,2]")).reason()).contains("array");
    }

    @Test
    void invalidUtf8AndBinaryAreRaw() {
        byte[] binary = {(byte) 0xFF, (byte) 0xFE, 0x00, 0x01, (byte) 0xC3, 0x28};
        Raw r = (Raw) decode("rdr/evt", binary);
        assertThat(r.isUtf8()).isFalse();
        assertThat(r.hexView(3)).isEqualTo("FF FE 00 …");
        assertThat(r.textView(10)).contains("\uFFFD");
        byte[] badUtf8Json = "{\"TagId\":\"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(decode("rdr/evt", badUtf8Json)).isInstanceOf(Raw.class);
    }

    @Test
    void dirAndCcidAreAlwaysRaw() {
        assertThat(((Raw) decode("dir/0", new byte[] {1, 2, 3})).reason()).contains("dir/");
        assertThat(((Raw) decode("ccid/1", "{\"a\":1}")).reason()).contains("ccid/");
        assertThat(((Raw) decode("foo/bar", "{}")).reason()).contains("foo/bar");
    }

    @Test
    void emptyPayloadClearsRetained() {
        assertThat(((Raw) decode("status", new byte[0])).reason()).contains("empty payload");
    }

    @Test
    void deepNestingIsRawNotStackOverflow() {
        String deep = "{\"TagId\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThat(decode("rdr/evt", deep)).isInstanceOf(Raw.class);
    }

    @Test
    void largeScrdrIsDecoded() {
        String data = "A".repeat(70_000);
        TagEvent e = (TagEvent) decode("rdr/evt", "$SCRDR;13;01;01;00;0102;;" + data + ";\r\n");
        assertThat(e.tagData()).hasSize(70_000);
        assertThat(e.checksum()).isEqualTo(ChecksumStatus.ABSENT);
    }

    @Test
    void large64kBinaryIsRaw() {
        byte[] big = new byte[70_000];
        Arrays.fill(big, (byte) 0x80);
        Raw r = (Raw) decode("rdr/evt", big);
        assertThat(r.hexView(4)).isEqualTo("80 80 80 80 …");
        assertThat(r.payload()).hasSize(70_000);
    }

    @Test
    void jsonTagWithoutTagIdIsRaw() {
        assertThat(((Raw) decode("rdr/evt", "{\"Protocol\":\"NFC-A\"}")).reason())
                .contains("without TagId");
    }

    @Test
    void oddJsonTypesAreWarningsAndExtras() {
        TagEvent e = (TagEvent)
                decode(
                        "rdr/evt",
                        "{\"TagId\":\"01\",\"Template\":\"x\",\"RSSI\":-50,\"Rssi\":-51,\"Move\":\"Sideways\",\"Uptime\":\"soon\",\"Template2\":null}");
        assertThat(e.template()).isNull();
        assertThat(e.rssi()).isEqualTo(-50);
        assertThat(e.move()).isEqualTo(Move.UNKNOWN);
        assertThat(e.moveText()).isEqualTo("Sideways");
        assertThat(e.extraFields()).containsKeys("Template", "Rssi", "Uptime", "Template2");
        assertThat(e.warnings()).hasSize(4);
        TagEvent numericString = (TagEvent) decode("rdr/evt", "{\"TagId\":\"01\",\"Template\":\"3\"}");
        assertThat(numericString.template()).isEqualTo(3);
    }

    @Test
    void documentedFieldsSentAsNullCountAsAbsent() {
        TagEvent e = (TagEvent) decode("rdr/evt", "{\"TagId\":\"01\",\"RSSI\":null,\"Move\":null}");
        assertThat(e.rssi()).isNull();
        assertThat(e.move()).isEqualTo(Move.NONE);
        assertThat(e.extraFields()).isEmpty();
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void viewsAndFramingAreTotalOnTheirOwn() {
        assertThat(PayloadViews.text("abc".getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE))
                .isEqualTo("abc");
        assertThat(PayloadViews.hex(new byte[0], Integer.MAX_VALUE)).isEmpty();
        assertThat(PayloadViews.text(new byte[] {1, 'a'}, 1)).isEqualTo("·…");
        for (String odd : new String[] {"", "$", "$*", "$S*1", "$SC;*", "*****", "$SCRDR*"}) {
            com.springcoreexplorer.mqtt.springcore.sctext.ScFrame f =
                    com.springcoreexplorer.mqtt.springcore.sctext.ScFrame.parse(
                            odd.getBytes(StandardCharsets.US_ASCII));
            assertThat(f.fields()).as(odd).isEmpty();
        }
    }

    @Test
    void scrdrOddities() {
        assertThat(((Raw) decode("rdr/evt", "$SCRDR\r\n")).reason()).contains("empty $SCRDR");
        assertThat(((Raw) decode("rdr/evt", "$SCRDR;13;01")).reason()).contains("2 field(s)");
        TagEvent few = (TagEvent) decode("rdr/evt", "$SCRDR;13;01;01;00;AB");
        assertThat(few.tagId()).isEqualTo("AB");
        assertThat(few.warnings()).anySatisfy(w -> assertThat(w).contains("5 fields"));
        TagEvent many = (TagEvent) decode("rdr/evt", "$SCRDR;ZZ;01;01;00;AB;Q;d;e;f");
        assertThat(many.interfaceCode()).isNull();
        assertThat(many.interfaceName()).isEqualTo("ZZ");
        assertThat(many.move()).isEqualTo(Move.UNKNOWN);
        assertThat(many.extraFields()).containsEntry("Field9", "f");
        assertThat(many.warnings()).hasSize(3);
        TagEvent badSum = (TagEvent) decode("rdr/evt", "$SCRDR;13;01;01;00;AB;;;*Q");
        assertThat(badSum.checksum()).isEqualTo(ChecksumStatus.MALFORMED);
        TagEvent nonAscii =
                (TagEvent) decode("rdr/evt", "$SCRDR;13;01;01;00;AB;;\u00e9;".getBytes(StandardCharsets.UTF_8));
        assertThat(nonAscii.warnings()).anySatisfy(w -> assertThat(w).contains("printable ASCII"));
    }

    @Test
    void sccmdOddities() {
        ReaderCommand c = (ReaderCommand) decode("rdr/cmd", "$SCCMD;SEQ=23;LEDS=FF;BUZZ=xyz;FOO=1;bare;*00");
        assertThat(c.command().sequence()).isEqualTo(0x23);
        assertThat(c.command().leds()).isEqualTo("FF");
        assertThat(c.command().buzzerMs()).isNull();
        assertThat(c.extraFields()).containsKeys("BUZZ", "FOO", "Field5");
        assertThat(c.checksum()).isEqualTo(ChecksumStatus.MISMATCH);
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("forbids"));
    }

    @Test
    void forbiddenCombinationSeenOnTheWireIsAWarning() {
        ReaderCommand c = (ReaderCommand) decode("rdr/cmd", "{\"Sequence\":14,\"Buzzer\":100}");
        assertThat(c.command().sequence()).isEqualTo(14);
        assertThat(c.warnings()).singleElement().asString().contains("forbids");
    }

    @Test
    void catastrophicRegexRuleIsCutOffAndTheMessageStaysRaw() {
        DecoderSettings settings = DecoderSettings.DEFAULT.withRules(java.util.List.of(
                new com.springcoreexplorer.mqtt.springcore.rules.RegexRule("slow", null, "(?<x>(a+)+)b")));
        DecodedMessage d = new MessageDecoder(settings).decode(InboundMessage.now("x/y", "a".repeat(5_000)));
        assertThat(d).isInstanceOf(Raw.class);
    }
}
