package com.springcoreexplorer.ui.connection;

import com.springcoreexplorer.ui.fx.FxThread;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The profile editor's state (FX thread): the fields as typed, the problem under each field, the
 * session hint, whether Save and Test may run, and the doctor's steps. Validation speaks about a field
 * once the user typed in it (or pressed Save): a new form opens without red.
 */
public final class ProfileEditorViewModel {

    /** The form's fields, by the key their problems carry ({@link ProfileValidation}, {@link UserFacingException#field}). */
    public static final List<String> FIELDS = List.of(
            "name",
            "host",
            "port",
            "identity",
            "clientId",
            "protocol",
            "prefix",
            "subscriptions",
            "session",
            "anchors");

    /** Where "Test connection" stands. */
    public enum TestOutcome {
        NONE,
        RUNNING,
        PASSED,
        FAILED
    }

    private final ConnectionViewModel connection;
    private final String originalName;
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty host = new SimpleStringProperty();
    private final StringProperty port = new SimpleStringProperty();
    private final ObjectProperty<ConnectionService.IdentityChoice> identity = new SimpleObjectProperty<>();
    private final StringProperty clientId = new SimpleStringProperty();
    private final BooleanProperty mqtt5 = new SimpleBooleanProperty();
    private final StringProperty prefix = new SimpleStringProperty();
    private final StringProperty subscriptions = new SimpleStringProperty();
    private final StringProperty anchors = new SimpleStringProperty();
    private final StringProperty sessionMinutes = new SimpleStringProperty();
    /** The stored expiry and how it was first shown: an untouched field keeps seconds that are not whole minutes. */
    private final long startSessionSeconds;

    private final String startSessionText;
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper protocolWarning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper sessionHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clientIdPrompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saveDisabled = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper testDisabled = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TestOutcome> testOutcome = new ReadOnlyObjectWrapper<>(TestOutcome.NONE);
    private final ObservableList<DoctorStep> steps = FXCollections.observableArrayList();
    private final Set<String> touched = new HashSet<>();
    private boolean showAllProblems;
    private boolean saving;

    /** FX thread: a form for {@code existing}, or a new profile with SpringCore's defaults when null. */
    public ProfileEditorViewModel(ConnectionViewModel connection, ProfileForm existing) {
        this.connection = connection;
        this.originalName = existing == null ? null : existing.name();
        ProfileForm start = existing == null ? ProfileForm.blank() : existing;
        FIELDS.forEach(key -> errors.put(key, new ReadOnlyStringWrapper("")));
        name.set(start.name());
        host.set(start.host());
        port.set(Integer.toString(start.port()));
        connection.identities().stream()
                .filter(choice -> choice.name().equals(start.identity()))
                .findFirst()
                .ifPresent(identity::set);
        clientId.set(start.clientId());
        mqtt5.set(start.mqtt5());
        prefix.set(start.topicPrefix());
        subscriptions.set(String.join("\n", start.subscriptions()));
        anchors.set(String.join(", ", start.trustAnchors()));
        startSessionSeconds = start.sessionExpirySeconds();
        // whole minutes, rounded up; MQTT 5's "no limit" (4294967295 s) shows as the largest number of minutes
        startSessionText =
                Long.toString(Math.min((startSessionSeconds + 59) / 60, ProfileValidation.MAX_SESSION_MINUTES));
        sessionMinutes.set(startSessionText);

        Map<String, Observable> inputs = Map.of(
                "name", name,
                "host", host,
                "port", port,
                "identity", identity,
                "clientId", clientId,
                "prefix", prefix,
                "subscriptions", subscriptions,
                "protocol", mqtt5,
                "session", sessionMinutes);
        inputs.forEach((key, input) -> input.addListener(observable -> {
            touched.add(key);
            validate();
        }));
        identity.addListener(observable -> showClientIdPrompt());
        showClientIdPrompt();
        validate();
    }

    private void showClientIdPrompt() {
        ConnectionService.IdentityChoice chosen = identity.get();
        clientIdPrompt.set(chosen == null ? "the certificate's CN" : chosen.commonName() + " (the certificate's CN)");
    }

    /** The form as typed. */
    public ProfileForm form() {
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            portNumber = -1;
        }
        return new ProfileForm(
                name.get().strip(),
                host.get().strip(),
                portNumber,
                identity.get() == null ? "" : identity.get().name(),
                items(anchors.get(), ","),
                clientId.get().strip(),
                mqtt5.get(),
                prefix.get().strip(),
                items(subscriptions.get(), "\n"),
                sessionSeconds());
    }

    private static List<String> items(String text, String separator) {
        return Arrays.stream(text.split(separator))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The minutes as seconds; text that is not a valid number counts as 0 (validation says what is wrong). */
    private long sessionSeconds() {
        String text = sessionMinutes.get().strip();
        if (text.equals(startSessionText)) {
            return startSessionSeconds;
        }
        if (text.isEmpty() || ProfileValidation.sessionMinutesProblem(text) != null) {
            return 0;
        }
        return Long.parseLong(text) * 60;
    }

    /** What keeping the session means, for the current protocol and minutes. */
    private String sessionHintText() {
        long seconds = sessionSeconds();
        if (ProfileValidation.sessionMinutesProblem(sessionMinutes.get()) != null || seconds == 0) {
            return "0: start clean each time. Above 0, the broker keeps your subscriptions and queues QoS 1/2 "
                    + "messages while you are offline; they arrive in order when you reconnect.";
        }
        if (!mqtt5.get()) {
            return "MQTT 3.1.1 has no time limit: the broker keeps the session (clean session off) until you connect "
                    + "with 0 here, whatever the minutes.";
        }
        String howLong = seconds >= 0xFFFF_FFFFL
                ? " with no time limit"
                : " for up to " + (seconds % 60 == 0 ? seconds / 60 + " minutes" : seconds + " s");
        return "While you are offline the broker keeps your subscriptions and queues QoS 1/2 messages" + howLong
                + "; they arrive in order when you reconnect.";
    }

    /** Every problem of the form as typed, shown or not yet. */
    private Map<String, String> validate() {
        Set<String> taken = connection.profiles().stream()
                .map(ProfileForm::name)
                .filter(existing -> !existing.equals(originalName))
                .collect(Collectors.toSet());
        Map<String, String> problems =
                new LinkedHashMap<>(ProfileValidation.problems(form(), port.get(), taken, subscriptions.get()));
        String sessionProblem = ProfileValidation.sessionMinutesProblem(sessionMinutes.get());
        if (sessionProblem != null) {
            problems.put("session", sessionProblem);
        }
        sessionHint.set(sessionHintText());
        errors.forEach((key, error) -> error.set(shown(key) ? problems.getOrDefault(key, "") : ""));
        // MQTT 3.1.1 is allowed, with a warning where the protocol's problem would be
        protocolWarning.set(!mqtt5.get());
        if (!mqtt5.get()) {
            errors.get("protocol").set("MQTT 3.1.1: the broker drops refused publishes silently; they look sent");
        }
        refreshButtons(problems);
        return problems;
    }

    private boolean shown(String key) {
        return showAllProblems || touched.contains(key);
    }

    private void refreshButtons(Map<String, String> problems) {
        // Save is blocked by a problem the form shows (an untouched new form keeps Save: pressing it shows all)
        saveDisabled.set(saving || problems.keySet().stream().anyMatch(this::shown));
        // the doctor needs everything but a free name
        testDisabled.set(testOutcome.get() == TestOutcome.RUNNING
                || problems.keySet().stream().anyMatch(key -> !key.equals("name")));
    }

    /**
     * FX thread, the Save button: shows every problem; when there is none, saves on a worker and runs
     * {@code whenSaved} on success, or shows the engine's problem under its field (under Name when it
     * names no field of the form).
     */
    public void save(Runnable whenSaved) {
        FxThread.check("ProfileEditorViewModel.save");
        showAllProblems = true;
        if (!validate().isEmpty()) {
            return;
        }
        saving = true;
        saveDisabled.set(true);
        connection.save(form(), problem -> {
            saving = false;
            saveDisabled.set(false);
            if (problem == null) {
                whenSaved.run();
            } else {
                errors.getOrDefault(problem.field(), errors.get("name")).set(problem.getMessage());
            }
        });
    }

    /** FX thread, the Test connection button: runs the doctor on the form as typed; its steps arrive live. */
    public void test() {
        FxThread.check("ProfileEditorViewModel.test");
        steps.clear();
        testResult.set("Testing...");
        testOutcome.set(TestOutcome.RUNNING);
        testDisabled.set(true);
        connection
                .service()
                .test(form(), step -> FxThread.later(() -> upsert(step)))
                .whenComplete((passed, failure) -> FxThread.later(() -> {
                    boolean ok = failure == null && Boolean.TRUE.equals(passed);
                    testResult.set(
                            ok
                                    ? "All checks passed: this profile connects."
                                    : failure != null
                                            ? "The test stopped: " + failure.getMessage()
                                            : "The connection fails: see the step marked with a cross for what to do.");
                    testOutcome.set(ok ? TestOutcome.PASSED : TestOutcome.FAILED);
                    validate();
                }));
    }

    /** A step the doctor reports again (running, then its result) replaces its earlier line. */
    private void upsert(DoctorStep step) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(step.id())) {
                steps.set(i, step);
                return;
            }
        }
        steps.add(step);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public ObjectProperty<ConnectionService.IdentityChoice> identityProperty() {
        return identity;
    }

    /** The stored identities to choose from. */
    public ObservableList<ConnectionService.IdentityChoice> identities() {
        return connection.identities();
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public BooleanProperty mqtt5Property() {
        return mqtt5;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    /** One filter a line. */
    public StringProperty subscriptionsProperty() {
        return subscriptions;
    }

    /** Comma-separated trust anchor names; empty means every stored anchor. */
    public StringProperty anchorsProperty() {
        return anchors;
    }

    public StringProperty sessionMinutesProperty() {
        return sessionMinutes;
    }

    /** The line under a field (one of {@link #FIELDS}): its problem once shown, or "". */
    public ReadOnlyStringProperty errorProperty(String field) {
        ReadOnlyStringWrapper error = errors.get(field);
        if (error == null) {
            throw new IllegalArgumentException("no field " + field + "; one of " + FIELDS);
        }
        return error.getReadOnlyProperty();
    }

    /** True when the protocol line is a warning (MQTT 3.1.1), not an error. */
    public ReadOnlyBooleanProperty protocolWarningProperty() {
        return protocolWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionHintProperty() {
        return sessionHint.getReadOnlyProperty();
    }

    /** The client ID field's prompt: the chosen certificate's CN, used when the field is left empty. */
    public ReadOnlyStringProperty clientIdPromptProperty() {
        return clientIdPrompt.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty saveDisabledProperty() {
        return saveDisabled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testDisabledProperty() {
        return testDisabled.getReadOnlyProperty();
    }

    /** The doctor's verdict in words ("" before a test). */
    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TestOutcome> testOutcomeProperty() {
        return testOutcome.getReadOnlyProperty();
    }

    /** The doctor's steps, one line per step, updated as they run. */
    public ObservableList<DoctorStep> steps() {
        return steps;
    }
}
