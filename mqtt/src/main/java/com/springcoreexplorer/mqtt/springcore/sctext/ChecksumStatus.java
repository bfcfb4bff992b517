package com.springcoreexplorer.mqtt.springcore.sctext;

/** The outcome of checking the checksum of a {@code $SC...} text line. */
public enum ChecksumStatus {
    /** Not a text line (JSON): nothing to check. */
    NOT_APPLICABLE,
    /** The line has no {@code *XX} checksum (allowed for commands). */
    ABSENT,
    /** Valid with {@code $} and {@code *} excluded. */
    VALID_EXCLUDING_DELIMITERS,
    /** Valid with {@code $} and {@code *} included. */
    VALID_INCLUDING_DELIMITERS,
    /** Two hex digits that match neither convention: a warning, the line is still decoded. */
    MISMATCH,
    /** Something after {@code *} that is not two hex digits: a warning, the line is still decoded. */
    MALFORMED;

    public boolean isValid() {
        return this == VALID_EXCLUDING_DELIMITERS || this == VALID_INCLUDING_DELIMITERS;
    }
}
