package com.springcoreexplorer.ui.connection;

import com.springcoreexplorer.certstore.Role;
import java.time.Duration;
import java.time.Instant;

/**
 * The connection as the connection bar shows it; immutable, from any thread.
 *
 * @param phase    where the connection is
 * @param profile  the profile in use ("" when none)
 * @param role     the identity's role (UNKNOWN when not connected)
 * @param clientId the client ID in use ("" when none)
 * @param retryIn  for RECONNECTING: time until the next attempt, measured at {@code at}
 * @param attempt  for RECONNECTING: the next attempt's number
 * @param problem  why it failed or was lost, one line with the fix ("" when none)
 * @param at       when this state began
 * @param sessionPresent for CONNECTED: the broker resumed the session it kept (what was queued while offline follows)
 */
public record ConnectionStatus(
        Phase phase,
        String profile,
        Role role,
        String clientId,
        Duration retryIn,
        int attempt,
        String problem,
        Instant at,
        boolean sessionPresent) {

    public enum Phase {
        DISCONNECTED,
        CONNECTING,
        CONNECTED,
        RECONNECTING
    }

    public static final ConnectionStatus NOT_CONNECTED =
            new ConnectionStatus(Phase.DISCONNECTED, "", Role.UNKNOWN, "", Duration.ZERO, 0, "", Instant.EPOCH);

    /** A status without a resumed session. */
    public ConnectionStatus(
            Phase phase,
            String profile,
            Role role,
            String clientId,
            Duration retryIn,
            int attempt,
            String problem,
            Instant at) {
        this(phase, profile, role, clientId, retryIn, attempt, problem, at, false);
    }

    public boolean connected() {
        return phase == Phase.CONNECTED;
    }
}
