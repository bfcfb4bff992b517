package com.springcoreexplorer.mqtt.profile;

/** The MQTT protocol version a profile speaks. MQTT 5 is the default: only it reports refused publishes. */
public enum MqttProtocol {
    MQTT_5("5", "MQTT 5"),
    MQTT_3_1_1("3", "MQTT 3.1.1");

    private final String cliName;
    private final String displayName;

    MqttProtocol(String cliName, String displayName) {
        this.cliName = cliName;
        this.displayName = displayName;
    }

    /** "5" or "3", as written on the command line. */
    public String cliName() {
        return cliName;
    }

    public String displayName() {
        return displayName;
    }

    /** Parses "5", "3", "3.1.1", "MQTT_5" ...; null when unknown. */
    public static MqttProtocol parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "5", "5.0", "MQTT5", "MQTT_5" -> MQTT_5;
            case "3", "3.1.1", "311", "MQTT3", "MQTT_3_1_1" -> MQTT_3_1_1;
            default -> null;
        };
    }
}
