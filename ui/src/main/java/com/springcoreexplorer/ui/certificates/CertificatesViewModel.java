package com.springcoreexplorer.ui.certificates;

import com.springcoreexplorer.ui.fx.Background;
import com.springcoreexplorer.ui.fx.FxThread;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The certificate manager's state. Import is a small conversation: files -> (password, only if a
 * file needs one) -> preview -> name -> save. Each failure lands in the message of the field it
 * belongs to (files, password, name), never in a stack trace. All store calls run on a worker.
 */
public final class CertificatesViewModel {

    private final CertificateService service;
    private final Background background;
    private final ObservableList<CertificateRow> identities = FXCollections.observableArrayList();
    private final ObservableList<AnchorRow> anchors = FXCollections.observableArrayList();
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final Map<String, char[]> passwords = new HashMap<>();
    private final StringProperty passwordFor = new SimpleStringProperty("");
    private final StringProperty filesError = new SimpleStringProperty("");
    private final StringProperty passwordError = new SimpleStringProperty("");
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty generalError = new SimpleStringProperty("");
    private final StringProperty anchorsMessage = new SimpleStringProperty("");
    /** "Added 2 trust anchors.": a notice that fades once read, unlike the errors in anchorsMessage. */
    private final StringProperty anchorsNotice = new SimpleStringProperty("");

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<CertificatePreview> preview = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty storeLocked = new SimpleBooleanProperty(false);
    private final ObjectProperty<StoreLock> lock = new SimpleObjectProperty<>(StoreLock.OPEN);
    private boolean importStarted;
    private final StringProperty storePasswordError = new SimpleStringProperty("");
    private Runnable onChanged = () -> {};

    public CertificatesViewModel(CertificateService service, Background background) {
        this.service = service;
        this.background = background;
    }

    /** Called after the store changed (the connection bar reloads its identity list). */
    public void setOnChanged(Runnable value) {
        onChanged = value;
    }

    /**
     * FX thread: reloads both lists on a worker, and what the store needs: a locked store asks for
     * its master password at once; a new one with nowhere to keep a password asks the user to choose
     * one as soon as they start an import (the save would need it).
     */
    public void reload() {
        FxThread.check("CertificatesViewModel.reload");
        background.run(
                () -> {
                    StoreLock state = service.lockState();
                    if (state == StoreLock.LOCKED) {
                        return new Lists(List.of(), List.of(), null, state);
                    }
                    try {
                        return new Lists(service.list(), service.anchors(), null, state);
                    } catch (CertificateProblem e) {
                        return new Lists(List.of(), List.of(), e, state);
                    }
                },
                outcome -> {
                    if (!outcome.ok()) {
                        generalError.set(outcome.failure().getMessage());
                        return;
                    }
                    identities.setAll(outcome.value().identities);
                    anchors.setAll(outcome.value().anchors);
                    CertificateProblem problem = outcome.value().problem;
                    StoreLock state = problem != null && problem.field() == CertificateProblem.Field.STORE
                            ? StoreLock.LOCKED
                            : outcome.value().lock;
                    showLock(state);
                    generalError.set(problem == null || state == StoreLock.LOCKED ? "" : problem.getMessage());
                });
    }

    private void showLock(StoreLock state) {
        lock.set(state);
        storeLocked.set(state == StoreLock.LOCKED || state == StoreLock.NEEDS_NEW_PASSWORD && importStarted);
    }

    private record Lists(
            List<CertificateRow> identities, List<AnchorRow> anchors, CertificateProblem problem, StoreLock lock) {}

    /** FX thread: opens the store with the master password the user typed, then reloads. */
    public void unlockStore(char[] password) {
        FxThread.check("CertificatesViewModel.unlockStore");
        if (password.length == 0) {
            storePasswordError.set(
                    lock.get() == StoreLock.NEEDS_NEW_PASSWORD
                            ? "Choose a master password first"
                            : "Enter the master password");
            return;
        }
        char[] copy = password.clone();
        java.util.Arrays.fill(password, '\0');
        background.run(
                () -> {
                    try {
                        service.unlock(copy);
                        return "";
                    } catch (CertificateProblem problem) {
                        return problem.getMessage();
                    }
                },
                outcome -> {
                    String problem =
                            outcome.ok() ? outcome.value() : outcome.failure().getMessage();
                    storePasswordError.set(problem);
                    if (problem.isEmpty()) {
                        importStarted = false;
                        showLock(StoreLock.OPEN);
                        // the lists were empty while locked: fill them now, and tell the window its identities changed
                        reload();
                        onChanged.run();
                    }
                });
    }

    /** Whether a store exists yet (the password prompt words it "enter" or "choose"). */
    public boolean storeExists() {
        return service.storeExists();
    }

    /** FX thread: the user dropped or chose files; a preview starts at once (no password yet). */
    public void chooseFiles(List<Path> chosen) {
        FxThread.check("CertificatesViewModel.chooseFiles");
        resetImport();
        files.setAll(chosen);
        if (!chosen.isEmpty()) {
            // saving will need the store's password: ask now, where the user is looking, not after Save
            importStarted = true;
            showLock(lock.get());
            runPreview();
        }
    }

    /** FX thread: the password for the file named in {@link #passwordForProperty()}; tries again. */
    public void givePassword(char[] password) {
        FxThread.check("CertificatesViewModel.givePassword");
        if (passwordFor.get().isEmpty()) {
            return;
        }
        if (password.length == 0) {
            passwordError.set("Enter the password of " + fileName(passwordFor.get()));
            return;
        }
        passwords.put(passwordFor.get(), password.clone());
        java.util.Arrays.fill(password, '\0');
        runPreview();
    }

    private void runPreview() {
        busy.set(true);
        filesError.set("");
        passwordError.set("");
        List<Path> chosen = List.copyOf(files);
        Map<String, char[]> given = Map.copyOf(passwords);
        background.run(
                () -> {
                    try {
                        return new Previewed(service.preview(chosen, given), null);
                    } catch (CertificateProblem problem) {
                        return new Previewed(null, problem);
                    }
                },
                outcome -> {
                    busy.set(false);
                    if (!outcome.ok()) {
                        filesError.set(
                                "Could not read the files: " + outcome.failure().getMessage());
                        return;
                    }
                    Previewed result = outcome.value();
                    if (result.problem != null) {
                        showProblem(result.problem);
                        return;
                    }
                    passwordFor.set("");
                    preview.set(result.preview);
                    name.set(result.preview.entry().name());
                });
    }

    private record Previewed(CertificatePreview preview, CertificateProblem problem) {}

    private void showProblem(CertificateProblem problem) {
        switch (problem.field()) {
            case FILE_PASSWORD -> {
                passwordFor.set(problem.subject());
                if (problem.needsPassword()) {
                    passwords.remove(problem.subject());
                    passwordError.set("");
                } else {
                    passwords.remove(problem.subject());
                    passwordError.set(problem.getMessage());
                }
            }
            case NAME -> nameError.set(problem.getMessage());
            case STORE -> {
                importStarted = true;
                showLock(service.storeExists() ? StoreLock.LOCKED : StoreLock.NEEDS_NEW_PASSWORD);
            }
            case FILES -> {
                // the files are the problem now, not a password: stop asking for one
                passwordFor.set("");
                filesError.set(problem.getMessage());
            }
            default -> generalError.set(problem.getMessage());
        }
    }

    /** FX thread: saves the previewed identity under the typed name. */
    public void save() {
        FxThread.check("CertificatesViewModel.save");
        CertificatePreview current = preview.get();
        if (current == null) {
            return;
        }
        if (name.get() == null || name.get().isBlank()) {
            nameError.set("Give the certificate a name (its CN is suggested)");
            return;
        }
        busy.set(true);
        nameError.set("");
        String chosenName = name.get().strip();
        background.run(
                () -> {
                    try {
                        service.save(current, chosenName);
                        return (CertificateProblem) null;
                    } catch (CertificateProblem problem) {
                        return problem;
                    }
                },
                outcome -> {
                    busy.set(false);
                    if (!outcome.ok()) {
                        generalError.set(outcome.failure().getMessage());
                    } else if (outcome.value() != null) {
                        showProblem(outcome.value());
                    } else {
                        resetImport();
                        files.clear();
                        reload();
                        onChanged.run();
                    }
                });
    }

    /** FX thread: forgets the import in progress. */
    public void resetImport() {
        passwords.values().forEach(password -> java.util.Arrays.fill(password, '\0'));
        passwords.clear();
        passwordFor.set("");
        filesError.set("");
        passwordError.set("");
        nameError.set("");
        preview.set(null);
        name.set("");
    }

    /** FX thread: deletes an identity (after the view's confirmation). */
    public void remove(String identityName) {
        runThenReload(() -> service.remove(identityName), generalError);
    }

    public void addAnchors(List<Path> chosen) {
        anchorsMessage.set("");
        background.run(
                () -> {
                    try {
                        return service.addAnchors(chosen);
                    } catch (CertificateProblem problem) {
                        throw new java.util.concurrent.CompletionException(
                                problem); // Background hands the problem itself to the FX side
                    }
                },
                outcome -> {
                    if (outcome.ok()) {
                        List<AnchorRow> added = outcome.value();
                        anchorsNotice.set(""); // the same notice twice still shows again
                        anchorsNotice.set(
                                added.isEmpty()
                                        ? "These certificates are trusted already."
                                        : "Added " + added.size()
                                                + (added.size() == 1 ? " trust anchor." : " trust anchors."));
                    } else {
                        anchorsMessage.set(outcome.failure().getMessage());
                    }
                    reload();
                    onChanged.run();
                });
    }

    public void removeAnchor(String anchorName) {
        runThenReload(() -> service.removeAnchor(anchorName), anchorsMessage);
    }

    private interface StoreCall {
        void run() throws CertificateProblem;
    }

    private void runThenReload(StoreCall call, StringProperty errorTarget) {
        background.run(
                () -> {
                    try {
                        call.run();
                        return "";
                    } catch (CertificateProblem problem) {
                        return problem.getMessage();
                    }
                },
                outcome -> {
                    errorTarget.set(
                            outcome.ok() ? outcome.value() : outcome.failure().getMessage());
                    reload();
                    onChanged.run();
                });
    }

    static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public ObservableList<CertificateRow> identities() {
        return identities;
    }

    public ObservableList<AnchorRow> anchors() {
        return anchors;
    }

    public ObservableList<Path> files() {
        return files;
    }

    public StringProperty passwordForProperty() {
        return passwordFor;
    }

    public StringProperty filesErrorProperty() {
        return filesError;
    }

    public StringProperty passwordErrorProperty() {
        return passwordError;
    }

    public StringProperty nameErrorProperty() {
        return nameError;
    }

    public StringProperty generalErrorProperty() {
        return generalError;
    }

    public StringProperty anchorsMessageProperty() {
        return anchorsMessage;
    }

    public StringProperty anchorsNoticeProperty() {
        return anchorsNotice;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<CertificatePreview> previewProperty() {
        return preview;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty storeLockedProperty() {
        return storeLocked;
    }
    /** What the store needs (the banner's words come from it). */
    public ObjectProperty<StoreLock> lockProperty() {
        return lock;
    }

    public StringProperty storePasswordErrorProperty() {
        return storePasswordError;
    }
}
