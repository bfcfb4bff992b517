package com.springcoreexplorer.mqtt.connection;

import java.util.Objects;

/**
 * Why a connection failed or was lost, in plain words with what to do about it.
 *
 * @param kind        what went wrong, for code that reacts to it
 * @param message     what happened, one line for the user
 * @param fix         what to do about it, one line (may be empty)
 * @param reasonCode  the MQTT reason code when the broker gave one (CONNACK or DISCONNECT), else -1
 */
public record ConnectionProblem(Kind kind, String message, String fix, int reasonCode) {

    public enum Kind {
        /** The host name does not resolve. */
        DNS,
        /** Nothing listens on the port. */
        TCP_REFUSED,
        /** No answer (firewall, host down). */
        TCP_TIMEOUT,
        /** The broker's certificate chain is not trusted by our trust anchors. */
        SERVER_UNTRUSTED,
        /** The broker's certificate does not name the host we connect to. */
        HOSTNAME_MISMATCH,
        /** No TLS version in common. */
        TLS_PROTOCOL,
        /** The broker refused our client certificate during the handshake. */
        CLIENT_CERTIFICATE_REFUSED,
        /** Other TLS failure. */
        TLS,
        /** CONNACK with an error reason code. */
        CONNECT_REFUSED,
        /** Another client connected with our client ID (the broker took the session over). */
        SESSION_TAKEN_OVER,
        /** Two clients with one client ID keep throwing each other out. */
        DUPLICATE_CLIENT_ID_LOOP,
        /** The broker sent DISCONNECT with a reason code. */
        DISCONNECTED_BY_BROKER,
        /** The connection dropped (broker gone, network). */
        CONNECTION_LOST,
        /** The user closed it. */
        CLOSED_BY_USER,
        /** Anything else. */
        OTHER
    }

    public ConnectionProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public static ConnectionProblem of(Kind kind, String message, String fix) {
        return new ConnectionProblem(kind, message, fix, -1);
    }

    /** "message; fix" in one line. */
    public String describe() {
        return fix.isEmpty() ? message : message + "; " + fix;
    }
}
