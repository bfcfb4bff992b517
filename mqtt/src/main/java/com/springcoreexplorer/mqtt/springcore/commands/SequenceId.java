package com.springcoreexplorer.mqtt.springcore.commands;

import com.springcoreexplorer.mqtt.springcore.sctext.Hex;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The built-in light/sound sequences SpringCard's pages name (IDs in hex), see docs/springcore.md:
 * 01-0C and 0D onwards from the SpringPark "UI sequences" table, 02 from the Puck "UI sequences" table,
 * 60 and 61 from the $SCCMD page. Any other byte may be sent by its hex code and is shown in hex: a
 * name no page gives is never made up.
 */
public enum SequenceId {
    NO_MOTHER_BOARD(0x01, "No Mother Board"),
    NO_BATTERY(0x02, "No Battery"),
    HARDWARE_ERROR(0x03, "Hardware Error"),
    NOT_GENUINE(0x04, "Not Genuine"),
    CANCEL(0x05, "Cancel"),
    STARTUP(0x06, "Startup"),
    SHUTDOWN(0x07, "Shutdown"),
    PLEASE_WAIT(0x08, "Please Wait"),
    BOOTLOADER_WAITING(0x09, "Bootloader Waiting"),
    FW_UPGRADING(0x0A, "FW Upgrading"),
    FW_UPGRADED(0x0B, "FW Upgraded"),
    CONFIG_CLEARED(0x0C, "Config Cleared"),
    SELF_TEST(0x0D, "Self Test"),
    WINK(0x0E, "Wink"),
    BLACKOUT(0x0F, "Blackout"),
    IDLE(0x10, "Idle"),
    ACTIVE(0x11, "Active"),
    SUSPENDED(0x13, "Suspended"),
    READ_SUCCESS(0x23, "Read Success"),
    READ_FAILED(0x24, "Read Failed"),
    READ_AGAIN(0x25, "Read Again"),
    ACCESS_GRANTED(0x60, "Access Granted"),
    ACCESS_DENIED(0x61, "Access Denied");

    private final int code;
    private final String label;

    SequenceId(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** The page's name, e.g. "Access Granted". */
    public String label() {
        return label;
    }

    /** The name to type on the command line, e.g. "access-granted". */
    public String cliName() {
        return label.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** Two hex digits, e.g. "60". */
    public String hex() {
        return Hex.byte2(code);
    }

    public static Optional<SequenceId> byCode(int code) {
        for (SequenceId id : values()) {
            if (id.code == code) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** A documented name in any spelling ({@code access-granted}, {@code "Access Granted"}, {@code ACCESS_GRANTED}, {@code self-test}). */
    public static Optional<SequenceId> byName(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = normalise(text);
        for (SequenceId id : values()) {
            if (normalise(id.label).equals(key)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * A sequence given by name (see {@link #byName}) or by hex code ({@code 60}, {@code 0x60}, {@code 0E}); empty
     * when neither. Names are tried first, so a name never reads as hex.
     */
    public static OptionalInt resolve(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Optional<SequenceId> named = byName(text);
        if (named.isPresent()) {
            return OptionalInt.of(named.get().code);
        }
        String t = text.strip();
        String hex = t.startsWith("0x") || t.startsWith("0X") ? t.substring(2) : t;
        int value = Hex.parse(hex, 2);
        return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** "Access Granted (60)" for a named sequence, "sequence 42" otherwise. */
    public static String describe(int code) {
        return byCode(code).map(id -> id.label + " (" + Hex.byte2(code) + ")").orElse("sequence " + Hex.byte2(code));
    }

    /**
     * What the command form shows under its Sequence field: {@code "60 = Access Granted"}, {@code "42 (no page names it)"},
     * or "" for an empty field; {@code null} when the text is neither a name nor a hex byte.
     */
    public static String echo(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        OptionalInt code = resolve(text);
        if (code.isEmpty()) {
            return null;
        }
        String hex = Hex.byte2(code.getAsInt());
        return byCode(code.getAsInt()).map(id -> hex + " = " + id.label).orElse(hex + " (no page names it)");
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }
}
