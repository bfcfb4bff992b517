package com.springcoreexplorer.mqtt.springcore.sctext;

/**
 * Which bytes the XOR checksum of a {@code $SC...} line covers. SpringCard's pages disagree: the $SCRDR
 * "Message structure" page excludes the {@code $} and {@code *} delimiters; the $SCCMD page (and the 2024
 * $SCRDR message page) include them. Received lines are accepted under either; lines we send use the one chosen.
 */
public enum ChecksumConvention {
    /** XOR of the characters strictly between {@code $} and {@code *} (the $SCRDR "Message structure" page). */
    EXCLUDING_DELIMITERS,
    /** XOR from {@code $} to {@code *}, both included (the $SCCMD page). */
    INCLUDING_DELIMITERS
}
