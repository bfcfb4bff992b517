package com.springcoreexplorer.mqtt.springcore.decode;

/** How a SpringCore message was written on the wire. */
public enum WireFormat {
    /** Compact JSON object. */
    JSON,
    /** {@code $SCRDR} or {@code $SCCMD} text line. */
    TEXT
}
