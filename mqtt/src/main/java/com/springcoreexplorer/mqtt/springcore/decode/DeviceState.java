package com.springcoreexplorer.mqtt.springcore.decode;

import java.util.Locale;

/** The {@code State} of a STATUS message. */
public enum DeviceState {
    ONLINE_READY("online,ready"),
    ONLINE_BUSY("online,busy"),
    /** Clean disconnect. */
    OFFLINE("offline"),
    /** The last will: the broker lost the device. */
    OFFLINE_DEAD("offline,dead"),
    /** No STATUS yet, or a value no firmware documents (the text is kept). */
    UNKNOWN("unknown");

    private final String wire;

    DeviceState(String wire) {
        this.wire = wire;
    }

    /** As the device writes it, e.g. {@code online,ready}. */
    public String wire() {
        return wire;
    }

    public boolean isOnline() {
        return this == ONLINE_READY || this == ONLINE_BUSY;
    }

    public boolean isOffline() {
        return this == OFFLINE || this == OFFLINE_DEAD;
    }

    /** Tolerant: case and spaces around the comma are ignored; never throws. */
    public static DeviceState parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (t) {
            case "online,ready", "online" -> ONLINE_READY;
            case "online,busy" -> ONLINE_BUSY;
            case "offline" -> OFFLINE;
            case "offline,dead", "dead" -> OFFLINE_DEAD;
            default -> UNKNOWN;
        };
    }
}
