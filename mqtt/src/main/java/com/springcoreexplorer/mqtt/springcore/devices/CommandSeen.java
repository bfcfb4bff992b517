package com.springcoreexplorer.mqtt.springcore.devices;

import com.springcoreexplorer.mqtt.springcore.commands.Command;
import com.springcoreexplorer.mqtt.springcore.decode.WireFormat;
import java.time.Instant;

/**
 * The last command seen on a reader's {@code rdr/cmd} (so the UI can show "winking", "beeping").
 *
 * @param command what it asked
 * @param format  JSON or $SCCMD text
 * @param at      when it was seen
 */
public record CommandSeen(Command command, WireFormat format, Instant at) {

    /** True while the buzzer the command started is still sounding at {@code now}. */
    public boolean beepingAt(Instant now) {
        return command.buzzerMs() != null && command.buzzerMs() > 0 && now.isBefore(at.plusMillis(command.buzzerMs()));
    }

    /** e.g. "wink (0E)", "LEDs 92929292, beep 100 ms". */
    public String describe() {
        return command.describe();
    }
}
