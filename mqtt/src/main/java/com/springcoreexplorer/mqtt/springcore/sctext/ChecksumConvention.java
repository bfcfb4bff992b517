package com.springcoreexplorer.mqtt.springcore.sctext;

/**
 * Which bytes the XOR checksum of a {@code $SC...} line covers. SpringCard's pages disagree: the
 * protocol overview excludes the {@code $} and {@code *} delimiters, the $SCRDR message page includes
 * them. Received lines are accepted under either; lines we send use the one chosen.
 */
public enum ChecksumConvention {
    /** XOR of the characters strictly between {@code $} and {@code *} (the protocol overview). */
    EXCLUDING_DELIMITERS,
    /** XOR from {@code $} to {@code *}, both included (the $SCRDR message page). */
    INCLUDING_DELIMITERS
}
