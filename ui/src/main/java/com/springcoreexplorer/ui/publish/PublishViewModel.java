package com.springcoreexplorer.ui.publish;

import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.mqtt.topic.TopicFilters;
import com.springcoreexplorer.ui.fx.FxThread;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The publish panel's state. Publishing is allowed only when connected with an identity whose role
 * may publish; otherwise {@link #disabledReason()} says why, before the user tries. The broker's
 * verdict (accepted, or refused with its reason code) lands in {@link #outcomeProperty()} right
 * under the Publish button.
 */
public final class PublishViewModel {

    /** Sent messages kept for re-use. */
    static final int MAX_HISTORY = 50;

    private final PublishService service;
    private final ReaderCommands commands;
    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty payload = new SimpleStringProperty("");
    private final ObjectProperty<PayloadFormat> format = new SimpleObjectProperty<>(PayloadFormat.TEXT);
    private final IntegerProperty qos = new SimpleIntegerProperty(1);
    private final BooleanProperty retain = new SimpleBooleanProperty(false);
    private final StringProperty userProperties = new SimpleStringProperty("");
    private final BooleanProperty connected = new SimpleBooleanProperty(false);
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.UNKNOWN);
    private final BooleanProperty sending = new SimpleBooleanProperty(false);
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final ObservableList<Sent> history = FXCollections.observableArrayList();
    private final StringBinding disabledReason;
    private final StringBinding payloadProblem;
    private final StringBinding topicProblem;
    private final StringBinding userPropertiesProblem;
    private final BooleanBinding canPublish;

    public PublishViewModel(PublishService service, ReaderCommands commands) {
        this.service = service;
        this.commands = commands;
        disabledReason = Bindings.createStringBinding(
                () -> {
                    if (!connected.get()) {
                        return "Not connected: connect to publish.";
                    }
                    // a Device may publish under its own topics: the broker's verdict says the rest
                    return role.get() == Role.WATCHER
                            ? "Watcher certificate: the broker lets a Watcher read every topic but publish none. "
                                    + "Connect with a Control certificate to send messages."
                            : "";
                },
                connected,
                role);
        payloadProblem = Bindings.createStringBinding(() -> format.get().problem(payload.get()), format, payload);
        topicProblem = Bindings.createStringBinding(() -> topicProblem(topic.get()), topic);
        userPropertiesProblem =
                Bindings.createStringBinding(() -> parseUserProperties(userProperties.get()).problem, userProperties);
        canPublish = Bindings.createBooleanBinding(
                () -> connected.get()
                        && role.get() != Role.WATCHER
                        && !sending.get()
                        && topicProblem.get().isEmpty()
                        && payloadProblem.get().isEmpty()
                        && userPropertiesProblem.get().isEmpty(),
                connected,
                role,
                sending,
                topicProblem,
                payloadProblem,
                userPropertiesProblem);
    }

    static String topicProblem(String topic) {
        if (topic == null || topic.isEmpty()) {
            return "Enter a topic, e.g. springcard/springcore/DA1275B0/rdr/cmd";
        }
        if (TopicFilters.hasWildcard(topic)) {
            return "A topic to publish to cannot hold the wildcards + or #";
        }
        if (topic.indexOf('\0') >= 0) {
            return "A topic cannot hold the NUL character";
        }
        return "";
    }

    private record ParsedProperties(List<Map.Entry<String, String>> entries, String problem) {}

    private static ParsedProperties parseUserProperties(String text) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                return new ParsedProperties(List.of(), "User property line " + (i + 1) + ": write name=value");
            }
            entries.add(new AbstractMap.SimpleImmutableEntry<>(
                    line.substring(0, equals).strip(),
                    line.substring(equals + 1).strip()));
        }
        return new ParsedProperties(entries, "");
    }

    /** FX thread: sends the message as typed; the verdict arrives in {@link #outcomeProperty()}. */
    public void publish() {
        FxThread.check("PublishViewModel.publish");
        if (!canPublish.get()) {
            return;
        }
        PublishRequest request = new PublishRequest(
                topic.get(),
                format.get().bytes(payload.get()),
                qos.get(),
                retain.get(),
                parseUserProperties(userProperties.get()).entries());
        Sent sent = new Sent(
                Instant.now(), topic.get(), payload.get(), format.get(), qos.get(), retain.get(), userProperties.get());
        send(service.publish(request), sent);
    }

    /** FX thread: clears the retained message of the topic (Control). */
    public void clearRetained() {
        FxThread.check("PublishViewModel.clearRetained");
        if (!connected.get()
                || role.get() == Role.WATCHER
                || !topicProblem.get().isEmpty()) {
            return;
        }
        send(service.clearRetained(topic.get()), null);
    }

    private void send(java.util.concurrent.CompletableFuture<PublishResult> future, Sent sent) {
        sending.set(true);
        outcome.set(new Outcome(Outcome.Kind.PENDING, "Sending..."));
        future.whenComplete((result, failure) -> FxThread.later(() -> {
            sending.set(false);
            if (failure != null) {
                outcome.set(new Outcome(Outcome.Kind.FAILED, "Not sent: " + failure.getMessage()));
            } else if (result.accepted()) {
                outcome.set(new Outcome(Outcome.Kind.ACCEPTED, result.message()));
                if (sent != null) {
                    history.addFirst(sent);
                    if (history.size() > MAX_HISTORY) {
                        history.removeLast();
                    }
                }
            } else {
                outcome.set(new Outcome(
                        result.notAuthorized() ? Outcome.Kind.REFUSED : Outcome.Kind.FAILED, result.message()));
            }
        }));
    }

    /** FX thread: puts a SpringCore command for {@code deviceId} into the editor (text without checksum); returns the problem or "". */
    public String fillCommand(String deviceId, String sequence, String leds, String buzzerMs, boolean textFormat) {
        return fillCommand(deviceId, sequence, leds, buzzerMs, textFormat, CommandChecksum.NONE);
    }

    /** FX thread: puts a SpringCore command for {@code deviceId} into the editor; returns the problem or "". */
    public String fillCommand(
            String deviceId,
            String sequence,
            String leds,
            String buzzerMs,
            boolean textFormat,
            CommandChecksum checksum) {
        FxThread.check("PublishViewModel.fillCommand");
        if (deviceId == null || deviceId.isBlank()) {
            return "Pick a reader (select one in the Readers list)";
        }
        ReaderCommands.CommandDraft draft = commands.build(deviceId, sequence, leds, buzzerMs, textFormat, checksum);
        if (!draft.ok()) {
            return draft.problem();
        }
        topic.set(draft.topic());
        format.set(textFormat ? PayloadFormat.TEXT : PayloadFormat.JSON);
        payload.set(draft.payload());
        qos.set(1);
        retain.set(false);
        return "";
    }

    /** What the typed sequence is, for the form: "60 = Access Granted"; "" when empty; a problem sentence when neither name nor hex. */
    public String sequenceEcho(String typed) {
        String echo = commands.sequenceEcho(typed);
        return echo != null
                ? echo
                : "'" + typed.strip() + "' is neither a sequence name nor a hex byte (e.g. 60 or 0x60)";
    }

    /** The documented sequence names, for completion. */
    public List<String> sequenceNames() {
        return commands.sequenceNames();
    }

    /** FX thread: puts a sent message back into the editor. */
    public void reuse(Sent sent) {
        topic.set(sent.topic());
        format.set(sent.format());
        payload.set(sent.payload());
        qos.set(sent.qos());
        retain.set(sent.retain());
        userProperties.set(sent.userProperties());
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public StringProperty payloadProperty() {
        return payload;
    }

    public ObjectProperty<PayloadFormat> formatProperty() {
        return format;
    }

    public IntegerProperty qosProperty() {
        return qos;
    }

    public BooleanProperty retainProperty() {
        return retain;
    }

    public StringProperty userPropertiesProperty() {
        return userProperties;
    }

    public BooleanProperty connectedProperty() {
        return connected;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public ObservableList<Sent> history() {
        return history;
    }

    public StringBinding disabledReason() {
        return disabledReason;
    }

    public StringBinding payloadProblem() {
        return payloadProblem;
    }

    public StringBinding topicProblemBinding() {
        return topicProblem;
    }

    public StringBinding userPropertiesProblem() {
        return userPropertiesProblem;
    }

    public BooleanBinding canPublish() {
        return canPublish;
    }

    /** The verdict on the last send. */
    public record Outcome(Kind kind, String message) {
        public enum Kind {
            PENDING,
            ACCEPTED,
            REFUSED,
            FAILED
        }
    }

    /** A sent message, for the history. */
    public record Sent(
            Instant at,
            String topic,
            String payload,
            PayloadFormat format,
            int qos,
            boolean retain,
            String userProperties) {}
}
