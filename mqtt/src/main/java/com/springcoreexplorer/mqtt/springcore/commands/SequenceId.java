package com.springcoreexplorer.mqtt.springcore.commands;

import com.springcoreexplorer.mqtt.springcore.sctext.Hex;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** The built-in light/sound sequences SpringCard documents (IDs in hex). Any other byte may be sent by its hex code. */
public enum SequenceId {
    SELF_TEST(0x0D, "self-test"),
    WINK(0x0E, "wink"),
    BLACKOUT(0x0F, "blackout"),
    IDLE(0x10, "idle"),
    ACTIVE(0x11, "active"),
    SUSPENDED(0x13, "suspended"),
    READ_SUCCESS(0x23, "read success"),
    READ_FAILED(0x24, "read failed"),
    READ_AGAIN(0x25, "read again");

    private final int code;
    private final String label;

    SequenceId(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** Human name, e.g. "read success". */
    public String label() {
        return label;
    }

    /** The name to type on the command line, e.g. "read-success". */
    public String cliName() {
        return label.replace(' ', '-');
    }

    public static Optional<SequenceId> byCode(int code) {
        for (SequenceId id : values()) {
            if (id.code == code) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * A sequence given by name ({@code wink}, {@code read-success}, {@code "read success"},
     * {@code READ_SUCCESS}) or by hex code ({@code 23}, {@code 0x23}, {@code 0E}); empty when neither.
     * Names are tried first, so a name never reads as hex.
     */
    public static OptionalInt resolve(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String t = text.strip();
        String key = t.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        for (SequenceId id : values()) {
            if (id.label.replace('-', ' ').equals(key)) {
                return OptionalInt.of(id.code);
            }
        }
        String hex = t.startsWith("0x") || t.startsWith("0X") ? t.substring(2) : t;
        int value = Hex.parse(hex, 2);
        return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** "wink (0E)" for a known sequence, "sequence 42" otherwise. */
    public static String describe(int code) {
        return byCode(code).map(id -> id.label + String.format(" (%02X)", code)).orElse(String.format("sequence %02X", code));
    }
}
