package com.springcoreexplorer.ui.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.ui.testing.Fx;
import com.springcoreexplorer.ui.testing.Screenshots;
import com.springcoreexplorer.ui.testing.TestHome;
import com.springcoreexplorer.ui.testing.WindowFixture;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The certificate manager against the real encrypted store: trust anchors, import with a password asked only when needed, errors at their field, removal. */
class CertificateManagerTest {

    private static SpringCorePki pki;
    private TestHome home;
    private WindowFixture fixture;

    @BeforeAll
    static void pki() {
        pki = SpringCorePki.generate("UI certificates");
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
        if (home != null) {
            home.close();
        }
    }

    private Stage openManager() {
        home = new TestHome("certs");
        fixture = WindowFixture.open(home);
        return Fx.get(() -> fixture.window().showCertificates());
    }

    private CertificatesViewModel model() {
        return fixture.window().certificates();
    }

    private String text(String id) {
        return Fx.get(() -> ((Label) fixture.robot.lookup(id).query()).getText());
    }

    @Test
    void importsAnEncryptedWatcherAfterAskingItsPasswordAndShowsThePreviewFirst() {
        Stage manager = openManager();
        Screenshots.write(manager.getScene(), "certificates-01-empty");

        Path root = home.certificateFile("root.pem", pki.root().certificate());
        Fx.run(() -> model().addAnchors(List.of(root)));
        Fx.await("the root listed as trust anchor", () -> model().anchors().size() == 1);
        Fx.await("the notice shown", () -> "Added 1 trust anchor.".equals(text("#anchorsMessage")));

        IssuedCertificate watcher = pki.watcherCertificate("alice-watcher");
        Path certificate = home.certificateFile("alice.pem", watcher);
        Path key = home.encryptedKeyFile("alice-key.pem", watcher, "s3cret");
        Fx.run(() -> model().chooseFiles(List.of(certificate, key)));
        Fx.await(
                "the password asked for the encrypted key",
                () -> model().passwordForProperty().get().endsWith("alice-key.pem"));
        assertThat(Fx.get(() -> model().previewProperty().get())).isNull();

        fixture.robot.clickOn("#importPassword").write("wrong").type(KeyCode.ENTER);
        Fx.await(
                "the wrong password refused at the password field",
                () -> !model().passwordErrorProperty().get().isEmpty());
        assertThat(text("#passwordError")).isNotBlank();
        Screenshots.write(manager.getScene(), "certificates-02-wrong-password");

        fixture.robot.clickOn("#importPassword").write("s3cret").type(KeyCode.ENTER);
        Fx.await("the preview", () -> model().previewProperty().get() != null);
        CertificatePreview preview = Fx.get(() -> model().previewProperty().get());
        assertThat(preview.entry().role()).isEqualTo(Role.WATCHER);
        assertThat(preview.entry().commonName()).isEqualTo("alice-watcher");
        assertThat(preview.entry().trusted()).isTrue();
        assertThat(preview.chain()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Fx.get(() -> model().identities().isEmpty()))
                .as("nothing saved before Save")
                .isTrue();
        Screenshots.write(manager.getScene(), "certificates-03-preview");

        Fx.run(() -> ((javafx.scene.control.Button)
                        fixture.robot.lookup("#saveCertificate").query())
                .fire());
        Fx.await("the identity listed", () -> model().identities().size() == 1);
        CertificateRow row = Fx.get(() -> model().identities().getFirst());
        assertThat(row.role()).isEqualTo(Role.WATCHER);
        assertThat(row.trusted()).isTrue();
        Screenshots.write(manager.getScene(), "certificates-04-saved");
        Fx.await(
                "the connection bar knows the identity",
                () -> fixture.window().connection().identities().size() == 1);
        // the trust anchor notice has done its job: it fades like the export notice (errors would stay)
        Fx.await(
                "the notice faded",
                java.time.Duration.ofSeconds(30),
                () -> text("#anchorsMessage").isEmpty());
    }

    @Test
    void showsImportErrorsAtTheRightFieldAndRemovesOnlyAfterConfirmation() {
        Stage manager = openManager();
        Path garbage = home.write("notes.pem", "this is not a certificate\n");
        Fx.run(() -> model().chooseFiles(List.of(garbage)));
        Fx.await(
                "an error under the files",
                () -> !model().filesErrorProperty().get().isEmpty());
        assertThat(text("#filesError")).contains("notes.pem");
        Screenshots.write(manager.getScene(), "certificates-05-unrecognised-file");

        IssuedCertificate control = pki.controlCertificate("bob-control");
        IssuedCertificate other = pki.controlCertificate("someone-else");
        Path certificate = home.certificateFile("bob.pem", control);
        Path wrongKey = home.encryptedKeyFile("other-key.pem", other, "pw");
        Fx.run(() -> model().chooseFiles(List.of(certificate, wrongKey)));
        Fx.await(
                "the password asked", () -> !model().passwordForProperty().get().isEmpty());
        Fx.run(() -> model().givePassword("pw".toCharArray()));
        Fx.await(
                "the key mismatch named under the files",
                () -> !model().filesErrorProperty().get().isEmpty());
        assertThat(Fx.get(() -> model().filesErrorProperty().get())).containsIgnoringCase("key");
        assertThat(Fx.get(() -> model().passwordForProperty().get()))
                .as("no password prompt for a files problem")
                .isEmpty();
        Screenshots.write(manager.getScene(), "certificates-06-key-mismatch");

        Path goodKey = home.encryptedKeyFile("bob-key.pem", control, "pw");
        Fx.run(() -> model().chooseFiles(List.of(certificate, goodKey)));
        Fx.await(
                "the password asked again for the new files",
                () -> !model().passwordForProperty().get().isEmpty());
        Fx.run(() -> model().givePassword("pw".toCharArray()));
        Fx.await("the preview", () -> model().previewProperty().get() != null);
        assertThat(Fx.get(() -> model().previewProperty().get().entry().trusted()))
                .as("no anchor stored yet")
                .isFalse();
        Fx.run(() -> model().save());
        Fx.await("saved", () -> model().identities().size() == 1);
        assertThat(Fx.get(() -> model().identities().getFirst().role())).isEqualTo(Role.CONTROL);

        Fx.run(() -> fixture.window().certificates().identities());
        Fx.run(() -> ((javafx.scene.control.TableView<?>)
                        fixture.robot.lookup("#certificateTable").query())
                .getSelectionModel()
                .select(0));
        fixture.robot.clickOn("#removeCertificate");
        assertThat(Fx.get(() -> model().identities().size())).as("asks first").isEqualTo(1);
        Screenshots.write(manager.getScene(), "certificates-07-confirm-remove");
        fixture.robot.clickOn("#removeCertificateConfirm");
        Fx.await("removed", () -> model().identities().isEmpty());
    }
}
