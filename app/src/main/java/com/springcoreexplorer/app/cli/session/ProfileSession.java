package com.springcoreexplorer.app.cli.session;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.ConnectionException;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.PasswordSource;
import com.springcoreexplorer.mqtt.connection.SubscriptionResult;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.message.MessageSink;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.mqtt.profile.ProfileStoreException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every command that connects with a profile shares (doctor, sub, pub, devices, send): the profile
 * store, the encrypted certificate store, the MQTT password, connecting, and the exit codes.
 */
public final class ProfileSession {

    /** A connection step failed (doctor), or the connection could not be made. */
    public static final int CONNECTION_FAILED = 3;
    /** The broker refused (a PUBACK/PUBREC error reason code, or every subscription). */
    public static final int REFUSED = 4;
    /** The MQTT user's password for profiles that have a user name (scripts; the GUI uses the store). */
    public static final String MQTT_PASSWORD_VARIABLE = "SPRINGCORE_EXPLORER_MQTT_PASSWORD";

    private ProfileSession() {}

    public static ProfileStore profiles(AppDirectories directories) {
        return ProfileStore.in(directories.config());
    }

    /** The named profile, or exit code 2 with one line saying why it cannot be used. */
    public static ConnectionProfile profile(AppDirectories directories, String name) {
        ProfileStore store = profiles(directories);
        try {
            ProfileStore.Contents contents = store.load();
            Optional<ConnectionProfile> found = contents.find(name);
            if (found.isPresent()) {
                return found.get();
            }
            Optional<ProfileStore.UnreadableEntry> broken = contents.unreadable().stream()
                    .filter(e -> name.equals(e.name()))
                    .findFirst();
            if (broken.isPresent()) {
                throw CliFailure.badInput("profile '" + name + "' in " + store.file() + " "
                        + broken.get().problem() + "; fix the file or remove and add the profile again");
            }
            throw CliFailure.badInput("no profile named '" + name
                    + "'; see 'springcore-explorer profiles list' or add one with 'profiles add'");
        } catch (ProfileStoreException e) {
            throw CliFailure.badInput(e.getMessage());
        }
    }

    /** The profile's identity and trust anchors from the encrypted certificate store (the demo's own store for a demo identity). */
    public static TlsMaterial tlsMaterial(AppDirectories directories, ConnectionProfile profile) {
        try {
            Optional<CertificateStore> demo = com.springcoreexplorer.app.demo.DemoStore.openIfPresent(directories);
            if (demo.isPresent()
                    && demo.get().list().stream().anyMatch(entry -> entry.name().equals(profile.identity()))) {
                return demo.get().tlsMaterial(profile.identity(), profile.trustAnchors());
            }
            CertificateStore store = CertificateStore.at(directories.data())
                    .environment(System.getenv())
                    .open();
            return store.tlsMaterial(profile.identity(), profile.trustAnchors());
        } catch (CertStoreException e) {
            throw CliFailure.badInput(e.userMessage());
        }
    }

    /** The MQTT password comes from {@link #MQTT_PASSWORD_VARIABLE}, never from the command line. */
    public static PasswordSource passwords() {
        return reference ->
                Optional.ofNullable(System.getenv(MQTT_PASSWORD_VARIABLE)).map(String::toCharArray);
    }

    /** Connection options delivering to {@code sink}, with the CLI's password source. */
    public static ConnectionOptions.Builder options(Consumer<InboundMessage> sink) {
        return ConnectionOptions.builder(sink).passwordSource(passwords());
    }

    /** Connection options feeding {@code sink} (e.g. {@code pipeline::offer}: it may wait, which is the backpressure). */
    public static ConnectionOptions.Builder optionsInto(MessageSink sink) {
        return ConnectionOptions.into(sink).passwordSource(passwords());
    }

    /** Runs the connect step, or fails with exit code 3 and the connection's own explanation. */
    /**
     * Connects and subscribes as the profile says; warns on stderr about connection warnings and each refused
     * filter, fails with {@link #REFUSED} when every filter was refused, and returns the granted filters.
     */
    public static List<String> connectAndSubscribe(
            ConnectionProfile profile, MqttConnection connection, PrintWriter err) {
        List<SubscriptionResult> results = connect(profile, connection::connect);
        connection.warnings().forEach(w -> err.println("warning: " + w));
        results.stream().filter(r -> !r.granted()).forEach(r -> err.println("warning: subscription " + r.describe()));
        if (!results.isEmpty() && results.stream().noneMatch(SubscriptionResult::granted)) {
            throw new CliFailure(
                    REFUSED,
                    "the broker refused every subscription: "
                            + String.join(
                                    "; ",
                                    results.stream()
                                            .map(SubscriptionResult::describe)
                                            .toList()));
        }
        return results.stream()
                .filter(SubscriptionResult::granted)
                .map(SubscriptionResult::filter)
                .toList();
    }

    public static <T> T connect(ConnectionProfile profile, Supplier<CompletableFuture<T>> step) {
        try {
            return step.get().join();
        } catch (CompletionException e) {
            throw new CliFailure(
                    CONNECTION_FAILED,
                    "cannot connect with profile '" + profile.name() + "': "
                            + ConnectionException.problemOf(e).describe() + " (run 'springcore-explorer doctor "
                            + profile.name() + "' for details)");
        }
    }

    /** A clean disconnect, bounded; a failure here changes nothing for the user (the work is done). */
    public static void disconnectQuietly(MqttConnection connection) {
        try {
            connection.disconnect().get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing the connection afterwards releases it anyway
        }
    }
}
