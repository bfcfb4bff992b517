package com.springcoreexplorer.mqtt.springcore.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.decode.MessageDecoder;
import com.springcoreexplorer.mqtt.springcore.decode.ReaderCommand;
import com.springcoreexplorer.mqtt.springcore.decode.WireFormat;
import com.springcoreexplorer.mqtt.springcore.sctext.ChecksumStatus;
import com.springcoreexplorer.mqtt.springcore.topic.TopicPrefix;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Every command the builder makes decodes back to itself: same device, same parts, same format, no warnings. */
class CommandRoundTripPropertyTest {

    record Spec(
            String prefix,
            String device,
            Integer sequence,
            String leds,
            Integer buzzer,
            String rgbColor,
            String rgbMode,
            String relay,
            String relays,
            CommandFormat format,
            TextChecksum checksum,
            boolean crlf) {}

    @Property(tries = 3_000)
    void builtCommandsDecodeBackToThemselves(@ForAll("specs") Spec s) {
        CommandBuilder b = CommandBuilder.to(new TopicPrefix(s.prefix()), s.device())
                .format(s.format())
                .checksum(s.format() == CommandFormat.TEXT ? s.checksum() : TextChecksum.NONE)
                .crlf(s.crlf());
        if (s.sequence() != null) {
            b.sequence(s.sequence());
        }
        if (s.leds() != null) {
            b.leds(s.leds());
        }
        if (s.buzzer() != null) {
            b.buzzer(s.buzzer());
        }
        if (s.rgbColor() != null) {
            b.raw(RawField.RGB_COLOR, s.rgbColor());
        }
        if (s.rgbMode() != null) {
            b.raw(RawField.RGB_MODE, s.rgbMode());
        }
        if (s.relay() != null) {
            b.raw(RawField.RELAY, s.relay());
        }
        if (s.relays() != null) {
            b.raw(RawField.RELAYS, s.relays());
        }
        BuildResult result = b.build();
        Statistics.label("outcome").collect(result instanceof BuildResult.Built ? "built " + s.format() : "refused");
        if (result instanceof BuildResult.Refused refused) {
            // refusals are only for the vendor's forbidden combination, raw fields in text, or an empty command
            Command c = new Command(s.sequence(), s.leds(), s.buzzer(), java.util.Map.of());
            boolean anyRaw = s.rgbColor() != null || s.rgbMode() != null || s.relay() != null || s.relays() != null;
            boolean anyRgb = s.rgbColor() != null || s.rgbMode() != null;
            boolean forbidden = s.sequence() != null && (s.leds() != null || s.buzzer() != null || anyRgb);
            boolean empty = c.isEmpty() && !anyRaw;
            boolean rawInText = anyRaw && s.format() == CommandFormat.TEXT;
            assertThat(forbidden || empty || rawInText).as(refused.message()).isTrue();
            return;
        }
        OutgoingCommand out = ((BuildResult.Built) result).command();
        InboundMessage echo = new InboundMessage(out.topic(), out.payload(), 1, false, Instant.EPOCH, 0L, null);
        DecodedMessage decoded =
                new MessageDecoder(DecoderSettings.DEFAULT.withPrefix(new TopicPrefix(s.prefix()))).decode(echo);
        assertThat(decoded).isInstanceOf(ReaderCommand.class);
        ReaderCommand rc = (ReaderCommand) decoded;
        assertThat(rc.deviceId()).isEqualTo(s.device());
        assertThat(rc.command()).isEqualTo(out.command());
        assertThat(rc.format()).isEqualTo(s.format() == CommandFormat.JSON ? WireFormat.JSON : WireFormat.TEXT);
        assertThat(rc.warnings()).isEmpty();
        assertThat(rc.extraFields()).isEmpty();
        if (s.format() == CommandFormat.TEXT) {
            assertThat(rc.checksum())
                    .isEqualTo(
                            switch (s.checksum()) {
                                case NONE -> ChecksumStatus.ABSENT;
                                case EXCLUDED -> ChecksumStatus.VALID_EXCLUDING_DELIMITERS;
                                case INCLUDED -> ChecksumStatus.VALID_INCLUDING_DELIMITERS;
                            });
        }
        // and the builder rebuilds the very same bytes from the decoded command
        BuildResult again = CommandBuilder.to(new TopicPrefix(s.prefix()), s.device())
                .command(rc.command())
                .format(s.format())
                .checksum(s.format() == CommandFormat.TEXT ? s.checksum() : TextChecksum.NONE)
                .crlf(s.crlf())
                .build();
        assertThat(((BuildResult.Built) again).command().payload()).isEqualTo(out.payload());
    }

    @Provide
    Arbitrary<Spec> specs() {
        Arbitrary<String> prefix = Arbitraries.of("springcard/springcore", "acme/readers", "a/b/c/d");
        Arbitrary<String> device = Arbitraries.strings()
                .withChars("0123456789ABCDEFabcxyz-_.")
                .ofMinLength(1)
                .ofMaxLength(12);
        Arbitrary<Integer> sequence = Arbitraries.integers().between(0, 255).injectNull(0.5);
        Arbitrary<String> leds = Arbitraries.strings()
                .withChars("0123456789abcdefABCDEF")
                .ofLength(8)
                .injectNull(0.5);
        Arbitrary<Integer> buzzer = Arbitraries.integers().between(0, 65_535).injectNull(0.5);
        Arbitrary<String> rawValue = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
                Arbitraries.integers().between(-1000, 1000).map(String::valueOf),
                Arbitraries.of("[1,0,1]", "{\"r\":255}", "true", "\"quoted\"", "FF00FF", "1.5"));
        Arbitrary<String> raw = rawValue.injectNull(0.8);
        Arbitrary<CommandFormat> format = Arbitraries.of(CommandFormat.class);
        Arbitrary<Boolean> bool = Arbitraries.of(true, false);
        Arbitrary<TextChecksum> checksum = Arbitraries.of(TextChecksum.class);
        return Combinators.combine(prefix, device, sequence, leds, buzzer, raw, raw, raw)
                .flatAs((p, d, seq, l, bz, c1, c2, c3) -> Combinators.combine(raw, format, checksum, bool)
                        .as((c4, f, cs, crlf) -> new Spec(p, d, seq, l, bz, c1, c2, c3, c4, f, cs, crlf)));
    }
}
