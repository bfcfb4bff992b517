package com.springcoreexplorer.ui.readers;

import java.time.Instant;

/**
 * One SpringCore reader as the readers list shows it; made by the engine adapter from the device
 * registry.
 *
 * @param id        device ID (topic level, usually the serial number)
 * @param state     what its last STATUS said
 * @param product   ProductName from META, "" when unknown
 * @param firmware  firmware build from META (Revision on current firmware, Version on older firmware), "" when unknown
 * @param lastTag   last TagId seen, "" when none
 * @param lastSeen  when anything last came from it
 * @param stale     no STATUS for longer than expected
 */
public record ReaderRow(
        String id, State state, String product, String firmware, String lastTag, Instant lastSeen, boolean stale) {

    /** A reader's state, from its STATUS messages (and its last will). */
    public enum State {
        READY("online, ready"),
        BUSY("online, busy"),
        OFFLINE("offline"),
        DEAD("offline (lost)"),
        UNKNOWN("unknown");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
