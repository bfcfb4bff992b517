package com.springcoreexplorer.app.cli.springcore;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.ConnectionException;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.PasswordSource;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.mqtt.profile.ProfileStoreException;
import com.springcoreexplorer.mqtt.springcore.ProfileDecoding;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/** What {@code devices} and {@code send} share: profile, store, decoder settings, connecting, exit codes. */
final class SpringCoreCommandSupport {

    /** Cannot connect (same code as sub/pub/doctor). */
    static final int CONNECTION_FAILED = 3;
    /** The broker refused (same code as pub). */
    static final int REFUSED = 4;
    /** The MQTT user's password for profiles with a user name (same variable as sub/pub). */
    static final String MQTT_PASSWORD_VARIABLE = "SPRINGCORE_EXPLORER_MQTT_PASSWORD";

    private SpringCoreCommandSupport() {
    }

    static ConnectionProfile profile(AppDirectories directories, String name) {
        ProfileStore store = ProfileStore.in(directories.config());
        try {
            ProfileStore.Contents contents = store.load();
            Optional<ConnectionProfile> found = contents.find(name);
            if (found.isPresent()) {
                return found.get();
            }
            Optional<ProfileStore.UnreadableEntry> broken = contents.unreadable().stream().filter(e -> name.equals(e.name())).findFirst();
            if (broken.isPresent()) {
                throw CliFailure.badInput("profile '" + name + "' in " + store.file() + " " + broken.get().problem()
                        + "; fix the file or remove and add the profile again");
            }
            throw CliFailure.badInput("no profile named '" + name + "'; see 'springcore-explorer profiles list' or add one with 'profiles add'");
        } catch (ProfileStoreException e) {
            throw CliFailure.badInput(e.getMessage());
        }
    }

    static DecoderSettings decoderSettings(ConnectionProfile profile) {
        return switch (ProfileDecoding.settingsOf(profile)) {
            case ProfileDecoding.Result.Settings s -> s.settings();
            case ProfileDecoding.Result.Invalid invalid -> throw CliFailure.badInput(invalid.message());
        };
    }

    static TlsMaterial tlsMaterial(AppDirectories directories, ConnectionProfile profile) {
        try {
            CertificateStore store = CertificateStore.at(directories.data()).environment(System.getenv()).open();
            return store.tlsMaterial(profile.identity(), profile.trustAnchors());
        } catch (CertStoreException e) {
            throw CliFailure.badInput(e.userMessage());
        }
    }

    static ConnectionOptions.Builder options(java.util.function.Consumer<com.springcoreexplorer.mqtt.message.InboundMessage> sink) {
        PasswordSource passwords = reference -> Optional.ofNullable(System.getenv(MQTT_PASSWORD_VARIABLE)).map(String::toCharArray);
        return ConnectionOptions.builder(sink).autoReconnect(false).passwordSource(passwords);
    }

    /** Connects or fails with exit code 3 and the connection's own explanation. */
    static <T> T connect(ConnectionProfile profile, MqttConnection connection, java.util.function.Supplier<java.util.concurrent.CompletableFuture<T>> step) {
        try {
            return step.get().join();
        } catch (CompletionException e) {
            throw new CliFailure(CONNECTION_FAILED, "cannot connect with profile '" + profile.name() + "': "
                    + ConnectionException.problemOf(e).describe() + " (run 'springcore-explorer doctor " + profile.name() + "' for details)");
        }
    }

    /** A clean disconnect, bounded; a failure here changes nothing for the user (the work is done). */
    static void disconnectQuietly(MqttConnection connection) {
        try {
            connection.disconnect().get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing the connection below releases it anyway
        }
    }
}
