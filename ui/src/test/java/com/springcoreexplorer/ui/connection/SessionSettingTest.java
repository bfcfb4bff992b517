package com.springcoreexplorer.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.ImportPreview;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.ui.testing.Fx;
import com.springcoreexplorer.ui.testing.Screenshots;
import com.springcoreexplorer.ui.testing.TestHome;
import com.springcoreexplorer.ui.testing.WindowFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Keep my session while offline: N minutes" in the profile editor, and "session resumed" in the connection bar. */
class SessionSettingTest {

    private static final String PREFIX = ProfileForm.DEFAULT_PREFIX;
    private TestHome home;
    private WindowFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
        if (home != null) {
            home.close();
        }
    }

    @Test
    void theEditorShowsTheKeptMinutesExplainsThemAndSavesTheChange() throws Exception {
        home = new TestHome("session");
        SpringCorePki pki = SpringCorePki.generate("UI session");
        storeIdentity(pki, "Watcher", pki.watcherCertificate("ui-watcher"));
        home.engine()
                .connection()
                .save(new ProfileForm(
                        "Site A",
                        "127.0.0.1",
                        8883,
                        "Watcher",
                        List.of(),
                        "",
                        true,
                        PREFIX,
                        List.of(PREFIX + "/#"),
                        3600));
        fixture = WindowFixture.open(home);
        Fx.await(
                "the profile and identity loaded",
                Duration.ofSeconds(60),
                () -> fixture.window().connection().identities().size() == 1
                        && "Site A"
                                .equals(fixture.window()
                                        .connection()
                                        .selectedProfileProperty()
                                        .get()));

        fixture.robot.clickOn("#editProfileButton");
        Fx.await(
                "the editor open",
                () -> fixture.robot.lookup("#profileSessionMinutes").tryQuery().isPresent());
        Stage editor = Fx.get(() -> (Stage) fixture.robot
                .lookup("#profileSessionMinutes")
                .query()
                .getScene()
                .getWindow());
        assertThat(text("#profileSessionMinutes")).isEqualTo("60");
        assertThat(label("#sessionHint"))
                .startsWith("While you are offline the broker keeps your subscriptions and queues "
                        + "QoS 1/2 messages for up to 60 minutes");
        Screenshots.write(editor.getScene(), "profile-editor-session-kept");

        Fx.run(() -> ((CheckBox) fixture.robot.lookup("#profileMqtt5").query()).setSelected(false));
        assertThat(label("#sessionHint"))
                .startsWith("MQTT 3.1.1 has no time limit: the broker keeps the session (clean session off) "
                        + "until you connect with 0 here");
        Fx.run(() -> ((CheckBox) fixture.robot.lookup("#profileMqtt5").query()).setSelected(true));

        // typed like a user: a wrong value is named under the field and blocks Save
        fixture.robot.clickOn("#profileSessionMinutes");
        Fx.run(() -> ((TextField) fixture.robot.lookup("#profileSessionMinutes").query()).selectAll());
        fixture.robot.write("1h");
        assertThat(label("#sessionError")).isEqualTo("Whole minutes, e.g. 60 for an hour");
        assertThat(Fx.get(() ->
                        ((Button) fixture.robot.lookup("#saveProfileButton").query()).isDisabled()))
                .isTrue();
        Screenshots.write(editor.getScene(), "profile-editor-session-error");

        Fx.run(() -> ((TextField) fixture.robot.lookup("#profileSessionMinutes").query()).setText("90"));
        assertThat(label("#sessionError")).isEmpty();
        assertThat(label("#sessionHint")).contains("for up to 90 minutes");
        fixture.robot.clickOn("#saveProfileButton");
        Fx.await("the editor closed", () -> !editor.isShowing());
        assertThat(home.engine().connection().profiles())
                .singleElement()
                .satisfies(saved -> assertThat(saved.sessionExpirySeconds()).isEqualTo(90 * 60));

        fixture.robot.clickOn("#editProfileButton");
        Fx.await(
                "the editor open again",
                () -> fixture.robot.lookup("#profileSessionMinutes").tryQuery().isPresent());
        Stage again = Fx.get(() -> (Stage) fixture.robot
                .lookup("#profileSessionMinutes")
                .query()
                .getScene()
                .getWindow());
        assertThat(text("#profileSessionMinutes")).isEqualTo("90");
        Fx.run(() -> ((TextField) fixture.robot.lookup("#profileSessionMinutes").query()).setText("0"));
        assertThat(label("#sessionHint")).startsWith("0: start clean each time.");
        fixture.robot.clickOn("#saveProfileButton");
        Fx.await("the editor closed again", () -> !again.isShowing());
        assertThat(home.engine().connection().profiles())
                .singleElement()
                .satisfies(saved -> assertThat(saved.sessionExpirySeconds()).isZero());
    }

    @Test
    void minutesOutsideWhatMqttCarriesAreNamed() {
        assertThat(ProfileValidation.sessionMinutesProblem("")).isNull();
        assertThat(ProfileValidation.sessionMinutesProblem(" 0 ")).isNull();
        assertThat(ProfileValidation.sessionMinutesProblem("71582788")).isNull();
        assertThat(ProfileValidation.sessionMinutesProblem("71582789"))
                .isEqualTo("From 0 (start clean) to 71582788 minutes");
        assertThat(ProfileValidation.sessionMinutesProblem("-1")).isEqualTo("From 0 (start clean) to 71582788 minutes");
        assertThat(ProfileValidation.sessionMinutesProblem("1.5")).isEqualTo("Whole minutes, e.g. 60 for an hour");
    }

    @Test
    void theConnectionBarSaysWhenTheBrokerResumedTheSession() {
        ConnectionStatus resumed = new ConnectionStatus(
                ConnectionStatus.Phase.CONNECTED,
                "Site A",
                Role.WATCHER,
                "ui-watcher",
                Duration.ZERO,
                0,
                "",
                Instant.now(),
                true);
        ConnectionStatus fresh = new ConnectionStatus(
                ConnectionStatus.Phase.CONNECTED,
                "Site A",
                Role.WATCHER,
                "ui-watcher",
                Duration.ZERO,
                0,
                "",
                Instant.now());
        assertThat(ConnectionViewModel.describe(resumed, Instant.now()))
                .isEqualTo("Connected as ui-watcher, session resumed");
        assertThat(ConnectionViewModel.describe(fresh, Instant.now())).isEqualTo("Connected as ui-watcher");
    }

    private String text(String id) {
        return Fx.get(() -> ((TextField) fixture.robot.lookup(id).query()).getText());
    }

    private String label(String id) {
        return Fx.get(() -> ((Label) fixture.robot.lookup(id).query()).getText());
    }

    private void storeIdentity(SpringCorePki pki, String name, IssuedCertificate identity) throws Exception {
        var store = home.certificates().store();
        store.addTrustAnchors(List.of(new ImportFile(
                "root.pem",
                PemFiles.certificates(List.of(pki.root().certificate())).getBytes(StandardCharsets.US_ASCII))));
        String pem = PemFiles.certificates(identity.chain()) + PemFiles.unencryptedPrivateKey(identity.privateKey());
        ImportPreview preview = store.importPreview(
                List.of(new ImportFile(name + ".pem", pem.getBytes(StandardCharsets.US_ASCII))),
                ImportPasswords.none());
        store.save(preview, name, "");
    }
}
