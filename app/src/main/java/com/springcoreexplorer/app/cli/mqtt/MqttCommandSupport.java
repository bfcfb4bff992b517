package com.springcoreexplorer.app.cli.mqtt;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.ConnectionProblem;
import com.springcoreexplorer.mqtt.connection.PasswordSource;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.mqtt.profile.ProfileStoreException;
import java.util.Map;
import java.util.Optional;

/** What the MQTT commands share: profiles, the certificate store, passwords, exit codes. */
final class MqttCommandSupport {

    /** A connection step failed (doctor), or the connection could not be made (sub, pub). */
    static final int CONNECTION_FAILED = 3;
    /** The broker refused (pub: PUBACK/PUBREC error reason code). */
    static final int REFUSED = 4;
    /** The MQTT user's password for profiles that have a user name (scripts; the GUI uses the store). */
    static final String MQTT_PASSWORD_VARIABLE = "SPRINGCORE_EXPLORER_MQTT_PASSWORD";

    private MqttCommandSupport() {
    }

    static ProfileStore profiles(AppDirectories directories) {
        return ProfileStore.in(directories.config());
    }

    static ConnectionProfile profile(AppDirectories directories, String name) {
        ProfileStore store = profiles(directories);
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

    /** The profile's identity and trust anchors from the encrypted certificate store. */
    static TlsMaterial tlsMaterial(AppDirectories directories, ConnectionProfile profile) {
        try {
            CertificateStore store = CertificateStore.at(directories.data()).environment(System.getenv()).open();
            return store.tlsMaterial(profile.identity(), profile.trustAnchors());
        } catch (CertStoreException e) {
            throw CliFailure.badInput(e.userMessage());
        }
    }

    static PasswordSource passwords() {
        return reference -> Optional.ofNullable(System.getenv(MQTT_PASSWORD_VARIABLE)).map(String::toCharArray);
    }

    static CliFailure cannotConnect(ConnectionProfile profile, ConnectionProblem problem) {
        return new CliFailure(CONNECTION_FAILED, "cannot connect with profile '" + profile.name() + "': " + problem.describe()
                + " (run 'springcore-explorer doctor " + profile.name() + "' for details)");
    }

    static Map<String, String> environment() {
        return System.getenv();
    }
}
