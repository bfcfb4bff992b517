package com.springcoreexplorer.ui.engine;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.IdentityEntry;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.ConnectionException;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.ConnectionProblem;
import com.springcoreexplorer.mqtt.connection.ConnectionState;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.PasswordSource;
import com.springcoreexplorer.mqtt.connection.PublishOutcome;
import com.springcoreexplorer.mqtt.connection.SubscriptionResult;
import com.springcoreexplorer.mqtt.doctor.ConnectionDoctor;
import com.springcoreexplorer.mqtt.doctor.DoctorListener;
import com.springcoreexplorer.mqtt.doctor.DoctorReport;
import com.springcoreexplorer.mqtt.doctor.StepResult;
import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.MqttProtocol;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.mqtt.profile.ProfileStoreException;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import com.springcoreexplorer.ui.certificates.CertificateProblem;
import com.springcoreexplorer.ui.connection.ConnectionService;
import com.springcoreexplorer.ui.connection.ConnectionStatus;
import com.springcoreexplorer.ui.connection.DoctorStep;
import com.springcoreexplorer.ui.connection.ProfileForm;
import com.springcoreexplorer.ui.connection.UserFacingException;
import com.springcoreexplorer.ui.publish.PublishRequest;
import com.springcoreexplorer.ui.publish.PublishResult;
import com.springcoreexplorer.ui.publish.PublishService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The connection bar, profile editor and publish panel over the real engine: profiles from the
 * {@link ProfileStore}, TLS material from the certificate store, one {@link MqttConnection} at a time
 * feeding the {@link IngestPipeline}. Blocking calls (profiles, certificates) are made on the
 * callers' worker threads or on the futures' executors, never on the FX thread.
 */
public final class EngineConnection implements ConnectionService, PublishService {

    private final ProfileStore profiles;
    private final StoreCertificateService certificates;
    private final IngestPipeline pipeline;
    private final List<Consumer<ConnectionStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile ConnectionStatus status = ConnectionStatus.NOT_CONNECTED;
    private volatile MqttConnection connection;
    private volatile ConnectionProfile profile;

    public EngineConnection(ProfileStore profiles, StoreCertificateService certificates, IngestPipeline pipeline) {
        this.profiles = profiles;
        this.certificates = certificates;
        this.pipeline = pipeline;
    }

    @Override
    public List<ProfileForm> profiles() throws UserFacingException {
        try {
            return profiles.list().stream().map(EngineConnection::form).toList();
        } catch (ProfileStoreException e) {
            throw new UserFacingException("", e.getMessage());
        }
    }

    @Override
    public void save(ProfileForm form) throws UserFacingException {
        try {
            ConnectionProfile.Builder builder = profiles.find(form.name())
                    .map(ConnectionProfile::toBuilder)
                    .orElseGet(() -> ConnectionProfile.builder(form.name()));
            profiles.save(toProfile(withAnchors(form), builder));
        } catch (ProfileStoreException e) {
            throw new UserFacingException("name", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("", e.getMessage());
        }
    }

    @Override
    public void remove(String profileName) throws UserFacingException {
        try {
            profiles.remove(profileName);
        } catch (ProfileStoreException e) {
            throw new UserFacingException("", e.getMessage());
        }
    }

    @Override
    public List<IdentityChoice> identities() throws UserFacingException {
        List<IdentityChoice> demo = List.of();
        try {
            java.util.Optional<com.springcoreexplorer.certstore.CertificateStore> demoStore = certificates.demoStore();
            if (demoStore.isPresent()) {
                demo = choices(demoStore.get().list());
            }
        } catch (CertStoreException e) {
            // the demo's own store is demo material: without it the user's identities still list
        }
        try {
            List<IdentityChoice> all =
                    new java.util.ArrayList<>(choices(certificates.store().list()));
            demo.stream()
                    .filter(choice -> all.stream().noneMatch(mine -> mine.name().equals(choice.name())))
                    .forEach(all::add);
            return all;
        } catch (CertificateProblem e) {
            if (e.field() == CertificateProblem.Field.STORE && !demo.isEmpty()) {
                return demo; // the demo works without the user's store; Certificates asks for its password when opened
            }
            throw new UserFacingException(
                    "identity",
                    e.field() == CertificateProblem.Field.STORE
                            ? "Your certificate store is locked: click Certificates... and enter its master password"
                            : e.getMessage());
        } catch (CertStoreException e) {
            throw new UserFacingException("identity", WindowWording.of(e.userMessage()));
        }
    }

    private static List<IdentityChoice> choices(List<IdentityEntry> entries) {
        return entries.stream()
                .map(entry -> new IdentityChoice(entry.name(), entry.commonName(), entry.role()))
                .toList();
    }

    @Override
    public List<String> trustAnchors() throws UserFacingException {
        try {
            return certificates.anchors().stream().map(anchor -> anchor.name()).toList();
        } catch (CertificateProblem e) {
            return List.of();
        }
    }

    @Override
    public CompletableFuture<Void> connect(String profileName) {
        return CompletableFuture.supplyAsync(() -> {
                    ConnectionProfile chosen;
                    TlsMaterial material;
                    try {
                        chosen = profiles.find(profileName)
                                .orElseThrow(() -> new CompletionException(new UserFacingException(
                                        "", "No profile named \"" + profileName + "\": create it first")));
                        material = certificates
                                .storeFor(chosen.identity())
                                .tlsMaterial(chosen.identity(), chosen.trustAnchors());
                    } catch (ProfileStoreException e) {
                        throw new CompletionException(new UserFacingException("", e.getMessage()));
                    } catch (CertStoreException e) {
                        throw new CompletionException(
                                new UserFacingException("identity", WindowWording.of(e.userMessage())));
                    } catch (CertificateProblem e) {
                        throw new CompletionException(new UserFacingException("identity", e.getMessage()));
                    }
                    closeCurrent();
                    MqttConnection next = MqttConnection.create(
                            chosen,
                            material,
                            ConnectionOptions.into(pipeline::offer).build());
                    profile = chosen;
                    connection = next;
                    next.addStateListener(state -> publish(status(state, chosen, next)));
                    publish(status(ConnectionState.connecting(), chosen, next));
                    return next;
                })
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

    @Override
    public CompletableFuture<Void> disconnect() {
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

    private void closeCurrent() {
        MqttConnection current = connection;
        connection = null;
        if (current != null) {
            current.close();
        }
    }

    @Override
    public AutoCloseable onStatus(Consumer<ConnectionStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
        return () -> listeners.remove(listener);
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

    /** The profile of the last connect, or null before any (the window's recorder names its rows after it). */
    public ConnectionProfile currentProfile() {
        return profile;
    }

    /** Publishes a recorded message as it was received, MQTT 5 properties included (replay from the window). */
    public CompletableFuture<PublishOutcome> publishRecorded(
            com.springcoreexplorer.mqtt.recording.RecordedMessage message) {
        MqttConnection current = connection;
        if (current == null) {
            return CompletableFuture.completedFuture(new PublishOutcome.Failed("not connected; connect first"));
        }
        return current.publish(
                message.topic(), message.payload(), message.qos(), message.retain(), message.properties());
    }

    /** The topic prefix of the profile in use (for the command form). */
    public String topicPrefix() {
        ConnectionProfile current = profile;
        return current == null ? ConnectionProfile.DEFAULT_PREFIX : current.topicPrefix();
    }

    @Override
    public CompletableFuture<PublishResult> publish(PublishRequest request) {
        MqttConnection current = connection;
        if (current == null) {
            return CompletableFuture.completedFuture(new PublishResult(false, false, "Not sent: not connected"));
        }
        return current.publish(
                        request.topic(), request.payload(), request.qos(), request.retain(), request.userProperties())
                .thenApply(EngineConnection::result);
    }

    @Override
    public CompletableFuture<PublishResult> clearRetained(String topic) {
        MqttConnection current = connection;
        if (current == null) {
            return CompletableFuture.completedFuture(new PublishResult(false, false, "Not sent: not connected"));
        }
        return current.clearRetained(topic).thenApply(outcome -> {
            PublishResult result = result(outcome);
            return result.accepted()
                    ? new PublishResult(true, false, "Retained message of " + topic + " cleared")
                    : result;
        });
    }

    static PublishResult result(PublishOutcome outcome) {
        return switch (outcome) {
            case PublishOutcome.Accepted accepted -> new PublishResult(true, false, "Sent: " + accepted.describe());
            case PublishOutcome.Refused refused ->
                new PublishResult(false, refused.notAuthorized(), "Refused by the broker: " + refused.describe());
            case PublishOutcome.Failed failed -> new PublishResult(false, false, "Not sent: " + failed.message());
        };
    }

    /**
     * "Test connection": checks the profile and the stored certificate, then runs the engine's
     * connection doctor, reporting each step as it starts and ends. Nothing is kept.
     */
    @Override
    public CompletableFuture<Boolean> test(ProfileForm form, Consumer<DoctorStep> steps) {
        return CompletableFuture.supplyAsync(() -> {
                    ConnectionProfile candidate;
                    steps.accept(new DoctorStep("profile", "Profile", DoctorStep.Status.RUNNING, "", ""));
                    try {
                        candidate = toProfile(
                                withAnchors(form),
                                ConnectionProfile.builder(form.name().isBlank() ? "test" : form.name()));
                        steps.accept(new DoctorStep(
                                "profile",
                                "Profile",
                                DoctorStep.Status.PASSED,
                                candidate.host() + ":" + candidate.port() + ", "
                                        + candidate.protocol().displayName(),
                                ""));
                    } catch (IllegalArgumentException e) {
                        steps.accept(new DoctorStep(
                                "profile",
                                "Profile",
                                DoctorStep.Status.FAILED,
                                e.getMessage(),
                                "Correct the field and test again"));
                        return null;
                    } catch (UserFacingException e) {
                        steps.accept(new DoctorStep(
                                "profile",
                                "Profile",
                                DoctorStep.Status.FAILED,
                                e.getMessage(),
                                "Open Certificates... > Trust anchors and add the broker's CA"));
                        return null;
                    }
                    steps.accept(new DoctorStep(
                            "certificate", "Certificate and trust anchors", DoctorStep.Status.RUNNING, "", ""));
                    TlsMaterial material;
                    try {
                        com.springcoreexplorer.certstore.CertificateStore holder =
                                certificates.storeFor(candidate.identity());
                        IdentityEntry identity = holder.show(candidate.identity());
                        material = holder.tlsMaterial(candidate.identity(), candidate.trustAnchors());
                        steps.accept(new DoctorStep(
                                "certificate",
                                "Certificate and trust anchors",
                                identity.warnings().isEmpty() ? DoctorStep.Status.PASSED : DoctorStep.Status.WARNING,
                                "CN " + material.commonName() + ", role "
                                        + material.role().displayName()
                                        + (identity.warnings().isEmpty()
                                                ? ""
                                                : "; " + String.join("; ", identity.warnings())),
                                ""));
                    } catch (CertStoreException e) {
                        steps.accept(new DoctorStep(
                                "certificate",
                                "Certificate and trust anchors",
                                DoctorStep.Status.FAILED,
                                WindowWording.of(e.userMessage()),
                                "Import the certificate and the broker's CA in Certificates..."));
                        return null;
                    } catch (CertificateProblem e) {
                        steps.accept(new DoctorStep(
                                "certificate",
                                "Certificate and trust anchors",
                                DoctorStep.Status.FAILED,
                                e.getMessage(),
                                "Open Certificates... and unlock the store"));
                        return null;
                    }
                    return new Probe(candidate, material);
                })
                .thenCompose(probe -> {
                    if (probe == null) {
                        return CompletableFuture.completedFuture(false);
                    }
                    // the engine's connection doctor: DNS, TCP, TLS, client certificate, CONNECT, subscribe, role
                    return ConnectionDoctor.create()
                            .run(probe.profile(), probe.material(), PasswordSource.NONE, new DoctorListener() {
                                @Override
                                public void stepStarted(com.springcoreexplorer.mqtt.doctor.DoctorStep step) {
                                    steps.accept(new DoctorStep(
                                            step.name(), step.displayName(), DoctorStep.Status.RUNNING, "", ""));
                                }

                                @Override
                                public void stepFinished(StepResult result) {
                                    DoctorStep.Status status = switch (result.status()) {
                                        case PASSED -> DoctorStep.Status.PASSED;
                                        case FAILED -> DoctorStep.Status.FAILED;
                                        case SKIPPED -> DoctorStep.Status.SKIPPED;
                                    };
                                    String explanation = result.details().isEmpty()
                                            ? result.summary()
                                            : result.summary() + "\n" + String.join("\n", result.details());
                                    steps.accept(new DoctorStep(
                                            result.step().name(),
                                            result.step().displayName(),
                                            status,
                                            explanation,
                                            result.fix()));
                                }
                            })
                            .thenApply(DoctorReport::passed);
                });
    }

    private record Probe(ConnectionProfile profile, TlsMaterial material) {}

    /** No trust anchor named: every stored anchor (what the form promises). */
    private ProfileForm withAnchors(ProfileForm form) throws UserFacingException {
        if (!form.trustAnchors().isEmpty()) {
            return form;
        }
        List<String> all = trustAnchors();
        if (all.isEmpty()) {
            throw new UserFacingException(
                    "anchors",
                    "No trust anchor stored: add the CA that issued the broker's certificate "
                            + "in Certificates... > Trust anchors");
        }
        return new ProfileForm(
                form.name(),
                form.host(),
                form.port(),
                form.identity(),
                all,
                form.clientId(),
                form.mqtt5(),
                form.topicPrefix(),
                form.subscriptions(),
                form.sessionExpirySeconds());
    }

    static ProfileForm form(ConnectionProfile profile) {
        return new ProfileForm(
                profile.name(),
                profile.host(),
                profile.port(),
                profile.identity(),
                profile.trustAnchors(),
                profile.clientId() == null ? "" : profile.clientId(),
                profile.protocol() == MqttProtocol.MQTT_5,
                profile.topicPrefix(),
                profile.subscriptions().stream().map(SubscriptionSpec::filter).toList(),
                profile.keepsSession() ? profile.sessionExpirySeconds() : 0);
    }

    static ConnectionProfile toProfile(ProfileForm form, ConnectionProfile.Builder builder) {
        return builder.name(form.name())
                .host(form.host())
                .port(form.port())
                .identity(form.identity())
                .trustAnchors(form.trustAnchors())
                .clientId(form.clientId().isBlank() ? null : form.clientId())
                .protocol(form.mqtt5() ? MqttProtocol.MQTT_5 : MqttProtocol.MQTT_3_1_1)
                .topicPrefix(form.topicPrefix())
                .subscriptions(
                        form.subscriptions().stream().map(SubscriptionSpec::of).toList())
                .sessionExpiry(form.sessionExpirySeconds())
                .build();
    }

    /** Closes the connection (window closing). */
    public void close() {
        closeCurrent();
    }
}
