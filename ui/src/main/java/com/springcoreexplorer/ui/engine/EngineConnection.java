package com.springcoreexplorer.ui.engine;

import com.springcoreexplorer.mqtt.connection.PublishOutcome;
import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.mqtt.recording.RecordedMessage;
import com.springcoreexplorer.ui.connection.ConnectionService;
import com.springcoreexplorer.ui.connection.ConnectionStatus;
import com.springcoreexplorer.ui.connection.DoctorStep;
import com.springcoreexplorer.ui.connection.ProfileForm;
import com.springcoreexplorer.ui.connection.UserFacingException;
import com.springcoreexplorer.ui.publish.PublishRequest;
import com.springcoreexplorer.ui.publish.PublishResult;
import com.springcoreexplorer.ui.publish.PublishService;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The connection bar, profile editor and publish panel over the real engine. A facade over four
 * parts, one job each: {@link EngineProfiles} (profiles, identities, trust anchors), {@link
 * EngineSession} (the one connection and its status), {@link EnginePublisher} (publishing on it) and
 * {@link EngineDoctor} ("Test connection"). Blocking calls (profiles, certificates) are made on the
 * callers' worker threads or on the futures' executors, never on the FX thread.
 */
public final class EngineConnection implements ConnectionService, PublishService {

    private final EngineProfiles profiles;
    private final EngineSession session;
    private final EnginePublisher publisher;
    private final EngineDoctor doctor;

    public EngineConnection(ProfileStore profiles, StoreCertificateService certificates, IngestPipeline pipeline) {
        this.profiles = new EngineProfiles(profiles, certificates);
        this.session = new EngineSession(this.profiles, certificates, pipeline);
        this.publisher = new EnginePublisher(session);
        this.doctor = new EngineDoctor(this.profiles, certificates);
    }

    @Override
    public List<ProfileForm> profiles() throws UserFacingException {
        return profiles.list();
    }

    @Override
    public void save(ProfileForm form) throws UserFacingException {
        profiles.save(form);
    }

    @Override
    public void remove(String profileName) throws UserFacingException {
        profiles.remove(profileName);
    }

    @Override
    public List<IdentityChoice> identities() throws UserFacingException {
        return profiles.identities();
    }

    @Override
    public List<String> trustAnchors() {
        return profiles.trustAnchors();
    }

    @Override
    public CompletableFuture<Void> connect(String profileName) {
        return session.connect(profileName);
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        return session.disconnect();
    }

    @Override
    public AutoCloseable onStatus(Consumer<ConnectionStatus> listener) {
        return session.onStatus(listener);
    }

    /** The profile of the last connect, or null before any (the window's recorder names its rows after it). */
    public ConnectionProfile currentProfile() {
        return session.currentProfile();
    }

    @Override
    public CompletableFuture<PublishResult> publish(PublishRequest request) {
        return publisher.publish(request);
    }

    @Override
    public CompletableFuture<PublishResult> clearRetained(String topic) {
        return publisher.clearRetained(topic);
    }

    /** Publishes a recorded message as it was received, MQTT 5 properties included (replay from the window). */
    public CompletableFuture<PublishOutcome> publishRecorded(RecordedMessage message) {
        return publisher.publishRecorded(message);
    }

    /** The topic prefix of the profile in use (for the command form). */
    public String topicPrefix() {
        return publisher.topicPrefix();
    }

    @Override
    public CompletableFuture<Boolean> test(ProfileForm form, Consumer<DoctorStep> steps) {
        return doctor.test(form, steps);
    }

    /** Closes the connection (window closing). */
    public void close() {
        session.closeCurrent();
    }
}
