package com.springcoreexplorer.mqtt.springcore.sctext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any line we format parses back to the same fields with a valid checksum, under either convention; corruption is caught. */
class ScFramePropertyTest {

    @Property(tries = 5_000)
    void formattedLinesParseBack(
            @ForAll("fields") List<String> fields,
            @ForAll ChecksumConvention convention,
            @ForAll boolean withChecksum,
            @ForAll boolean crlf) {
        String line = ScFrame.format("RDR", fields, withChecksum, convention, crlf);
        byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ScFrame.looksLikeFrame(bytes, "RDR")).isTrue();
        ScFrame frame = ScFrame.parse(bytes);
        assertThat(frame.type()).isEqualTo("RDR");
        assertThat(frame.fields()).isEqualTo(fields);
        assertThat(frame.warnings()).isEmpty();
        assertThat(frame.checksum())
                .isEqualTo(
                        !withChecksum
                                ? ChecksumStatus.ABSENT
                                : convention == ChecksumConvention.EXCLUDING_DELIMITERS
                                        ? ChecksumStatus.VALID_EXCLUDING_DELIMITERS
                                        : ChecksumStatus.VALID_INCLUDING_DELIMITERS);
    }

    @Property(tries = 5_000)
    void anyCorruptedCharacterIsCaughtByTheChecksum(
            @ForAll("fields") List<String> fields, @ForAll("printable") char replacement) {
        String line = ScFrame.format("RDR", fields, true, ChecksumConvention.EXCLUDING_DELIMITERS, false);
        int star = line.lastIndexOf('*');
        if (star <= 7) {
            return;
        }
        int at = 7 + Math.floorMod(fields.hashCode(), star - 7);
        if (line.charAt(at) == replacement || line.charAt(at) == ';' || replacement == ';') {
            return;
        }
        String corrupted = line.substring(0, at) + replacement + line.substring(at + 1);
        ChecksumStatus status =
                ScFrame.parse(corrupted.getBytes(StandardCharsets.ISO_8859_1)).checksum();
        // Accepting both conventions has one blind spot: a change that flips exactly the bits of '$' ^ '*'
        // (0x0E) looks like a valid checksum of the other convention. Every other single change is caught.
        if ((line.charAt(at) ^ replacement) == ('$' ^ '*')) {
            assertThat(status).isEqualTo(ChecksumStatus.VALID_INCLUDING_DELIMITERS);
        } else {
            assertThat(status).isEqualTo(ChecksumStatus.MISMATCH);
        }
    }

    @Provide
    Arbitrary<List<String>> fields() {
        // printable ASCII without the reserved $ * ;
        return Arbitraries.strings()
                .withChars(
                        " !\"#%&'()+,-./0123456789:<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~")
                .ofMaxLength(20)
                .list()
                .ofMinSize(1)
                .ofMaxSize(10);
    }

    @Provide
    Arbitrary<Character> printable() {
        return Arbitraries.chars().range('!', '~').filter(c -> c != '$' && c != '*');
    }
}
