package com.springcoreexplorer.mqtt.springcore.topic;

/** What a SpringCore topic carries, from the levels after {@code {prefix}/{id}/}. */
public enum Channel {
    /** {@code meta}: JSON META object, once on connect. */
    META,
    /** {@code status}: JSON STATUS object, periodic; also the last will. */
    STATUS,
    /** {@code rdr/evt}: tag events, JSON or {@code $SCRDR} text. */
    RDR_EVT,
    /** {@code rdr/cmd}: commands to the reader, JSON or {@code $SCCMD} text. */
    RDR_CMD,
    /** {@code dir/...}: undocumented binary, shown raw. */
    DIR,
    /** {@code ccid/...}: undocumented binary, shown raw. */
    CCID,
    /** Anything else under a device. */
    OTHER;

    /** The topic suffix for the channels that have exactly one ({@code meta}, {@code rdr/cmd}...), else null. */
    public String suffix() {
        return switch (this) {
            case META -> "meta";
            case STATUS -> "status";
            case RDR_EVT -> "rdr/evt";
            case RDR_CMD -> "rdr/cmd";
            case DIR, CCID, OTHER -> null;
        };
    }
}
