package com.springcoreexplorer.mqtt.connection;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One value of a connection's state stream; immutable, safe to hand to any thread.
 *
 * @param phase     where the connection is
 * @param retryIn   for {@link Phase#RECONNECTING}: how long until the next attempt; else zero
 * @param attempt   for {@link Phase#RECONNECTING}: the number of the next attempt (1, 2, ...); else 0
 * @param cause     why the connection was lost or refused (null while connecting/connected, or on a plain disconnect)
 * @param at        when the connection entered this state
 * @param sessionPresent for {@link Phase#CONNECTED}: the broker resumed the session it kept for this client ID
 *                  (subscriptions and queued messages; CONNACK "session present"); false for a new session
 */
public record ConnectionState(
        Phase phase, Duration retryIn, int attempt, ConnectionProblem cause, Instant at, boolean sessionPresent) {

    public enum Phase {
        CONNECTING,
        CONNECTED,
        RECONNECTING,
        DISCONNECTED
    }

    public ConnectionState {
        Objects.requireNonNull(phase, "phase");
        retryIn = retryIn == null ? Duration.ZERO : retryIn;
        Objects.requireNonNull(at, "at");
    }

    /** A state without a resumed session. */
    public ConnectionState(Phase phase, Duration retryIn, int attempt, ConnectionProblem cause, Instant at) {
        this(phase, retryIn, attempt, cause, at, false);
    }

    public static ConnectionState connecting() {
        return new ConnectionState(Phase.CONNECTING, Duration.ZERO, 0, null, Instant.now());
    }

    public static ConnectionState connected() {
        return connected(false);
    }

    /** Connected; {@code sessionPresent}: the broker resumed the session it kept (CONNACK session present). */
    public static ConnectionState connected(boolean sessionPresent) {
        return new ConnectionState(Phase.CONNECTED, Duration.ZERO, 0, null, Instant.now(), sessionPresent);
    }

    public static ConnectionState reconnecting(Duration retryIn, int attempt, ConnectionProblem cause) {
        return new ConnectionState(Phase.RECONNECTING, retryIn, attempt, cause, Instant.now());
    }

    public static ConnectionState disconnected(ConnectionProblem cause) {
        return new ConnectionState(Phase.DISCONNECTED, Duration.ZERO, 0, cause, Instant.now());
    }

    public boolean isConnected() {
        return phase == Phase.CONNECTED;
    }

    /**
     * One line for a status bar or a terminal, e.g. "reconnecting in 4 s (attempt 3): the broker went away",
     * "connected, session resumed".
     */
    public String describe() {
        return switch (phase) {
            case CONNECTING -> "connecting";
            case CONNECTED -> sessionPresent ? "connected, session resumed" : "connected";
            case RECONNECTING ->
                "reconnecting in " + seconds(retryIn) + " (attempt " + attempt + ")"
                        + (cause == null ? "" : ": " + cause.message());
            case DISCONNECTED -> "disconnected" + (cause == null ? "" : ": " + cause.message());
        };
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis < 1000 ? millis + " ms" : Math.round(millis / 1000.0) + " s";
    }
}
