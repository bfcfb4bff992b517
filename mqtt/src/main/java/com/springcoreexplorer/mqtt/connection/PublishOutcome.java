package com.springcoreexplorer.mqtt.connection;

import java.util.Locale;

/** What became of a publish: the broker accepted it, refused it with a reason code, or it never got an answer. */
public sealed interface PublishOutcome {

    /** One line for the user. */
    String describe();

    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /**
     * The broker took it: QoS 1/2 with a success reason code, or QoS 0 written to the connection.
     *
     * @param reasonCode 0x00 or 0x10 (no matching subscribers) on MQTT 5; 0 otherwise
     * @param note       a caveat, e.g. the MQTT 3.1.1 silent-drop warning; empty if none
     */
    record Accepted(int reasonCode, String note) implements PublishOutcome {
        @Override
        public String describe() {
            String base = reasonCode == 0x10 ? "accepted (no subscriber matched)" : "accepted";
            return note == null || note.isEmpty() ? base : base + " (" + note + ")";
        }
    }

    /**
     * The broker answered PUBACK/PUBREC with an error reason code (MQTT 5).
     *
     * @param reasonCode   e.g. 0x87
     * @param reasonName   e.g. NOT_AUTHORIZED
     * @param reasonString the broker's own words, or empty
     */
    record Refused(int reasonCode, String reasonName, String reasonString) implements PublishOutcome {
        public boolean notAuthorized() {
            return reasonCode == 0x87;
        }

        @Override
        public String describe() {
            String words = notAuthorized()
                    ? "not authorized: the broker does not let this certificate publish to that topic"
                    : "refused by the broker: "
                            + reasonName.toLowerCase(Locale.ROOT).replace('_', ' ');
            return words
                    + String.format(
                            Locale.ROOT,
                            " (reason code 0x%02X%s)",
                            reasonCode,
                            reasonString == null || reasonString.isEmpty() ? "" : ", \"" + reasonString + "\"");
        }
    }

    /**
     * No answer from the broker: not connected, connection lost, bad topic, ...
     *
     * @param message plain words
     */
    record Failed(String message) implements PublishOutcome {
        @Override
        public String describe() {
            return "not sent: " + message;
        }
    }
}
