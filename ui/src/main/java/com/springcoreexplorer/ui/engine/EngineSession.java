package com.springcoreexplorer.ui.engine;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.ConnectionException;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.ConnectionProblem;
import com.springcoreexplorer.mqtt.connection.ConnectionState;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.SubscriptionResult;
import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.ui.certificates.CertificateProblem;
import com.springcoreexplorer.ui.connection.ConnectionStatus;
import com.springcoreexplorer.ui.connection.UserFacingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one live connection: connect with a saved profile (TLS material from the certificate store,
 * messages into the {@link IngestPipeline}), disconnect, and the status the connection bar shows.
 * Status listeners are called on engine threads (HiveMQ's, or the futures' executors).
 */
final class EngineSession {

    private final EngineProfiles profiles;
    private final StoreCertificateService certificates;
    private final IngestPipeline pipeline;
    private final List<Consumer<ConnectionStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile ConnectionStatus status = ConnectionStatus.NOT_CONNECTED;
    private volatile MqttConnection connection;
    private volatile ConnectionProfile profile;

    EngineSession(EngineProfiles profiles, StoreCertificateService certificates, IngestPipeline pipeline) {
        this.profiles = profiles;
        this.certificates = certificates;
        this.pipeline = pipeline;
    }

    /** Replaces the current connection by one with the saved profile; fails with a {@link UserFacingException}. */
    CompletableFuture<Void> connect(String profileName) {
        return CompletableFuture.supplyAsync(() -> open(profileName))
                .thenCompose(next -> next.connect().handle((results, failure) -> {
                    if (failure != null) {
                        ConnectionProblem problem = ConnectionException.problemOf(failure);
                        publish(new ConnectionStatus(
                                ConnectionStatus.Phase.DISCONNECTED,
                                next.profile().name(),
                                next.role(),
                                next.clientId(),
                                Duration.ZERO,
                                0,
                                problem.describe(),
                                Instant.now()));
                        throw new CompletionException(new UserFacingException("", problem.describe()));
                    }
                    String refused = results.stream()
                            .filter(result -> !result.granted())
                            .map(SubscriptionResult::describe)
                            .reduce((a, b) -> a + "; " + b)
                            .orElse("");
                    publish(status(
                            next.state(),
                            next.profile(),
                            next,
                            refused.isEmpty() ? "" : "Subscription refused: " + refused));
                    return null;
                }));
    }

    /** Blocking (profile file, certificate store): the new connection, created but not yet connected. */
    private MqttConnection open(String profileName) {
        ConnectionProfile chosen;
        TlsMaterial material;
        try {
            chosen = profiles.find(profileName);
            material = certificates.storeFor(chosen.identity()).tlsMaterial(chosen.identity(), chosen.trustAnchors());
        } catch (UserFacingException e) {
            throw new CompletionException(e);
        } catch (CertStoreException e) {
            throw new CompletionException(new UserFacingException("identity", WindowWording.of(e.userMessage())));
        } catch (CertificateProblem e) {
            throw new CompletionException(new UserFacingException("identity", e.getMessage()));
        }
        closeCurrent();
        MqttConnection next = MqttConnection.create(
                chosen, material, ConnectionOptions.into(pipeline::offer).build());
        profile = chosen;
        connection = next;
        next.addStateListener(state -> publish(status(state, chosen, next)));
        publish(status(ConnectionState.connecting(), chosen, next));
        return next;
    }

    /** Disconnects and stops reconnecting. */
    CompletableFuture<Void> disconnect() {
        MqttConnection current = connection;
        if (current == null) {
            publish(ConnectionStatus.NOT_CONNECTED);
            return CompletableFuture.completedFuture(null);
        }
        return current.disconnect().handle((ok, failure) -> {
            publish(new ConnectionStatus(
                    ConnectionStatus.Phase.DISCONNECTED, "", Role.UNKNOWN, "", Duration.ZERO, 0, "", Instant.now()));
            return null;
        });
    }

    /** Closes the connection without waiting (window closing, or a new connect). */
    void closeCurrent() {
        MqttConnection current = connection;
        connection = null;
        if (current != null) {
            current.close();
        }
    }

    AutoCloseable onStatus(Consumer<ConnectionStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
        return () -> listeners.remove(listener);
    }

    /** The connection in use, or null when none (publishing says "not connected"). */
    MqttConnection connection() {
        return connection;
    }

    /** The profile of the last connect, or null before any. */
    ConnectionProfile currentProfile() {
        return profile;
    }

    private void publish(ConnectionStatus next) {
        status = next;
        listeners.forEach(listener -> listener.accept(next));
    }

    private static ConnectionStatus status(
            ConnectionState state, ConnectionProfile profile, MqttConnection connection) {
        return status(state, profile, connection, "");
    }

    private static ConnectionStatus status(
            ConnectionState state, ConnectionProfile profile, MqttConnection connection, String note) {
        ConnectionStatus.Phase phase = switch (state.phase()) {
            case CONNECTING -> ConnectionStatus.Phase.CONNECTING;
            case CONNECTED -> ConnectionStatus.Phase.CONNECTED;
            case RECONNECTING -> ConnectionStatus.Phase.RECONNECTING;
            case DISCONNECTED -> ConnectionStatus.Phase.DISCONNECTED;
        };
        String problem = state.cause() == null || state.cause().kind() == ConnectionProblem.Kind.CLOSED_BY_USER
                ? note
                : state.cause().describe();
        return new ConnectionStatus(
                phase,
                profile.name(),
                connection.role(),
                connection.clientId(),
                state.retryIn(),
                state.attempt(),
                problem == null ? "" : problem,
                state.at(),
                state.sessionPresent());
    }
}
