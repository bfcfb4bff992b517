package com.springcoreexplorer.mqtt.springcore.commands;

import java.util.Optional;

/** JSON command fields that exist but whose meaning SpringCard does not document: offered raw. */
public enum RawField {
    RGB_COLOR("RgbColor"),
    RGB_MODE("RgbMode"),
    RELAY("Relay"),
    RELAYS("Relays");

    private final String jsonName;

    RawField(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The JSON key, e.g. {@code RgbColor}. */
    public String jsonName() {
        return jsonName;
    }

    public boolean isRgb() {
        return this == RGB_COLOR || this == RGB_MODE;
    }

    public static Optional<RawField> byJsonName(String name) {
        for (RawField f : values()) {
            if (f.jsonName.equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
