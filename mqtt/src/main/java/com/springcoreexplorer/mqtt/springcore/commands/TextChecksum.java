package com.springcoreexplorer.mqtt.springcore.commands;

import com.springcoreexplorer.mqtt.springcore.sctext.ChecksumConvention;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a {@code $SCCMD} line carries a {@code *XX} checksum, and under which rule. The $SCCMD page makes it
 * optional from host to device and sends its examples without one, so {@link #NONE} is the default;
 * {@link #INCLUDED} is that page's rule ({@code $} to {@code *}, both included), {@link #EXCLUDED} the
 * $SCRDR "Message structure" page's rule (both excluded).
 */
public enum TextChecksum {
    NONE(null),
    INCLUDED(ChecksumConvention.INCLUDING_DELIMITERS),
    EXCLUDED(ChecksumConvention.EXCLUDING_DELIMITERS);

    private final ChecksumConvention convention;

    TextChecksum(ChecksumConvention convention) {
        this.convention = convention;
    }

    /** The XOR rule, or null for {@link #NONE}. */
    public ChecksumConvention convention() {
        return convention;
    }

    /** How the choice is typed: {@code none}, {@code included}, {@code excluded}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code none}, {@code included} or {@code excluded}, any case; empty otherwise. */
    public static Optional<TextChecksum> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT);
        for (TextChecksum each : values()) {
            if (each.name().equals(key)) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }
}
