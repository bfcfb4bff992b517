package com.springcoreexplorer.mqtt.springcore.topic;

import java.util.Optional;

/**
 * The binary topics of SpringCard's "SpringCore MQTT topics" table, which marks each one "Not supported/Not yet
 * documented": named, with their direction, so a user sees what they are before seeing their bytes.
 */
public enum BinaryTopic {
    CCID_P2R("ccid/p2r", Direction.HOST_TO_DEVICE, "CCID protocol, PC_To_RDR"),
    CCID_R2P("ccid/r2p", Direction.DEVICE_TO_HOST, "CCID protocol, RDR_To_PC"),
    CCID_INT("ccid/int", Direction.DEVICE_TO_HOST, "CCID protocol, status (interrupt)"),
    DIR_CMD("dir/cmd", Direction.HOST_TO_DEVICE, "Direct Protocol, commands"),
    DIR_RSP("dir/rsp", Direction.DEVICE_TO_HOST, "Direct Protocol, responses"),
    DIR_EVT("dir/evt", Direction.DEVICE_TO_HOST, "Direct Protocol, events");

    /** Who publishes on the topic. */
    public enum Direction {
        HOST_TO_DEVICE("host to device"),
        DEVICE_TO_HOST("device to host");

        private final String text;

        Direction(String text) {
            this.text = text;
        }

        /** "host to device" / "device to host". */
        public String text() {
            return text;
        }
    }

    private final String suffix;
    private final Direction direction;
    private final String name;

    BinaryTopic(String suffix, Direction direction, String name) {
        this.suffix = suffix;
        this.direction = direction;
        this.name = name;
    }

    /** The levels after {@code {prefix}/{id}/}, e.g. {@code ccid/p2r}. */
    public String suffix() {
        return suffix;
    }

    public Direction direction() {
        return direction;
    }

    /** The vendor's purpose, e.g. "CCID protocol, PC_To_RDR". */
    public String title() {
        return name;
    }

    /** One line for labels: "CCID protocol, PC_To_RDR (host to device, binary, undocumented)". */
    public String label() {
        return name + " (" + direction.text() + ", binary, undocumented)";
    }

    /** The binary topic for the levels after the device ID ({@code "ccid/p2r"}), if it is one. */
    public static Optional<BinaryTopic> ofSuffix(String rest) {
        for (BinaryTopic each : values()) {
            if (each.suffix.equals(rest)) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }

    /**
     * The binary topic a full topic ends with, when it has room for a prefix and a device ID before it
     * ({@code a/DA1275B0/ccid/p2r}); for views that do not know the profile's prefix. Cheap: no split.
     */
    public static Optional<BinaryTopic> ofTopic(String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        for (BinaryTopic each : values()) {
            int start = topic.length() - each.suffix.length();
            if (start >= 4 && topic.endsWith(each.suffix) && topic.charAt(start - 1) == '/') {
                int idSlash = topic.lastIndexOf('/', start - 2);
                if (idSlash > 0 && idSlash < start - 2) {
                    return Optional.of(each);
                }
            }
        }
        return Optional.empty();
    }
}
