package com.springcoreexplorer.mqtt.doctor;

/** The steps of a connection, in the order the doctor runs them. */
public enum DoctorStep {
    DNS("DNS lookup"),
    TCP("TCP connection"),
    TLS("TLS handshake"),
    CLIENT_CERTIFICATE("Client certificate"),
    MQTT_CONNECT("MQTT connect"),
    SUBSCRIBE("Subscribe"),
    ROLE("Role"),
    SESSION("Session");

    private final String displayName;

    DoctorStep(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
