package com.springcoreexplorer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.ImportPreview;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.ui.connection.ConnectionStatus;
import com.springcoreexplorer.ui.connection.DoctorStep;
import com.springcoreexplorer.ui.connection.ProfileForm;
import com.springcoreexplorer.ui.publish.PublishViewModel;
import com.springcoreexplorer.ui.readers.ReaderRow;
import com.springcoreexplorer.ui.testing.Fx;
import com.springcoreexplorer.ui.testing.MosquittoClients;
import com.springcoreexplorer.ui.testing.Screenshots;
import com.springcoreexplorer.ui.testing.TestHome;
import com.springcoreexplorer.ui.testing.WindowFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole way through the real window against a REAL mosquitto over mutual TLS: certificates,
 * a profile typed into the editor and tested, connect, a reader's messages published by
 * {@code mosquitto_pub} showing in table, tree and reader list; publishing as Control arriving at
 * {@code mosquitto_sub}; the Watcher's panel disabled; a broker refusal shown under the button.
 */
class LiveFlowTest {

    private static final String PREFIX = "springcard/springcore";
    private static final String READER = "DA1275B0";
    private static final String TAG_EVENT = "{\"Interface\":\"13.56\",\"Protocol\":\"NFC-A\",\"Template\":1,"
            + "\"TagId\":\"047DAE02C84080\",\"TagData\":\"00047DAE02C84080\",\"Move\":\"Insert\",\"RSSI\":-52,\"Uptime\":\"699:16.850\"}";

    private static SpringCorePki pki;
    private static MosquittoBroker broker;
    private static Path deviceCert;
    private static Path deviceKey;
    private TestHome home;
    private WindowFixture fixture;

    @BeforeAll
    static void broker() {
        Assumptions.assumeTrue(MosquittoBroker.isInstalled(), "mosquitto is not installed");
        pki = SpringCorePki.generate("UI live");
        broker = MosquittoBroker.builder(pki)
                .watcher("ui-watcher")
                .control("ui-control")
                .aclLine("user ui-restricted")
                .aclLine("topic read #")
                .start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.window().connection().disconnect();
            fixture.close();
        }
        if (home != null) {
            home.close();
        }
    }

    private void openWindow(String name) {
        home = new TestHome(name);
        IssuedCertificate device = pki.deviceCertificate(READER);
        deviceCert = home.certificateFile("device.pem", device);
        deviceKey = home.plainKeyFile("device.key", device);
        fixture = WindowFixture.open(home);
    }

    private void publishAsReader(String channel, String payload) {
        MosquittoClients.publish(
                broker, deviceCert, deviceKey, READER, PREFIX + "/" + READER + "/" + channel, payload, false);
    }

    /** Imports an identity and the root the way the store does after the dialog (the dialog itself is CertificateManagerTest's). */
    private void storeIdentity(String name, IssuedCertificate identity) throws Exception {
        var store = home.certificates().store();
        if (store.trustAnchors().isEmpty()) {
            store.addTrustAnchors(List.of(new ImportFile(
                    "root.pem",
                    PemFiles.certificates(List.of(pki.root().certificate())).getBytes(StandardCharsets.US_ASCII))));
        }
        String pem = PemFiles.certificates(identity.chain()) + PemFiles.unencryptedPrivateKey(identity.privateKey());
        ImportPreview preview = store.importPreview(
                List.of(new ImportFile(name + ".pem", pem.getBytes(StandardCharsets.US_ASCII))),
                ImportPasswords.none());
        store.save(preview, name, "");
    }

    private void connectWith(String profile) {
        Fx.run(() -> {
            fixture.window().connection().reload();
        });
        Fx.await(
                "profile " + profile + " loaded",
                () -> fixture.window().connection().profile(profile) != null);
        Fx.run(() -> fixture.window().connection().selectedProfileProperty().set(profile));
        fixture.robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        Fx.await(
                "connected with " + profile,
                Duration.ofSeconds(30),
                () -> fixture.window().connection().statusProperty().get().connected());
    }

    @Test
    void watcherImportsCreatesAProfileConnectsAndSeesAReaderLive() throws Exception {
        openWindow("watcher");
        Screenshots.write(fixture.stage().getScene(), "window-01-no-certificate");
        assertThat(Fx.get(() -> fixture.window().statusBar().rateLabel().getText()))
                .isEqualTo("0 msg/s");

        storeIdentity("Watcher", pki.watcherCertificate("ui-watcher"));
        Fx.run(() -> fixture.window().connection().reload());
        Fx.await(
                "the identity offered",
                () -> fixture.window().connection().identities().size() == 1);
        Screenshots.write(fixture.stage().getScene(), "window-02-no-profile");

        // the profile editor, typed into like a user would
        fixture.robot.clickOn("#newProfileButton");
        Fx.await(
                "the editor open",
                () -> fixture.robot.lookup("#profileName").tryQuery().isPresent());
        Stage editor = Fx.get(() ->
                (Stage) fixture.robot.lookup("#profileName").query().getScene().getWindow());
        // a new form says nothing in red before the user typed
        assertThat(Fx.get(() -> ((Label) fixture.robot.lookup("#hostError").query()).getText()))
                .isEmpty();
        assertThat(Fx.get(
                        () -> ((TextField) fixture.robot.lookup("#profilePort").query()).getText()))
                .isEqualTo("8883");
        fixture.robot.clickOn("#profileName").write("Local mosquitto");
        fixture.robot.clickOn("#profileHost").write("127.0.0.1");
        assertThat(Fx.get(() -> ((Label) fixture.robot.lookup("#hostError").query()).getText()))
                .isEmpty();
        fixture.robot.clickOn("#profilePort");
        Fx.run(() -> ((TextField) fixture.robot.lookup("#profilePort").query()).selectAll());
        fixture.robot.write("80x");
        assertThat(Fx.get(() -> ((Label) fixture.robot.lookup("#portError").query()).getText()))
                .contains("number");
        Fx.run(() ->
                ((TextField) fixture.robot.lookup("#profilePort").query()).setText(Integer.toString(broker.port())));
        Fx.run(() -> ((ComboBox<?>) fixture.robot.lookup("#profileIdentity").query())
                .getSelectionModel()
                .selectFirst());
        assertThat(Fx.get(() ->
                        ((TextField) fixture.robot.lookup("#profileClientId").query()).getPromptText()))
                .contains("ui-watcher");

        fixture.robot.clickOn("#testConnectionButton");
        Fx.await(
                "the doctor finished",
                Duration.ofSeconds(40),
                () -> ((Label) fixture.robot.lookup("#doctorResult").query())
                        .getText()
                        .startsWith("All checks passed"));
        List<DoctorStep> steps = Fx.get(() -> List.copyOf(((com.springcoreexplorer.ui.connection.ProfileEditor)
                        editor.getScene().getRoot())
                .steps()));
        assertThat(steps)
                .extracting(DoctorStep::title)
                .contains("Profile", "Certificate and trust anchors", "TLS handshake", "MQTT connect");
        assertThat(steps)
                .noneMatch(step ->
                        step.status() == DoctorStep.Status.FAILED || step.status() == DoctorStep.Status.RUNNING);
        Screenshots.write(editor.getScene(), "profile-editor-test-passed");
        fixture.robot.clickOn("#saveProfileButton");
        Fx.await("the editor closed", () -> !editor.isShowing());
        Fx.await(
                "the profile selected",
                () -> "Local mosquitto"
                        .equals(fixture.window()
                                .connection()
                                .selectedProfileProperty()
                                .get()));

        fixture.robot.clickOn("#connectButton");
        Fx.await(
                "connected",
                Duration.ofSeconds(30),
                () -> fixture.window().connection().statusProperty().get().connected());
        ConnectionStatus status =
                Fx.get(() -> fixture.window().connection().statusProperty().get());
        assertThat(status.role()).isEqualTo(Role.WATCHER);
        assertThat(status.clientId()).isEqualTo("ui-watcher");
        assertThat(Fx.get(() -> ((Label) fixture.robot.lookup("#roleBadge").query()).getText()))
                .isEqualTo("Watcher");

        // the Watcher is told before trying: the panel is off and says why
        assertThat(Fx.get(() ->
                        ((Label) fixture.robot.lookup("#publishDisabledReason").query()).getText()))
                .contains("Watcher");
        assertThat(Fx.get(() -> ((Button) fixture.robot.lookup("#publishButton").query()).isDisabled()))
                .isTrue();

        publishAsReader(
                "meta",
                "{\"VendorName\":\"SpringCard\",\"ProductName\":\"SpringCore Puck\",\"Firmware\":\"1.82\",\"SerialNumber\":\"DA1275B0\"}");
        publishAsReader("status", "{\"State\":\"online,ready\",\"Uptime\":\"145:1860.081\"}");
        publishAsReader("rdr/evt", TAG_EVENT);

        Fx.await(
                "the tag event in the table",
                () -> fixture.window().events().visibleRows().stream()
                        .anyMatch(row -> row.tagId().equals("047DAE02C84080")
                                && row.device().equals(READER)
                                && row.protocol().equals("NFC-A")));
        Fx.await(
                "the topic in the tree",
                () -> fixture.window().tree().topicPaths().contains(PREFIX + "/" + READER + "/rdr/evt"));
        Fx.await(
                "the reader listed, online, with its product and last tag",
                () -> fixture.window().readers().rows().stream()
                        .anyMatch(row -> row.id().equals(READER)
                                && row.state() == ReaderRow.State.READY
                                && row.product().equals("SpringCore Puck")
                                && row.lastTag().equals("047DAE02C84080")));
        Fx.run(() -> fixture.window().treeView().reveal(PREFIX + "/" + READER + "/rdr/evt"));
        Fx.await(
                "the detail pane showing the event",
                () -> fixture.window().root().lookup("#valueText") instanceof javafx.scene.control.TextArea area
                        && area.getText().contains("\"TagId\": \"047DAE02C84080\""));
        Fx.await(
                "the status bar counting",
                () -> !fixture.window().statusBar().totalLabel().getText().startsWith("0 "));
        Screenshots.write(fixture.stage().getScene(), "window-03-watcher-live");

        Fx.run(() -> ((javafx.scene.control.TabPane) fixture.window().root().lookup("#leftTabs"))
                .getSelectionModel()
                .select(1));
        Screenshots.write(fixture.stage().getScene(), "window-04-readers");
        Fx.run(() ->
                ((javafx.scene.control.ToggleButton) fixture.window().root().lookup("#themeToggle")).fire());
        Screenshots.write(fixture.stage().getScene(), "window-05-watcher-dark");
    }

    @Test
    void controlSendsAReaderCommandThatArrivesAtMosquittoSubAndClearsARetainedTopic() throws Exception {
        openWindow("control");
        storeIdentity("Control", pki.controlCertificate("ui-control"));
        home.engine()
                .connection()
                .save(new ProfileForm(
                        "Control",
                        broker.host(),
                        broker.port(),
                        "Control",
                        List.of(),
                        "",
                        true,
                        PREFIX,
                        List.of(PREFIX + "/#")));
        connectWith("Control");
        assertThat(Fx.get(() ->
                        fixture.window().connection().statusProperty().get().role()))
                .isEqualTo(Role.CONTROL);

        publishAsReader("status", "{\"State\":\"online,ready\",\"Uptime\":\"1:2.000\"}");
        Fx.await("the reader listed", () -> !fixture.window().readers().rows().isEmpty());

        IssuedCertificate watcher = pki.watcherCertificate("ui-watcher");
        Path watcherCert = home.certificateFile("watcher.pem", watcher);
        Path watcherKey = home.plainKeyFile("watcher.key", watcher);
        Process subscriber = MosquittoClients.subscribe(
                broker, watcherCert, watcherKey, "ui-watcher", PREFIX + "/" + READER + "/rdr/cmd", 1);
        try {
            Thread.sleep(1500); // let mosquitto_sub subscribe before we publish
            Fx.run(() -> ((javafx.scene.control.TitledPane)
                            fixture.window().root().lookup("#commandForm"))
                    .setExpanded(true));
            String problem = Fx.get(() -> fixture.window().publish().fillCommand(READER, "", "92929292", "100", false));
            assertThat(problem).isEmpty();
            assertThat(Fx.get(() -> fixture.window().publish().topicProperty().get()))
                    .isEqualTo(PREFIX + "/" + READER + "/rdr/cmd");
            fixture.robot.clickOn("#publishButton");
            Fx.await(
                    "the broker accepted it",
                    () -> fixture.window().publish().outcomeProperty().get() != null
                            && fixture.window()
                                            .publish()
                                            .outcomeProperty()
                                            .get()
                                            .kind()
                                    == PublishViewModel.Outcome.Kind.ACCEPTED);
            assertThat(subscriber.waitFor(20, TimeUnit.SECONDS))
                    .as("mosquitto_sub got a message")
                    .isTrue();
            String received = new String(subscriber.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(received).contains(PREFIX + "/" + READER + "/rdr/cmd").contains("92929292");
            assertThat(Fx.get(() -> fixture.window().publish().history().size()))
                    .isEqualTo(1);
            Screenshots.write(fixture.stage().getScene(), "window-06-control-published");
        } finally {
            subscriber.destroy();
        }

        String retainedTopic = PREFIX + "/" + READER + "/meta";
        MosquittoClients.publish(
                broker, deviceCert, deviceKey, READER, retainedTopic, "{\"ProductName\":\"Puck\"}", true);
        Fx.await(
                "the retained marker on the topic",
                () -> fixture.window().tree().items().shownItem(retainedTopic) != null);
        Fx.run(() -> fixture.window().publish().topicProperty().set(retainedTopic));
        fixture.robot.clickOn("#clearRetainedButton");
        Fx.await(
                "the retained message cleared",
                () -> fixture.window().publish().outcomeProperty().get() != null
                        && fixture.window()
                                .publish()
                                .outcomeProperty()
                                .get()
                                .message()
                                .contains("cleared"));
        Process check =
                MosquittoClients.subscribe(broker, watcherCert, watcherKey, "ui-watcher-check", retainedTopic, 1, 3);
        assertThat(check.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .as("no retained message left for a new subscriber")
                .doesNotContain("Puck");
    }

    @Test
    void aPublishTheBrokerRefusesIsShownUnderThePublishButton() throws Exception {
        openWindow("refused");
        storeIdentity("Restricted", pki.controlCertificate("ui-restricted"));
        home.engine()
                .connection()
                .save(new ProfileForm(
                        "Restricted",
                        broker.host(),
                        broker.port(),
                        "Restricted",
                        List.of(),
                        "",
                        true,
                        PREFIX,
                        List.of(PREFIX + "/#")));
        connectWith("Restricted");
        fixture.robot.clickOn("#publishTopic").write(PREFIX + "/" + READER + "/rdr/cmd");
        fixture.robot.clickOn("#formatJSON");
        fixture.robot.clickOn("#publishPayload").write("{\"Sequence\":");
        assertThat(Fx.get(() ->
                        ((Label) fixture.robot.lookup("#publishPayloadProblem").query()).getText()))
                .contains("Invalid JSON");
        assertThat(Fx.get(() -> ((Button) fixture.robot.lookup("#publishButton").query()).isDisabled()))
                .isTrue();
        fixture.robot.write("35}");
        Fx.await(
                "valid JSON enables Publish",
                () -> !((Button) fixture.robot.lookup("#publishButton").query()).isDisabled());
        fixture.robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        Fx.await(
                "the refusal shown",
                () -> fixture.window().publish().outcomeProperty().get() != null
                        && fixture.window().publish().outcomeProperty().get().kind()
                                == PublishViewModel.Outcome.Kind.REFUSED);
        String shown =
                Fx.get(() -> fixture.window().publishView().outcomeLabel().getText());
        assertThat(shown).contains("0x87").containsIgnoringCase("not authorized");
        assertThat(Fx.get(() ->
                        fixture.window().connection().statusProperty().get().connected()))
                .as("still connected")
                .isTrue();
        Screenshots.write(fixture.stage().getScene(), "window-07-publish-refused");
    }

    static List<Window> windows() {
        return Window.getWindows();
    }
}
