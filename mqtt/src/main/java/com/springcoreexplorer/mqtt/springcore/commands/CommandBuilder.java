package com.springcoreexplorer.mqtt.springcore.commands;

import com.springcoreexplorer.mqtt.springcore.sctext.Hex;
import com.springcoreexplorer.mqtt.springcore.topic.Channel;
import com.springcoreexplorer.mqtt.springcore.topic.TopicPrefix;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Builds a command for {@code {prefix}/{id}/rdr/cmd}. Setters never throw: the first problem is kept
 * and {@link #build()} returns it as {@link BuildResult.Refused} with a message for the user, e.g.
 * {@code CommandBuilder.to(prefix, "DA1275B0").sequence("wink").build()}.
 */
public final class CommandBuilder {

    private final TopicPrefix prefix;
    private final String deviceId;
    private Integer sequence;
    private String leds;
    private Integer buzzerMs;
    private final Map<RawField, String> raw = new EnumMap<>(RawField.class);
    private CommandFormat format = CommandFormat.JSON;
    private TextChecksum checksum = TextChecksum.NONE;
    private boolean crlf = true;
    private String problem;

    private CommandBuilder(TopicPrefix prefix, String deviceId) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.deviceId = deviceId == null ? "" : deviceId;
    }

    /** A builder for the reader {@code deviceId} under {@code prefix}. */
    public static CommandBuilder to(TopicPrefix prefix, String deviceId) {
        return new CommandBuilder(prefix, deviceId);
    }

    /** A sequence by name ({@code wink}, {@code access-granted}...) or hex code ({@code 60}, {@code 0x0E}). */
    public CommandBuilder sequence(String nameOrHex) {
        OptionalInt code = SequenceId.resolve(nameOrHex);
        if (code.isEmpty()) {
            return fail(
                    "unknown sequence '" + nameOrHex + "'; use a name (" + knownNames() + ") or a hex byte (60, 0x60)");
        }
        sequence = code.getAsInt();
        return this;
    }

    public CommandBuilder sequence(SequenceId id) {
        sequence = id.code();
        return this;
    }

    /** A sequence by its numeric ID 0..255. */
    public CommandBuilder sequence(int code) {
        if (code < 0 || code > 0xFF) {
            return fail("sequence " + code + " is out of range; a sequence ID is one byte, 00..FF");
        }
        sequence = code;
        return this;
    }

    /** The 4-LED ramp: 8 hex digits, one byte per LED (e.g. {@code 92929292}). */
    public CommandBuilder leds(String hex) {
        String h = hex == null ? "" : hex.strip();
        if (h.length() != 8 || !Hex.isHex(h)) {
            return fail("LEDs '" + hex + "' must be 8 hex digits, one byte per LED (e.g. 92929292)");
        }
        leds = h.toUpperCase(Locale.ROOT);
        return this;
    }

    /** A beep of {@code ms} milliseconds, 0..65535. */
    public CommandBuilder buzzer(int ms) {
        if (ms < 0 || ms > 0xFFFF) {
            return fail("buzzer " + ms + " ms is out of range; use 0 to 65535 ms");
        }
        buzzerMs = ms;
        return this;
    }

    /**
     * A beep length as the READER COMMAND page writes it: a decimal number of milliseconds ({@code 100}), or hex
     * with {@code 0x} ({@code 0x0064}, the page's "hexadecimal string" form made explicit, since a bare {@code 0064}
     * typed by a person reads as decimal).
     */
    public CommandBuilder buzzer(String msText) {
        String t = msText == null ? "" : msText.strip();
        int value = -1;
        if (t.startsWith("0x") || t.startsWith("0X")) {
            value = Hex.parse(t.substring(2), 4);
        } else if (!t.isEmpty() && t.length() <= 5 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            value = Integer.parseInt(t);
        }
        if (value < 0) {
            return fail("buzzer '" + msText
                    + "' is not a length in milliseconds; use 0 to 65535 (or hex, 0x0000 to 0xFFFF)");
        }
        return buzzer(value);
    }

    /** An undocumented field, sent as given: valid JSON stays JSON ({@code 1}, {@code [1,0]}), anything else is sent as a string. */
    public CommandBuilder raw(RawField field, String value) {
        if (value == null || value.isBlank()) {
            return fail(field.jsonName() + " is empty; enter a value or leave the field out");
        }
        raw.put(field, CommandCodec.canonicalRawValue(value));
        return this;
    }

    public CommandBuilder format(CommandFormat format) {
        this.format = Objects.requireNonNull(format, "format");
        return this;
    }

    /** For text commands: no checksum (the default, as the $SCCMD page's examples), or {@code *XX} under one rule. */
    public CommandBuilder checksum(TextChecksum checksum) {
        this.checksum = Objects.requireNonNull(checksum, "checksum");
        return this;
    }

    /** For text commands: end with {@code \r\n} (default on: the $SCCMD page's frame and examples end with {@code <CR><LF>}). */
    public CommandBuilder crlf(boolean on) {
        this.crlf = on;
        return this;
    }

    /** Copies every part of {@code command} (used to re-send what was seen). */
    public CommandBuilder command(Command command) {
        if (command.sequence() != null) {
            sequence(command.sequence());
        }
        if (command.leds() != null) {
            leds(command.leds());
        }
        if (command.buzzerMs() != null) {
            buzzer(command.buzzerMs());
        }
        command.raw().forEach(this::raw);
        return this;
    }

    public BuildResult build() {
        if (problem != null) {
            return new BuildResult.Refused(problem);
        }
        String idProblem = deviceIdProblem(deviceId);
        if (idProblem != null) {
            return new BuildResult.Refused(idProblem);
        }
        Command command = new Command(sequence, leds, buzzerMs, raw);
        if (command.isEmpty()) {
            return new BuildResult.Refused("nothing to send; choose a sequence, LEDs, a buzzer length or a raw field");
        }
        if (command.hasForbiddenCombination()) {
            return new BuildResult.Refused(
                    "a sequence cannot be combined with LEDs, RGB or buzzer (SpringCard forbids it); "
                            + "send the sequence alone, or LEDs/buzzer without a sequence");
        }
        if (format == CommandFormat.JSON && checksum != TextChecksum.NONE) {
            return new BuildResult.Refused(
                    "a checksum belongs to $SCCMD text only; send as text, or leave the checksum out");
        }
        String payload;
        if (format == CommandFormat.TEXT) {
            if (!raw.isEmpty()) {
                return new BuildResult.Refused(
                        "RgbColor, RgbMode, Relay and Relays have no documented $SCCMD key; send them as JSON");
            }
            payload = CommandCodec.toText(command, checksum, crlf);
        } else {
            payload = CommandCodec.toJson(command);
        }
        String topic = prefix.topic(deviceId, Channel.RDR_CMD);
        return new BuildResult.Built(
                new OutgoingCommand(topic, payload.getBytes(StandardCharsets.UTF_8), command, format));
    }

    /** Why {@code deviceId} cannot be a topic level, or null when it can. */
    public static String deviceIdProblem(String deviceId) {
        if (deviceId == null || deviceId.isEmpty()) {
            return "the device ID is empty; give the reader's ID (by default its serial number, e.g. DA1275B0)";
        }
        for (int i = 0; i < deviceId.length(); i++) {
            char c = deviceId.charAt(i);
            if (c == '/' || c == '+' || c == '#' || c == '\u0000') {
                return "the device ID '" + deviceId + "' contains '" + (c == 0 ? "NUL" : String.valueOf(c))
                        + "', which cannot be in one topic level; give the reader's ID only (e.g. DA1275B0)";
            }
        }
        return null;
    }

    private CommandBuilder fail(String message) {
        if (problem == null) {
            problem = message;
        }
        return this;
    }

    private static String knownNames() {
        StringBuilder names = new StringBuilder();
        for (SequenceId id : SequenceId.values()) {
            if (!names.isEmpty()) {
                names.append(", ");
            }
            names.append(id.cliName());
        }
        return names.toString();
    }
}
