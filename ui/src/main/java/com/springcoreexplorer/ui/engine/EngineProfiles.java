package com.springcoreexplorer.ui.engine;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.IdentityEntry;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.MqttProtocol;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.mqtt.profile.ProfileStoreException;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import com.springcoreexplorer.ui.certificates.CertificateProblem;
import com.springcoreexplorer.ui.connection.ConnectionService.IdentityChoice;
import com.springcoreexplorer.ui.connection.ProfileForm;
import com.springcoreexplorer.ui.connection.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The profile editor's side of the engine: saved profiles from the {@link ProfileStore}, the
 * identities and trust anchors of the certificate stores, and the translation between the editor's
 * {@link ProfileForm} and the engine's {@link ConnectionProfile}. Every method blocks (file I/O):
 * callers run them on a worker.
 */
final class EngineProfiles {

    private final ProfileStore profiles;
    private final StoreCertificateService certificates;

    EngineProfiles(ProfileStore profiles, StoreCertificateService certificates) {
        this.profiles = profiles;
        this.certificates = certificates;
    }

    List<ProfileForm> list() throws UserFacingException {
        try {
            return profiles.list().stream().map(EngineProfiles::form).toList();
        } catch (ProfileStoreException e) {
            throw new UserFacingException("", e.getMessage());
        }
    }

    /** The saved profile named so, or a "create it first" failure. */
    ConnectionProfile find(String profileName) throws UserFacingException {
        try {
            return profiles.find(profileName)
                    .orElseThrow(() ->
                            new UserFacingException("", "No profile named \"" + profileName + "\": create it first"));
        } catch (ProfileStoreException e) {
            throw new UserFacingException("", e.getMessage());
        }
    }

    /** Adds or replaces by name; what the form does not show (e.g. decoding rules) is kept from the saved one. */
    void save(ProfileForm form) throws UserFacingException {
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

    void remove(String profileName) throws UserFacingException {
        try {
            profiles.remove(profileName);
        } catch (ProfileStoreException e) {
            throw new UserFacingException("", e.getMessage());
        }
    }

    /** The user's identities, then the demo's that the user has no namesake for. */
    List<IdentityChoice> identities() throws UserFacingException {
        List<IdentityChoice> demo = List.of();
        try {
            Optional<CertificateStore> demoStore = certificates.demoStore();
            if (demoStore.isPresent()) {
                demo = choices(demoStore.get().list());
            }
        } catch (CertStoreException e) {
            // the demo's own store is demo material: without it the user's identities still list
        }
        try {
            List<IdentityChoice> all =
                    new ArrayList<>(choices(certificates.store().list()));
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

    /** Stored trust anchor names; none while the store is locked. */
    List<String> trustAnchors() {
        try {
            return certificates.anchors().stream().map(anchor -> anchor.name()).toList();
        } catch (CertificateProblem e) {
            return List.of();
        }
    }

    /** No trust anchor named: every stored anchor (what the form promises). */
    ProfileForm withAnchors(ProfileForm form) throws UserFacingException {
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
        return form.withTrustAnchors(all);
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

    /** The form onto {@code builder}; throws IllegalArgumentException with the engine's words when a value is refused. */
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
}
