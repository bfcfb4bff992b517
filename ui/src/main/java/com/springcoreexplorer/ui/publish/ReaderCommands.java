package com.springcoreexplorer.ui.publish;

/** The SpringCore command form's port onto the engine's command builder. */
public interface ReaderCommands {

    /**
     * Builds a command for a reader.
     *
     * @param deviceId   the reader's ID
     * @param sequence   built-in sequence ID (hex, e.g. "23"), or "" for none
     * @param leds       one hex byte per LED (8 hex digits), or ""
     * @param buzzerMs   beep length in ms, or "" for none
     * @param textFormat {@code $SCCMD} text instead of JSON
     */
    CommandDraft build(String deviceId, String sequence, String leds, String buzzerMs, boolean textFormat);

    /** The topic and payload to send, or the problem in words (payload null then). */
    record CommandDraft(String topic, String payload, String problem) {
        public boolean ok() {
            return problem == null || problem.isEmpty();
        }
    }
}
