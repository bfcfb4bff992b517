package com.springcoreexplorer.mqtt.springcore.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.mqtt.springcore.Samples;
import com.springcoreexplorer.mqtt.springcore.commands.RawField;
import com.springcoreexplorer.mqtt.springcore.sctext.ChecksumStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every documented example (resources/samples) decodes to exactly what SPRINGCORE.md says it means. */
class GoldenSamplesTest {

    private final MessageDecoder decoder = new MessageDecoder(DecoderSettings.DEFAULT);

    private DecodedMessage decode(String file) {
        return decoder.decode(Samples.message("DA1275B0", file));
    }

    @Test
    void statusOnlineReady() {
        StatusReport s = (StatusReport) decode("status-online-ready.json");
        assertThat(s.deviceId()).isEqualTo("DA1275B0");
        assertThat(s.state()).isEqualTo(DeviceState.ONLINE_READY);
        assertThat(s.stateText()).isEqualTo("online,ready");
        assertThat(s.uptime()).isEqualTo(new Uptime(145, Duration.ofMillis(1_860_081)));
        assertThat(s.warnings()).isEmpty();
        assertThat(s.isLastWill()).isFalse();
    }

    @Test
    void statusBusyWithClockAndOffline() {
        StatusReport busy = (StatusReport) decode("status-online-busy-clock.json");
        assertThat(busy.state()).isEqualTo(DeviceState.ONLINE_BUSY);
        assertThat(busy.dateTime()).isEqualTo("2026-11-27 06:00:00");
        StatusReport off = (StatusReport) decode("status-offline.json");
        assertThat(off.state()).isEqualTo(DeviceState.OFFLINE);
        assertThat(off.isLastWill()).isFalse();
    }

    @Test
    void lastWill() {
        StatusReport s = (StatusReport) decode("status-last-will.json");
        assertThat(s.state()).isEqualTo(DeviceState.OFFLINE_DEAD);
        assertThat(s.isLastWill()).isTrue();
        assertThat(s.uptime()).isNull();
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void metaEveryDocumentedField() {
        MetaReport m = (MetaReport) decode("meta-full.json");
        assertThat(m.fields()).hasSize(17);
        assertThat(m.fields().keySet()).startsWith("VendorName", "ProductName", "ProductVariant");
        assertThat(m.vendorName()).isEqualTo("SpringCard");
        assertThat(m.productName()).isEqualTo("SpringPark");
        assertThat(m.productVariant()).isEqualTo("AC");
        assertThat(m.serialNumber()).isEqualTo("DA1275B0");
        assertThat(m.firmware()).isEqualTo("SpringCore 1.42 [r1234]");
        assertThat(m.ipAddress()).isEqualTo("192.168.1.50");
        assertThat(m.physAddress()).isEqualTo("001A2B3C4D5E");
        assertThat(m.macAddress()).isEqualTo("00:1A:2B:3C:4D:5E");
        assertThat(m.protocol()).isEqualTo("RDR/JSON");
        assertThat(m.field("Open")).isEqualTo("false");
        assertThat(m.field("open")).isEqualTo("false");
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void metaOlderFirmwareHasFewerFields() {
        MetaReport m = (MetaReport) decode("meta-older-firmware.json");
        assertThat(m.serialNumber()).isEqualTo("16051974");
        assertThat(m.firmware()).isNull();
        assertThat(m.ipAddress()).isNull();
    }

    @Test
    void tagEventCurrentFirmwareVerbatimExample() {
        TagEvent e = (TagEvent) decode("tag-json-current.json");
        assertThat(e.deviceId()).isEqualTo("DA1275B0");
        assertThat(e.format()).isEqualTo(WireFormat.JSON);
        assertThat(e.interfaceName()).isEqualTo("13.56");
        assertThat(e.protocol()).isEqualTo("NFC-A");
        assertThat(e.template()).isEqualTo(1);
        assertThat(e.tagId()).isEqualTo("047DAE02C84080");
        assertThat(e.tagData()).isEqualTo("00047DAE02C84080");
        assertThat(e.uptime()).isEqualTo(new Uptime(699, Duration.ofMillis(16_850)));
        assertThat(e.move()).isEqualTo(Move.NONE);
        assertThat(e.rssi()).isNull();
        assertThat(e.checksum()).isEqualTo(ChecksumStatus.NOT_APPLICABLE);
        assertThat(e.extraFields()).isEmpty();
        assertThat(e.warnings()).isEmpty();
        assertThat(e.raw()).isEqualTo(new String(Samples.bytes("tag-json-current.json")));
    }

    @Test
    void tagEventWithMoveAndRssi() {
        TagEvent e = (TagEvent) decode("tag-json-current-move-rssi.json");
        assertThat(e.interfaceName()).isEqualTo("bluetooth");
        assertThat(e.protocol()).isEqualTo("iBeacon");
        assertThat(e.template()).isZero();
        assertThat(e.rssi()).isEqualTo(-67);
        assertThat(e.move()).isEqualTo(Move.INSERT_REMOVE);
        assertThat(e.moveText()).isEqualTo("Insert,Remove");
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void tagEventOlderFirmwareFieldSet() {
        TagEvent e = (TagEvent) decode("tag-json-older-firmware.json");
        assertThat(e.sequence()).isEqualTo(78);
        assertThat(e.protocol()).isEqualTo("Innovatron");
        assertThat(e.template()).isEqualTo(2);
        assertThat(e.tagId()).isEqualTo("262BA1B0");
        assertThat(e.rssi()).isEqualTo(-61);
        assertThat(e.move()).isEqualTo(Move.INSERT_REMOVE);
        assertThat(e.moveText()).isEqualTo("Insert/Remove");
        assertThat(e.dateTime()).isEqualTo("2024-03-13 07:30:00");
        assertThat(e.warnings()).isEmpty();
        assertThat(e.extraFields()).isEmpty();
    }

    @Test
    void unknownFieldsAreKeptInOrderAndShown() {
        TagEvent e = (TagEvent) decode("tag-json-unknown-fields.json");
        assertThat(e.interfaceName()).isEqualTo("900");
        assertThat(e.protocol()).isEqualTo("UHF-EPC");
        assertThat(e.extraFields()).containsExactly(Map.entry("Antenna", "2"), Map.entry("Phase", "{\"deg\":41.5}"));
        assertThat(e.uptime()).isEqualTo(new Uptime(12, Duration.ofMillis(3_400)));
        assertThat(DecodedJson.toJson(e).get("extra").get("Antenna").asText()).isEqualTo("2");
    }

    @Test
    void scrdrWithChecksumExcludingDelimiters() {
        TagEvent e = (TagEvent) decode("tag-scrdr-checksum-excluding.txt");
        assertThat(e.format()).isEqualTo(WireFormat.TEXT);
        assertThat(e.checksum()).isEqualTo(ChecksumStatus.VALID_EXCLUDING_DELIMITERS);
        assertThat(e.interfaceCode()).isEqualTo(0x13);
        assertThat(e.interfaceName()).isEqualTo("0x13");
        assertThat(e.protocolCode()).isEqualTo(0x01);
        assertThat(e.protocol()).isEqualTo("0x01");
        assertThat(e.template()).isEqualTo(1);
        assertThat(e.rssi()).isZero();
        assertThat(e.tagId()).isEqualTo("047DAE02C84080");
        assertThat(e.move()).isEqualTo(Move.INSERT);
        assertThat(e.tagData()).isEqualTo("00047DAE02C84080");
        assertThat(e.tagDetails()).isNull();
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void scrdrWithChecksumIncludingDelimiters() {
        TagEvent e = (TagEvent) decode("tag-scrdr-checksum-including.txt");
        assertThat(e.checksum()).isEqualTo(ChecksumStatus.VALID_INCLUDING_DELIMITERS);
        assertThat(e.tagId()).isEqualTo("047DAE02C84080");
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void scrdrWithoutLineEndAndNamedCodes() {
        DecoderSettings named = DecoderSettings.DEFAULT.withScrdrCodes(ScrdrCodeTable.EMPTY
                .withInterface(0xB0, "bluetooth")
                .withProtocol(0x42, "iBeacon")
                .withSignedRssi(true));
        TagEvent e =
                (TagEvent) new MessageDecoder(named).decode(Samples.message("DA1275B0", "tag-scrdr-ble-no-crlf.txt"));
        assertThat(e.checksum()).isEqualTo(ChecksumStatus.VALID_EXCLUDING_DELIMITERS);
        assertThat(e.interfaceName()).isEqualTo("bluetooth");
        assertThat(e.protocol()).isEqualTo("iBeacon");
        assertThat(e.rssi()).isEqualTo(-60);
        assertThat(e.move()).isEqualTo(Move.INSERT_REMOVE);
        assertThat(e.tagData()).isEqualTo("0201061AFF4C00");

        TagEvent unsigned = (TagEvent) decode("tag-scrdr-ble-no-crlf.txt");
        assertThat(unsigned.rssi()).isEqualTo(0xC4);
        assertThat(unsigned.interfaceName()).isEqualTo("0xB0");
    }

    @Test
    void scrdrChecksumMismatchIsAWarningNotADrop() {
        TagEvent e = (TagEvent) decode("tag-scrdr-checksum-mismatch.txt");
        assertThat(e.checksum()).isEqualTo(ChecksumStatus.MISMATCH);
        assertThat(e.tagId()).isEqualTo("047DAE02C84080");
        assertThat(e.warnings())
                .singleElement()
                .asString()
                .contains("checksum mismatch")
                .contains("1F")
                .contains("11");
    }

    @Test
    void jsonCommandsFromTheDocumentation() {
        ReaderCommand seq = (ReaderCommand) decode("cmd-sequence.json");
        assertThat(seq.command().sequence()).isEqualTo(35);
        assertThat(seq.command().describe()).isEqualTo("Read Success (23)");
        ReaderCommand hex = (ReaderCommand) decode("cmd-sequence-hex.json");
        assertThat(hex.command().sequence()).isEqualTo(0x0E);
        assertThat(hex.command().describe()).isEqualTo("Wink (0E)");
        ReaderCommand leds = (ReaderCommand) decode("cmd-leds.json");
        assertThat(leds.command().leds()).isEqualTo("92929292");
        ReaderCommand buzz = (ReaderCommand) decode("cmd-buzzer.json");
        assertThat(buzz.command().buzzerMs()).isEqualTo(100);
        assertThat(seq.warnings()).isEmpty();
        assertThat(leds.warnings()).isEmpty();
        assertThat(buzz.warnings()).isEmpty();
    }

    @Test
    void sccmdFromTheDocumentation() {
        ReaderCommand c = (ReaderCommand) decode("cmd-sccmd-doc.txt");
        assertThat(c.format()).isEqualTo(WireFormat.TEXT);
        assertThat(c.command().leds()).isEqualTo("92929292");
        assertThat(c.command().buzzerMs()).isEqualTo(100);
        assertThat(c.command().sequence()).isNull();
        assertThat(c.checksum()).isEqualTo(ChecksumStatus.ABSENT);
        assertThat(c.command().describe()).isEqualTo("LEDs 92929292, beep 100 ms");
        assertThat(c.warnings()).isEmpty();

        ReaderCommand s = (ReaderCommand) decode("cmd-sccmd-sequence-checksum.txt");
        assertThat(s.command().sequence()).isEqualTo(0x23);
        assertThat(s.checksum()).isEqualTo(ChecksumStatus.VALID_EXCLUDING_DELIMITERS);
    }

    /** https://docs.springcard.com/books/SpringCore/Host_Protocols/Smart_Reader_Protocols/JSON_Messages/META_Message ("Example"). */
    @Test
    void metaOfCurrentFirmwareFromTheMetaMessagePage() {
        MetaReport m = (MetaReport) decode("meta-current-firmware-doc.json");
        assertThat(m.currentFirmware()).isTrue();
        assertThat(m.version()).isEqualTo("1.23");
        assertThat(m.revision()).isEqualTo("1.23-11-g30998598");
        assertThat(m.firmwareBuild()).isEqualTo("1.23-11-g30998598");
        assertThat(m.firmware()).isEqualTo("springCore/e518/springpark");
        assertThat(m.uniqueId()).isEqualTo("8DC86AD9-0BDC-14B4-F908-75A717653899");
        assertThat(m.configId()).isEqualTo("377FB7F8-CAB5-3824-EB11-74587EB54140");
        assertThat(m.open()).isTrue();
        assertThat(m.inventory()).isNull();
        assertThat(m.interfaces()).isEqualTo("13.56");
        assertThat(m.ipAddress()).isEqualTo("192.168.16.212");
        assertThat(m.physAddress()).isEqualTo("749050007903");
        assertThat(m.macAddress()).isEqualTo("74:90:50:00:79:03");
        assertThat(m.protocol()).isEqualTo("RDR/JSON");
        assertThat(m.warnings()).isEmpty();
    }

    /** https://docs.springcard.com/books/SpringCore/Host_interfaces/Physical_and_Transport/Network/MQTT_Client/Meta_topic (older firmware). */
    @Test
    void metaOfOlderFirmwareFromTheMqttMetaTopicPage() {
        MetaReport m = (MetaReport) decode("meta-older-firmware-doc.json");
        assertThat(m.currentFirmware()).isFalse();
        assertThat(m.revision()).isNull();
        assertThat(m.firmwareBuild())
                .as("Version is the firmware version on older firmware")
                .isEqualTo("1.10");
        assertThat(m.firmware()).isEqualTo("SpringCore/E518/SpringPark");
        assertThat(m.hardware()).isEqualTo("EAN201234");
        assertThat(m.ipAddress()).as("\"\" means absent").isNull();
        assertThat(m.field("IpAddress")).isEmpty();
        assertThat(m.macAddress()).isEqualTo("B0:D7:85:C0:12:39");
        assertThat(m.open()).isNull();
    }

    /** https://docs.springcard.com/books/SpringCore/Host_Protocols/Smart_Reader_Protocols/$SCRDR_Messages/$SCCMD_Message ("Examples"). */
    @Test
    void sccmdSequencesFromTheSccmdPageByName() {
        ReaderCommand granted = (ReaderCommand) decode("cmd-sccmd-access-granted.txt");
        assertThat(granted.command().sequence()).isEqualTo(0x60);
        assertThat(granted.command().describe()).isEqualTo("Access Granted (60)");
        assertThat(granted.checksum()).isEqualTo(ChecksumStatus.ABSENT);
        assertThat(granted.warnings()).isEmpty();
        ReaderCommand denied = (ReaderCommand) decode("cmd-sccmd-access-denied.txt");
        assertThat(denied.command().describe()).isEqualTo("Access Denied (61)");
        assertThat(DecodedJson.toJson(denied).get("sequenceName").asText()).isEqualTo("Access Denied");
    }

    /** The $SCCMD page's rule ($ and * included) and the $SCRDR "Message structure" rule (excluded): both valid. */
    @Test
    void sccmdChecksumUnderEitherPagesRule() {
        ReaderCommand included = (ReaderCommand) decode("cmd-sccmd-checksum-included.txt");
        assertThat(included.checksum()).isEqualTo(ChecksumStatus.VALID_INCLUDING_DELIMITERS);
        assertThat(included.warnings()).isEmpty();
        ReaderCommand excluded = (ReaderCommand) decode("cmd-sccmd-checksum-excluded.txt");
        assertThat(excluded.checksum()).isEqualTo(ChecksumStatus.VALID_EXCLUDING_DELIMITERS);
        assertThat(excluded.command()).isEqualTo(included.command());
    }

    /** https://docs.springcard.com/books/SpringCore/Host_Protocols/Smart_Reader_Protocols/JSON_Messages/READER_COMMAND_Message */
    @Test
    void jsonBuzzerAndSequenceStringsAreHex() {
        ReaderCommand buzz = (ReaderCommand) decode("cmd-buzzer-hex-string.json");
        assertThat(buzz.command().buzzerMs()).as("\"0064\" is 100 ms").isEqualTo(100);
        assertThat(buzz.warnings()).isEmpty();
        ReaderCommand number = (ReaderCommand) decode("cmd-buzzer.json");
        assertThat(number.command()).isEqualTo(buzz.command());
        ReaderCommand seq = (ReaderCommand)
                decoder.decode(Samples.message("X", "rdr/cmd", "{\"Sequence\":\"60\"}".getBytes(), Samples.T0));
        assertThat(seq.command().describe()).isEqualTo("Access Granted (60)");
        ReaderCommand bad = (ReaderCommand)
                decoder.decode(Samples.message("X", "rdr/cmd", "{\"Buzzer\":\"1.5\"}".getBytes(), Samples.T0));
        assertThat(bad.command().buzzerMs()).isNull();
        assertThat(bad.warnings()).singleElement().asString().contains("not a hex string");
        assertThat(bad.extraFields()).containsEntry("Buzzer", "1.5");
    }

    @Test
    void binaryOnRdrEvtIsARawTagEventOfRegister02A0() {
        Raw tlv = (Raw) decoder.decode(
                Samples.message("X", "rdr/evt", new byte[] {(byte) 0xC0, 0x07, 0x04, 0x7D, (byte) 0xAE}, Samples.T0));
        assertThat(tlv.reason()).startsWith("binary tag event (TLV/MK1, register 02A0)");
        Raw brokenJson = (Raw) decoder.decode(Samples.message("X", "rdr/evt", "{\"TagId\":".getBytes(), Samples.T0));
        assertThat(brokenJson.reason()).startsWith("tag event is neither $SCRDR nor a JSON object");
    }

    @Test
    void binaryTopicsAreNamedWithTheirDirection() {
        Raw p2r = (Raw) decoder.decode(Samples.message("X", "ccid/p2r", new byte[] {0x6F, 0, 0}, Samples.T0));
        assertThat(p2r.reason())
                .isEqualTo("ccid/p2r: CCID protocol, PC_To_RDR (host to device, binary, undocumented), shown as it is");
        Raw evt = (Raw) decoder.decode(Samples.message("X", "dir/evt", new byte[] {1}, Samples.T0));
        assertThat(evt.reason()).contains("Direct Protocol, events (device to host");
        assertThat(DecodedJson.toJson(evt).get("direction").asText()).isEqualTo("DEVICE_TO_HOST");
        assertThat(DecodedJson.toJson(p2r).get("binaryTopic").asText()).isEqualTo("ccid/p2r");
    }

    @Test
    void rawFieldsOfCommandsAreKeptAsJson() {
        ReaderCommand c = (ReaderCommand) decoder.decode(Samples.message(
                "X", "rdr/cmd", "{\"RgbColor\":\"FF0000\",\"Relay\":1,\"Foo\":true}".getBytes(), Samples.T0));
        assertThat(c.command().raw())
                .containsEntry(RawField.RGB_COLOR, "\"FF0000\"")
                .containsEntry(RawField.RELAY, "1");
        assertThat(c.extraFields()).containsEntry("Foo", "true");
    }

    @Test
    void everySampleFileDecodesWithoutRawFallback() {
        for (String name : Samples.names()) {
            DecodedMessage d = decode(name);
            assertThat(d).as(name).isNotInstanceOf(Raw.class);
            assertThat(d.deviceId()).as(name).isEqualTo("DA1275B0");
        }
    }
}
