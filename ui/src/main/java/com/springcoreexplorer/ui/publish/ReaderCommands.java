package com.springcoreexplorer.ui.publish;

import java.util.List;

/** The SpringCore command form's port onto the engine's command builder. */
public interface ReaderCommands {

    /**
     * Builds a command for a reader.
     *
     * @param deviceId   the reader's ID
     * @param sequence   built-in sequence: hex ({@code 60}, {@code 0x60}) or a documented name ({@code Access Granted}), or "" for none
     * @param leds       one hex byte per LED (8 hex digits), or ""
     * @param buzzerMs   beep length in ms (decimal, or hex with {@code 0x}), or "" for none
     * @param textFormat {@code $SCCMD} text instead of JSON
     * @param checksum   for text: none, or {@code *XX} under one of the pages' rules
     */
    CommandDraft build(
            String deviceId,
            String sequence,
            String leds,
            String buzzerMs,
            boolean textFormat,
            CommandChecksum checksum);

    /** {@link #build(String, String, String, String, boolean, CommandChecksum)} without a checksum. */
    default CommandDraft build(String deviceId, String sequence, String leds, String buzzerMs, boolean textFormat) {
        return build(deviceId, sequence, leds, buzzerMs, textFormat, CommandChecksum.NONE);
    }

    /** The names SpringCard's pages give to sequences, for completion (e.g. "Access Granted"). */
    List<String> sequenceNames();

    /** What the typed sequence is: "60 = Access Granted", "42 (no page names it)", "" when empty, null when neither name nor hex. */
    String sequenceEcho(String typed);

    /** The topic and payload to send, or the problem in words (payload null then). */
    record CommandDraft(String topic, String payload, String problem) {
        public boolean ok() {
            return problem == null || problem.isEmpty();
        }
    }
}
