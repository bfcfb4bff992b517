package com.springcoreexplorer.ui.certificates;

import com.springcoreexplorer.ui.connection.RoleBadges;
import com.springcoreexplorer.ui.fx.FxThread;
import com.springcoreexplorer.ui.fx.TableColumns;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The certificate manager: identities (role badge, CN, issuer, expiry coloured when near or past,
 * trusted), the import panel (drag and drop or file chooser, password only when a file needs one,
 * preview of chain and validation before saving), and trust anchors. Removal asks first, inline.
 */
public final class CertificatesView extends TabPane {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final CertificatesViewModel model;
    private final TableView<CertificateRow> table = new TableView<>();
    private final TableView<AnchorRow> anchorTable = new TableView<>();
    private final PasswordField password = new PasswordField();
    private final TextField name = new TextField();

    public CertificatesView(CertificatesViewModel model) {
        this.model = model;
        setId("certificatesView");
        getStyleClass().add("certificates-view");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().addAll(new Tab("Certificates", identitiesPane()), new Tab("Trust anchors", anchorsPane()));
    }

    private Node identitiesPane() {
        table.setId("certificateTable");
        table.setItems(model.identities());
        TableColumn<CertificateRow, CertificateRow> role = new TableColumn<>("Role");
        role.setPrefWidth(90);
        role.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        role.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(CertificateRow row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(empty || row == null ? null : RoleBadges.badge(row.role()));
            }
        });
        TableColumn<CertificateRow, CertificateRow> expiry = new TableColumn<>("Expires");
        expiry.setPrefWidth(100);
        expiry.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        expiry.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(CertificateRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("expiry-soon", "expiry-expired");
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                CertificateRow.Expiry state = row.expiry(Instant.now());
                setText(DATE.format(row.notAfter())
                        + (state == CertificateRow.Expiry.EXPIRED
                                ? " (expired)"
                                : state == CertificateRow.Expiry.SOON ? " (soon)" : ""));
                if (state != CertificateRow.Expiry.FINE) {
                    getStyleClass().add(state == CertificateRow.Expiry.EXPIRED ? "expiry-expired" : "expiry-soon");
                }
            }
        });
        table.getColumns()
                .addAll(List.of(
                        role,
                        text("Name", 140, CertificateRow::name),
                        text("CN", 120, CertificateRow::commonName),
                        text("Issuer", 160, CertificateRow::issuer),
                        expiry,
                        text("Trusted", 84, row -> row.trusted() ? "yes" : "no"),
                        text("Warnings", 200, row -> String.join("; ", row.warnings()))));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label empty = new Label("No certificate yet: drop your Watcher or Control certificate and key on the right, "
                + "or choose the files.");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        // a locked store's list is empty because it is locked, not because there is nothing in it
        model.storeLockedProperty()
                .addListener(
                        (obs, was, locked) -> empty.setText(
                                locked && model.lockProperty().get() == StoreLock.LOCKED
                                        ? "Your certificates show here once the store is unlocked: enter its master password above."
                                        : "No certificate yet: drop your Watcher or Control certificate and key on the right, or choose the files."));

        Label general = errorLabel("certificatesError", model.generalErrorProperty());
        HBox removeBar = confirmBar(
                "Remove",
                () -> table.getSelectionModel().getSelectedItem() == null
                        ? null
                        : table.getSelectionModel().getSelectedItem().name(),
                "removeCertificate",
                model::remove,
                " and its private key from the store?");
        VBox left = new VBox(6, table, removeBar, general);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        javafx.scene.control.ScrollPane importPanel = new javafx.scene.control.ScrollPane(importPanel());
        importPanel.setFitToWidth(true);
        importPanel.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        importPanel.setPrefWidth(370);
        importPanel.setMinWidth(330);
        importPanel.getStyleClass().add("edge-to-edge");
        HBox lists = new HBox(10, left, importPanel);
        VBox.setVgrow(lists, Priority.ALWAYS);
        // the password banner spans the whole tab: seen whether the user looks at the list or the import panel
        VBox box = new VBox(10, storeLockBox(), lists);
        box.setPadding(new Insets(10));
        return box;
    }

    /**
     * Shown at the top, at once, when the store needs its master password: "Enter the master
     * password" for a locked store, "Choose a master password" when a new store is about to be
     * written and there is no OS keychain (no environment variable either).
     */
    private VBox storeLockBox() {
        Label heading = new Label();
        heading.setId("storeLockHeading");
        heading.getStyleClass().add("title-4");
        Label ask = new Label();
        ask.setId("storeLockText");
        ask.setWrapText(true);
        ask.setMinHeight(Region.USE_PREF_SIZE);
        PasswordField storePassword = new PasswordField();
        storePassword.setId("storePassword");
        Button open = new Button();
        open.setId("openStore");
        Runnable submit = () -> {
            char[] typed = storePassword.getText().toCharArray();
            storePassword.clear();
            model.unlockStore(typed);
        };
        open.setOnAction(event -> submit.run());
        storePassword.setOnAction(event -> submit.run());
        Label error = errorLabel("storePasswordError", model.storePasswordErrorProperty());
        HBox.setHgrow(storePassword, Priority.ALWAYS);
        VBox box = new VBox(6, heading, ask, new HBox(6, storePassword, open), error);
        box.setId("storeLockBanner");
        box.getStyleClass().add("banner");
        box.visibleProperty().bind(model.storeLockedProperty());
        box.managedProperty().bind(box.visibleProperty());
        Runnable words = () -> {
            StoreLock state = model.lockProperty().get() == StoreLock.OPEN
                    ? StoreLock.LOCKED
                    : model.lockProperty().get();
            heading.setText(state.heading());
            ask.setText(state.explanation());
            open.setText(state == StoreLock.NEEDS_NEW_PASSWORD ? "Set password" : "Unlock");
            storePassword.setPromptText(
                    state == StoreLock.NEEDS_NEW_PASSWORD ? "New master password" : "Master password");
        };
        model.lockProperty().addListener((obs, was, state) -> words.run());
        model.storeLockedProperty().addListener((obs, was, locked) -> {
            words.run();
            if (locked) {
                FxThread.later(storePassword::requestFocus);
            }
        });
        words.run();
        return box;
    }

    private VBox importPanel() {
        Label title = new Label("Import");
        title.getStyleClass().add("title-4");
        Label drop = new Label("Drop certificate, key or PKCS#12 files here\n(PEM, DER, .p12/.pfx; several at once)");
        drop.setId("dropZone");
        drop.getStyleClass().add("drop-zone");
        drop.setWrapText(true);
        drop.setMaxWidth(Double.MAX_VALUE);
        acceptDrops(drop, model::chooseFiles);
        Button choose = new Button("Choose files...");
        choose.setId("chooseFiles");
        choose.setOnAction(event -> choose(model::chooseFiles, "Choose certificate and key files"));
        Label files = new Label();
        files.setId("importFiles");
        files.setWrapText(true);
        files.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.files().isEmpty()
                                ? ""
                                : "Files: "
                                        + String.join(
                                                ", ",
                                                model.files().stream()
                                                        .map(path -> path.getFileName()
                                                                .toString())
                                                        .toList()),
                        model.files()));
        Label filesError = errorLabel("filesError", model.filesErrorProperty());

        Label passwordLabel = new Label();
        passwordLabel
                .textProperty()
                .bind(Bindings.concat(
                        "Password of ",
                        Bindings.createStringBinding(
                                () -> CertificatesViewModel.fileName(
                                        model.passwordForProperty().get()),
                                model.passwordForProperty())));
        password.setId("importPassword");
        password.setOnAction(event -> submitPassword());
        Button unlock = new Button("Unlock");
        unlock.setId("unlockButton");
        unlock.setOnAction(event -> submitPassword());
        HBox.setHgrow(password, Priority.ALWAYS);
        Label passwordError = errorLabel("passwordError", model.passwordErrorProperty());
        VBox passwordBox = new VBox(4, passwordLabel, new HBox(6, password, unlock), passwordError);
        passwordBox.visibleProperty().bind(model.passwordForProperty().isNotEmpty());
        passwordBox.managedProperty().bind(passwordBox.visibleProperty());
        model.passwordForProperty().addListener((obs, old, value) -> {
            if (!value.isEmpty()) {
                password.clear();
                password.requestFocus();
            }
        });

        VBox previewBox = new VBox(4);
        previewBox.setId("importPreview");
        previewBox.getStyleClass().add("preview-box");
        model.previewProperty().addListener((obs, old, value) -> fillPreview(previewBox, value));
        name.setId("importName");
        name.textProperty().bindBidirectional(model.nameProperty());
        Label nameError = errorLabel("nameError", model.nameErrorProperty());
        Button save = new Button("Save to store");
        save.setId("saveCertificate");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> model.save());
        save.disableProperty().bind(model.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(event -> {
            model.resetImport();
            model.files().clear();
        });
        VBox saveBox = new VBox(4, new Label("Save as"), name, nameError, new HBox(6, save, cancel));
        VBox previewAndSave = new VBox(8, saveBox, previewBox);
        previewAndSave.visibleProperty().bind(model.previewProperty().isNotNull());
        previewAndSave.managedProperty().bind(previewAndSave.visibleProperty());

        Label working = new Label("Reading and checking...");
        working.getStyleClass().add("muted");
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());

        VBox panel = new VBox(8, title, drop, choose, files, filesError, passwordBox, working, previewAndSave);
        panel.setPadding(new Insets(0, 8, 0, 0));
        wrapAll(panel);
        return panel;
    }

    /** Long file names and subjects wrap instead of ending in "...". */
    private static void wrapAll(javafx.scene.Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Label label) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
            } else if (child instanceof javafx.scene.Parent inner) {
                wrapAll(inner);
            }
        }
    }

    private void submitPassword() {
        char[] typed = password.getText().toCharArray();
        password.clear();
        model.givePassword(typed);
    }

    private static void fillPreview(VBox box, CertificatePreview preview) {
        box.getChildren().clear();
        if (preview == null) {
            return;
        }
        CertificateRow entry = preview.entry();
        Label heading = new Label("Preview: nothing saved yet");
        heading.getStyleClass().add("muted");
        HBox who = new HBox(8, RoleBadges.badge(entry.role()), new Label("CN " + entry.commonName()));
        who.setAlignment(Pos.CENTER_LEFT);
        box.getChildren()
                .addAll(
                        heading,
                        who,
                        new Label("Issued by " + entry.issuer()),
                        new Label("Valid until " + DATE.format(entry.notAfter())));
        Label chainTitle = new Label("Chain");
        chainTitle.getStyleClass().add("field-label");
        box.getChildren().add(chainTitle);
        for (int i = 0; i < preview.chain().size(); i++) {
            Label link = new Label(
                    "  ".repeat(i) + (i == 0 ? "" : "\u2514 ") + preview.chain().get(i));
            link.setWrapText(true);
            link.getStyleClass().add("chain-link");
            box.getChildren().add(link);
        }
        Label verdict = new Label(
                entry.trusted()
                        ? "\u2714 Chain builds to a stored trust anchor"
                        : "\u2718 Not trusted yet: add the issuing root in Trust anchors");
        verdict.getStyleClass().add(entry.trusted() ? "outcome-accepted" : "outcome-refused");
        verdict.setWrapText(true);
        box.getChildren().add(verdict);
        for (String warning : entry.warnings()) {
            Label line = new Label("! " + warning);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().add("field-warning");
            box.getChildren().add(line);
        }
        box.getChildren().forEach(node -> {
            if (node instanceof Label label) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
        });
        for (String finding : preview.findings()) {
            Label line = new Label(finding);
            line.setWrapText(true);
            line.getStyleClass().add("muted");
            line.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(line);
        }
    }

    private Node anchorsPane() {
        anchorTable.setId("anchorTable");
        anchorTable.setItems(model.anchors());
        anchorTable
                .getColumns()
                .addAll(List.of(
                        textA("Name", 170, AnchorRow::name),
                        textA("CN", 170, AnchorRow::commonName),
                        textA("Expires", 100, row -> DATE.format(row.notAfter())),
                        textA("Subject", 320, AnchorRow::subject)));
        Label empty = new Label("No trust anchor yet: add the CA certificates that issued your broker's certificate "
                + "(SpringCore Cloud CA and Root CA).");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        anchorTable.setPlaceholder(empty);
        acceptDrops(anchorTable, model::addAnchors);
        Button add = new Button("Add trust anchors...");
        add.setId("addAnchors");
        add.setOnAction(event -> choose(model::addAnchors, "Choose CA certificates to trust"));
        HBox removeBar = confirmBar(
                "Remove",
                () -> anchorTable.getSelectionModel().getSelectedItem() == null
                        ? null
                        : anchorTable.getSelectionModel().getSelectedItem().name(),
                "removeAnchor",
                model::removeAnchor,
                " from the trust anchors? Brokers signed by it will no longer be trusted.");
        removeBar.getChildren().addFirst(add);
        Label message = new Label();
        message.setId("anchorsMessage");
        message.setWrapText(true);
        // errors stay until replaced; "Added 2 trust anchors." fades like the export notice
        com.springcoreexplorer.ui.fx.TransientMessage shown =
                new com.springcoreexplorer.ui.fx.TransientMessage(message);
        model.anchorsMessageProperty().addListener((obs, old, text) -> shown.keep(text));
        model.anchorsNoticeProperty().addListener((obs, old, text) -> {
            if (!text.isEmpty()) {
                shown.show(text);
            }
        });
        VBox box = new VBox(6, anchorTable, removeBar, message);
        VBox.setVgrow(anchorTable, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    /** A Remove button that turns into "Remove X? [Remove] [Keep]" before doing anything. */
    private static HBox confirmBar(
            String action,
            java.util.function.Supplier<String> selected,
            String id,
            Consumer<String> remove,
            String question) {
        Button start = new Button(action + "...");
        start.setId(id);
        Label ask = new Label();
        ask.setWrapText(true);
        Button yes = new Button(action);
        yes.setId(id + "Confirm");
        yes.getStyleClass().add("danger");
        Button no = new Button("Keep");
        HBox confirm = new HBox(6, ask, yes, no);
        confirm.setAlignment(Pos.CENTER_LEFT);
        confirm.setVisible(false);
        confirm.managedProperty().bind(confirm.visibleProperty());
        start.setOnAction(event -> {
            String target = selected.get();
            if (target == null) {
                ask.setText("Select an entry first.");
                yes.setVisible(false);
            } else {
                ask.setText(action + " \"" + target + "\"" + question);
                yes.setVisible(true);
                yes.setUserData(target);
            }
            confirm.setVisible(true);
        });
        yes.setOnAction(event -> {
            confirm.setVisible(false);
            remove.accept((String) yes.getUserData());
        });
        no.setOnAction(event -> confirm.setVisible(false));
        Region spacer = new Region();
        HBox bar = new HBox(8, start, confirm, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void choose(Consumer<List<Path>> target, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Certificates and keys", "*.pem", "*.crt", "*.cer", "*.der", "*.key", "*.p12", "*.pfx"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(
                getScene() == null ? null : getScene().getWindow());
        if (chosen != null && !chosen.isEmpty()) {
            target.accept(chosen.stream().map(File::toPath).toList());
        }
    }

    private static void acceptDrops(Node node, Consumer<List<Path>> target) {
        node.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                node.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drag"), true);
            }
            event.consume();
        });
        node.setOnDragExited(
                event -> node.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drag"), false));
        node.setOnDragDropped(event -> {
            boolean done = event.getDragboard().hasFiles();
            if (done) {
                target.accept(event.getDragboard().getFiles().stream()
                        .map(File::toPath)
                        .toList());
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    private static Label errorLabel(String id, javafx.beans.property.StringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(text.isNotEmpty());
        label.visibleProperty().bind(text.isNotEmpty());
        return label;
    }

    private static TableColumn<CertificateRow, String> text(
            String title, double width, java.util.function.Function<CertificateRow, String> value) {
        return TableColumns.text(title, width, value);
    }

    private static TableColumn<AnchorRow, String> textA(
            String title, double width, java.util.function.Function<AnchorRow, String> value) {
        return TableColumns.text(title, width, value);
    }

    public TableView<CertificateRow> table() {
        return table;
    }

    public TableView<AnchorRow> anchorTable() {
        return anchorTable;
    }
}
