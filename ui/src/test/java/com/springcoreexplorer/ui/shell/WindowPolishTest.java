package com.springcoreexplorer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.ui.connection.DoctorStep;
import com.springcoreexplorer.ui.connection.ProfileEditor;
import com.springcoreexplorer.ui.events.TagEventRow;
import com.springcoreexplorer.ui.testing.Fx;
import com.springcoreexplorer.ui.testing.Screenshots;
import com.springcoreexplorer.ui.testing.TestHome;
import com.springcoreexplorer.ui.testing.WindowFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The window as a new user meets it, on a machine with no OS keychain and no store password
 * variable: the master password is asked where the user looks and the lists fill at once after
 * unlocking; long errors and the doctor's fixes show whole; the event table at 1024x700 shows
 * every column whole; Escape and a Close/Cancel button close every dialog.
 */
class WindowPolishTest {

    private static final String MASTER_PASSWORD = "correct horse battery staple";
    private static final String LONG_PROBLEM =
            "the broker refused the TCP connection on port 1: nothing listens there, or a firewall "
                    + "drops it; check the port in the profile (8883 for MQTT over TLS) and that the broker runs, then test again";
    private static SpringCorePki pki;
    private TestHome home;
    private WindowFixture fixture;

    @BeforeAll
    static void pki() {
        pki = SpringCorePki.generate("UI polish");
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

    @Test
    void aLockedStoreAsksForItsPasswordAtOnceAndUnlockingFillsTheLists() throws Exception {
        home = new TestHome("locked", Map.of());
        // a store from an earlier run, with a master password this process has nowhere to read
        CertificateStore earlier = CertificateStore.at(home.data())
                .environment(Map.of())
                .useOsKeychain(false)
                .masterPassword(MASTER_PASSWORD.toCharArray())
                .open();
        earlier.addTrustAnchors(List.of(new ImportFile(
                "root.pem",
                PemFiles.certificates(List.of(pki.root().certificate())).getBytes(StandardCharsets.US_ASCII))));
        IssuedCertificate watcher = pki.watcherCertificate("polish-watcher");
        String pem = PemFiles.certificates(watcher.chain()) + PemFiles.unencryptedPrivateKey(watcher.privateKey());
        earlier.save(
                earlier.importPreview(
                        List.of(new ImportFile("watcher.pem", pem.getBytes(StandardCharsets.US_ASCII))),
                        ImportPasswords.none()),
                "Polish watcher",
                "");
        fixture = WindowFixture.open(home);

        fixture.robot.clickOn("#certificatesButton");
        Fx.await(
                "the password banner",
                () -> fixture.robot
                        .lookup("#storeLockBanner")
                        .tryQuery()
                        .map(Node::isVisible)
                        .orElse(false));
        assertThat(Fx.get(
                        () -> ((Label) fixture.robot.lookup("#storeLockHeading").query()).getText()))
                .isEqualTo("Enter the master password");
        Stage certificates = Fx.get(() -> (Stage)
                fixture.robot.lookup("#storeLockBanner").query().getScene().getWindow());
        Screenshots.write(certificates.getScene(), "certificates-locked");

        fixture.robot.clickOn("#storePassword").write(MASTER_PASSWORD);
        fixture.robot.clickOn("#openStore");
        Fx.await(
                "the certificate listed without reopening",
                Duration.ofSeconds(30),
                () -> ((TableView<?>) fixture.robot.lookup("#certificateTable").query())
                                .getItems()
                                .size()
                        == 1);
        Fx.await(
                "the trust anchor listed",
                () -> ((TableView<?>) fixture.robot.lookup("#anchorTable").query())
                                .getItems()
                                .size()
                        == 1);
        Fx.await(
                "the banner gone",
                () -> !fixture.robot.lookup("#storeLockBanner").query().isVisible());
        Fx.await(
                "the window offers the identity",
                () -> fixture.window().connection().identities().size() == 1);
        Screenshots.write(certificates.getScene(), "certificates-unlocked");

        // Escape closes the window; so does its Close button (no window manager, no title bar)
        fixture.robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Fx.await("Escape closed Certificates", () -> !certificates.isShowing());
        fixture.robot.clickOn("#certificatesButton");
        Fx.await("Certificates open again", certificates::isShowing);
        fixture.robot.clickOn("#closeCertificates");
        Fx.await("Close closed Certificates", () -> !certificates.isShowing());
    }

    @Test
    void aNewStoreAsksToChooseAPasswordAsSoonAsAnImportStarts() throws Exception {
        home = new TestHome("new-store", Map.of());
        IssuedCertificate watcher = pki.watcherCertificate("polish-new");
        Path certificate = home.certificateFile("watcher-cert.pem", watcher);
        Path key = home.encryptedKeyFile("watcher-key.pem", watcher, "key-password");
        fixture = WindowFixture.open(home);
        fixture.robot.clickOn("#certificatesButton");
        Fx.await(
                "Certificates open",
                () -> fixture.robot.lookup("#certificateTable").tryQuery().isPresent());
        // nothing is asked before the user does anything that needs the password
        Fx.await(
                "the lists loaded",
                () -> !fixture.window().certificates().busyProperty().get());
        assertThat(Fx.get(() -> fixture.robot.lookup("#storeLockBanner").query().isVisible()))
                .isFalse();

        // files dropped (the file chooser is the OS's own): the banner asks at once, before any Save
        Fx.run(() -> fixture.window().certificates().chooseFiles(List.of(certificate, key)));
        Fx.await(
                "the choose-password banner",
                () -> fixture.robot.lookup("#storeLockBanner").query().isVisible());
        assertThat(Fx.get(
                        () -> ((Label) fixture.robot.lookup("#storeLockHeading").query()).getText()))
                .isEqualTo("Choose a master password");
        Screenshots.write(fixture.robot.lookup("#storeLockBanner").query(), "certificates-choose-password");
        fixture.robot.clickOn("#storePassword").write(MASTER_PASSWORD);
        fixture.robot.clickOn("#openStore");
        Fx.await(
                "the banner gone",
                () -> !fixture.robot.lookup("#storeLockBanner").query().isVisible());

        Fx.await(
                "the key's password asked",
                () -> !fixture.window()
                        .certificates()
                        .passwordForProperty()
                        .get()
                        .isEmpty());
        fixture.robot.clickOn("#importPassword").write("key-password");
        fixture.robot.clickOn("#unlockButton");
        Fx.await(
                "the preview",
                Duration.ofSeconds(30),
                () -> fixture.window().certificates().previewProperty().get() != null);
        fixture.robot.clickOn("#saveCertificate");
        Fx.await(
                "saved and listed",
                Duration.ofSeconds(30),
                () -> ((TableView<?>) fixture.robot.lookup("#certificateTable").query())
                                .getItems()
                                .size()
                        == 1);
        // the new store really is protected by the chosen password
        assertThat(CertificateStore.at(home.data())
                        .environment(Map.of())
                        .useOsKeychain(false)
                        .masterPassword(MASTER_PASSWORD.toCharArray())
                        .open()
                        .list())
                .hasSize(1);
    }

    @Test
    void longErrorsAndTheDoctorsFixesShowWholeAndTheEditorWaitsForTyping() {
        home = new TestHome("long-texts");
        fixture = WindowFixture.open(home, new WindowGeometry(0, 0, 1024, 700, false, false));
        Fx.run(() -> fixture.window().connection().problemProperty().set(LONG_PROBLEM));
        Label problem =
                Fx.get(() -> (Label) fixture.robot.lookup("#connectionProblem").query());
        assertThat(shownWhole(problem)).as("the red line is not cut").isTrue();
        Screenshots.write(fixture.stage().getScene(), "window-1024-long-problem");

        fixture.robot.clickOn("#newProfileButton");
        Fx.await(
                "the editor open",
                () -> fixture.robot.lookup("#profileName").tryQuery().isPresent());
        Stage editor = Fx.get(() ->
                (Stage) fixture.robot.lookup("#profileName").query().getScene().getWindow());
        // no red before the user typed anything
        for (String field : List.of("#nameError", "#hostError", "#portError", "#identityError")) {
            assertThat(Fx.get(() -> ((Label) fixture.robot.lookup(field).query()).getText()))
                    .as(field)
                    .isEmpty();
        }
        fixture.robot.clickOn("#profilePort");
        Fx.run(() -> ((javafx.scene.control.TextField)
                        fixture.robot.lookup("#profilePort").query())
                .selectAll());
        fixture.robot.write("80x");
        Fx.await(
                "the port speaks once typed in",
                () -> ((Label) fixture.robot.lookup("#portError").query())
                        .getText()
                        .contains("number"));
        assertThat(Fx.get(() -> ((Label) fixture.robot.lookup("#hostError").query()).getText()))
                .as("untouched host still quiet")
                .isEmpty();

        ProfileEditor form = Fx.get(() -> (ProfileEditor) editor.getScene().getRoot());
        Fx.run(() -> form.steps()
                .setAll(
                        new DoctorStep("dns", "Name resolution", DoctorStep.Status.PASSED, "127.0.0.1", ""),
                        new DoctorStep(
                                "tcp",
                                "TCP connection",
                                DoctorStep.Status.FAILED,
                                LONG_PROBLEM,
                                "Start the broker, or correct the port in the profile: SpringCore devices use 8883 for MQTT over TLS, "
                                        + "and a firewall between here and the broker must let that port through")));
        List<Labeled> labels =
                Fx.get(() -> labelsUnder(fixture.robot.lookup("#doctorSteps").query()));
        assertThat(labels).extracting(Labeled::getText).anyMatch(text -> text.startsWith("Fix: Start the broker"));
        for (Labeled label : labels) {
            assertThat(shownWhole(label))
                    .as("doctor line \"%s\" shown whole", label.getText())
                    .isTrue();
        }
        Screenshots.write(editor.getScene(), "profile-editor-long-fix");

        fixture.robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Fx.await("Escape closed the editor", () -> !editor.isShowing());
    }

    @Test
    void theEventTableAt1024x700ShowsEveryColumnWholeAndTheDetailWaitsForASelection() {
        home = new TestHome("narrow");
        fixture = WindowFixture.open(home, new WindowGeometry(0, 0, 1024, 700, false, false));
        assertThat(Fx.get(() -> fixture.window().publishPanelShownProperty().get()))
                .as("publish panel collapsed at 1024")
                .isFalse();
        assertThat(Fx.get(() -> fixture.window().detailShownProperty().get())).isFalse();

        List<TagEventRow> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new TagEventRow(
                    Instant.now(),
                    "DA1275B" + (i % 5),
                    "13.56",
                    i % 2 == 0 ? "NFC-A" : "Innovatron",
                    "F769FC3C4B2208" + String.format("%06X", i),
                    i % 3 == 0 ? "Insert,Remove" : "Insert",
                    -40 - i,
                    "00047DAE02C84080",
                    i % 7 == 0 ? "checksum mismatch" : "",
                    "springcard/springcore/DA1275B0/rdr/evt"));
        }
        Fx.run(() -> fixture.window().events().append(rows, 0));
        Fx.await("rows shown", () -> fixture.window().events().visibleRows().size() == rows.size());
        TableView<TagEventRow> table =
                Fx.get(() -> fixture.window().eventsView().table());
        Fx.run(() -> {
            fixture.stage().getScene().getRoot().applyCss();
            fixture.stage().getScene().getRoot().layout();
        });
        double[] widths = Fx.get(() -> new double[] {
            table.getWidth(),
            table.getVisibleLeafColumns().stream()
                    .mapToDouble(TableColumn::getWidth)
                    .sum()
        });
        assertThat(table.getVisibleLeafColumns()).hasSize(9);
        String each = Fx.get(() -> table.getVisibleLeafColumns().stream()
                .map(column -> column.getId() + "=" + column.getWidth())
                .toList()
                .toString());
        Screenshots.write(fixture.stage().getScene(), "window-1024x700-events");
        assertThat(widths[1])
                .as("every column inside the table's %s px: %s", widths[0], each)
                .isLessThanOrEqualTo(widths[0]);
        List<Labeled> headers = Fx.get(() -> table.lookupAll(".column-header .label").stream()
                .filter(Labeled.class::isInstance)
                .map(Labeled.class::cast)
                .toList());
        assertThat(headers)
                .extracting(Labeled::getText)
                .contains("Time", "Reader", "Interface", "Protocol", "Tag ID", "Move", "RSSI", "Warnings", "Data");
        for (Labeled header : headers) {
            assertThat(Fx.get(() -> shownWhole(header)))
                    .as("header %s", header.getText())
                    .isTrue();
        }
        List<Labeled> cells = Fx.get(() -> labelsUnder(table));
        assertThat(cells).extracting(Labeled::getText).anyMatch(text -> text.startsWith("F769FC3C4B2208"));
        Screenshots.write(fixture.stage().getScene(), "window-1024x700-events");
        for (Labeled cell : cells) {
            if (cell instanceof javafx.scene.control.TableCell<?, ?> tableCell
                    && tableCell.getTableColumn() != null
                    && List.of("warnings", "data")
                            .contains(tableCell.getTableColumn().getId())) {
                continue; // these two give way in a narrow window: their whole text is in the detail pane
            }
            assertThat(Fx.get(() -> shownWhole(cell)))
                    .as(
                            "cell %s (%s px wide, drawn \"%s\")",
                            cell.getText(), Fx.get(cell::getWidth), Fx.get(() -> drawn(cell)))
                    .isTrue();
        }

        Fx.run(() -> table.getSelectionModel().select(0));
        Fx.await(
                "the detail pane appears with a selection",
                () -> fixture.window().detailShownProperty().get());
        Fx.run(() -> table.getSelectionModel().clearSelection());
        Fx.await(
                "and gives its space back",
                () -> !fixture.window().detailShownProperty().get());

        // hidden and moved columns are what the layout remembers
        Fx.run(() -> {
            table.getColumns().get(6).setVisible(false);
            table.getColumns().add(0, table.getColumns().remove(4));
        });
        var layout = Fx.get(() -> fixture.window().eventsView().columnLayout());
        assertThat(layout.columns().getFirst().id()).isEqualTo("tagId");
        assertThat(layout.columns())
                .filteredOn(column -> column.id().equals("rssi"))
                .singleElement()
                .satisfies(column -> assertThat(column.visible()).isFalse());
    }

    @Test
    void at1440x900AnIBeaconTagIdLeavesEveryHeaderWholeAndTheTopicToolbarFits() {
        home = new TestHome("wide");
        fixture = WindowFixture.open(home, new WindowGeometry(0, 0, 1440, 900, false, false));
        String beacon = "FDA50693A4E24FB1AFCFC6EB07647825"; // an iBeacon proximity UUID: 32 hex digits
        List<TagEventRow> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new TagEventRow(
                    Instant.now(),
                    "DA1275B" + i,
                    "BLE",
                    "iBeacon",
                    beacon,
                    "Insert",
                    -60 - i,
                    "0201061AFF4C000215FDA50693A4E24FB1AFCFC6EB0764782527112233C5",
                    i % 2 == 0 ? "checksum mismatch" : "",
                    "springcard/springcore/DA1275B0/rdr/evt"));
        }
        Fx.run(() -> fixture.window().events().append(rows, 0));
        Fx.await("rows shown", () -> fixture.window().events().visibleRows().size() == rows.size());
        TableView<TagEventRow> table =
                Fx.get(() -> fixture.window().eventsView().table());
        Fx.run(() -> {
            fixture.stage().getScene().getRoot().applyCss();
            fixture.stage().getScene().getRoot().layout();
        });
        Screenshots.write(fixture.stage().getScene(), "window-1440x900-ibeacon");
        double[] widths = Fx.get(() -> new double[] {
            table.getWidth(),
            table.getVisibleLeafColumns().stream()
                    .mapToDouble(TableColumn::getWidth)
                    .sum()
        });
        String each = Fx.get(() -> table.getVisibleLeafColumns().stream()
                .map(column -> column.getId() + "=" + column.getWidth())
                .toList()
                .toString());
        assertThat(widths[1])
                .as("every column inside the table's %s px: %s", widths[0], each)
                .isLessThanOrEqualTo(widths[0]);
        List<Labeled> headers = Fx.get(() -> table.lookupAll(".column-header .label").stream()
                .filter(Labeled.class::isInstance)
                .map(Labeled.class::cast)
                .toList());
        assertThat(headers)
                .extracting(Labeled::getText)
                .contains("Time", "Reader", "Interface", "Protocol", "Tag ID", "Move", "RSSI", "Warnings", "Data");
        for (Labeled header : headers) {
            assertThat(Fx.get(() -> shownWhole(header)))
                    .as("header %s (%s)", header.getText(), each)
                    .isTrue();
        }
        // a Tag ID cut short still has the whole value at hand
        javafx.scene.control.TableCell<?, ?> tagCell = Fx.get(() -> table.lookupAll(".table-cell").stream()
                .filter(node -> node instanceof javafx.scene.control.TableCell<?, ?> cell
                        && cell.getTableColumn() != null
                        && "tagId".equals(cell.getTableColumn().getId())
                        && beacon.equals(cell.getItem()))
                .map(node -> (javafx.scene.control.TableCell<?, ?>) node)
                .findFirst()
                .orElseThrow());
        assertThat(Fx.get(() -> tagCell.getTooltip().getText())).isEqualTo(beacon);

        // the topic tree's toolbar fits its 210 px panel: its last button ends inside the panel
        Node collapse = Fx.get(() -> fixture.robot.lookup("#collapseAll").query());
        Node panel = Fx.get(() -> fixture.robot.lookup(".topic-tree-view").query());
        double[] edges = Fx.get(() -> new double[] {
            collapse.localToScene(collapse.getLayoutBounds()).getMaxX(),
            panel.localToScene(panel.getLayoutBounds()).getMaxX(),
            panel.getLayoutBounds().getWidth()
        });
        assertThat(edges[0])
                .as("Collapse button's right edge within the panel (%s px wide)", edges[2])
                .isLessThanOrEqualTo(edges[1]);
        Screenshots.write(panel, "topic-panel-1440");
    }

    /** Whether a label shows all of its text: JavaFX puts what is drawn, "..." included, in its inner Text. */
    private static boolean shownWhole(Labeled label) {
        return Fx.get(() -> {
            label.getScene().getRoot().applyCss();
            label.getScene().getRoot().layout();
            for (Node child : label.getChildrenUnmodifiable()) {
                if (child instanceof Text drawn) {
                    return drawn.getText().equals(label.getText());
                }
            }
            return label.getText() == null || label.getText().isEmpty();
        });
    }

    private static String drawn(Labeled label) {
        return label.getChildrenUnmodifiable().stream()
                .filter(Text.class::isInstance)
                .map(node -> ((Text) node).getText())
                .findFirst()
                .orElse("");
    }

    private static List<Labeled> labelsUnder(Node node) {
        List<Labeled> found = new ArrayList<>();
        if (node instanceof Labeled label
                && label.getText() != null
                && !label.getText().isEmpty()
                && label.isVisible()) {
            found.add(label);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(labelsUnder(child));
            }
        }
        return found;
    }
}
