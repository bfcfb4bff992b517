package com.springcoreexplorer.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.ui.fx.Background;
import com.springcoreexplorer.ui.testing.Fx;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The profile editor's state without its window: what it says under each field, when, and what Save and Test do. */
class ProfileEditorViewModelTest {

    private static final ConnectionService.IdentityChoice WATCHER =
            new ConnectionService.IdentityChoice("Watcher", "ui-watcher", Role.WATCHER);
    private static final ProfileForm SITE_A = new ProfileForm(
            "Site A",
            "broker.example.com",
            8883,
            "Watcher",
            List.of(),
            "",
            true,
            ProfileForm.DEFAULT_PREFIX,
            List.of(ProfileForm.DEFAULT_PREFIX + "/#"),
            90);

    private final FakeService service = new FakeService();
    private Background background;
    private ConnectionViewModel connection;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void connection() {
        background = new Background();
        connection = Fx.get(() -> {
            ConnectionViewModel made = new ConnectionViewModel(service, background);
            made.identities().setAll(WATCHER);
            made.profiles().setAll(SITE_A);
            return made;
        });
    }

    @AfterEach
    void close() {
        background.close();
    }

    @Test
    void anUntouchedNewFormShowsNoProblemButSaveShowsThemAll() {
        ProfileEditorViewModel model = Fx.get(() -> new ProfileEditorViewModel(connection, null));
        Fx.run(() -> {
            for (String field : ProfileEditorViewModel.FIELDS) {
                assertThat(model.errorProperty(field).get()).as(field).isEmpty();
            }
            assertThat(model.saveDisabledProperty().get())
                    .as("Save stays pressable")
                    .isFalse();
            assertThat(model.testDisabledProperty().get())
                    .as("no host, no certificate: no test")
                    .isTrue();

            model.save(() -> {
                throw new AssertionError("an incomplete form was saved");
            });

            assertThat(model.errorProperty("name").get()).isEqualTo("Give the profile a name, e.g. \"Site A broker\"");
            assertThat(model.errorProperty("host").get()).isEqualTo("Enter the broker's host name or IP address");
            assertThat(model.errorProperty("identity").get())
                    .isEqualTo("Choose the certificate to connect with (import one in Certificates first)");
            assertThat(model.errorProperty("port").get())
                    .as("the default port is fine")
                    .isEmpty();
            assertThat(model.saveDisabledProperty().get()).isTrue();
        });
        assertThat(service.saved).isEmpty();
    }

    @Test
    void aTypedBadFilterIsNamedInOneLineAndOnlyThatFieldSpeaks() {
        ProfileEditorViewModel model = Fx.get(() -> new ProfileEditorViewModel(connection, null));
        Fx.run(() -> {
            model.subscriptionsProperty().set("springcard/springcore/#\nspringcard/#/status");

            assertThat(model.errorProperty("subscriptions").get())
                    .isEqualTo("'#' must be a whole level and the last one (e.g. springcard/#), not "
                            + "'springcard/#/status'")
                    .doesNotContain("\n");
            assertThat(model.errorProperty("host").get())
                    .as("untouched host still quiet")
                    .isEmpty();
            assertThat(model.errorProperty("name").get())
                    .as("untouched name still quiet")
                    .isEmpty();
            assertThat(model.saveDisabledProperty().get()).isTrue();

            model.subscriptionsProperty().set("springcard/+/status");
            assertThat(model.errorProperty("subscriptions").get()).isEmpty();
            assertThat(model.saveDisabledProperty().get()).isFalse();
        });
    }

    @Test
    void anotherProfilesNameIsTakenButTheEditedProfileKeepsItsOwn() {
        ProfileEditorViewModel fresh = Fx.get(() -> new ProfileEditorViewModel(connection, null));
        ProfileEditorViewModel editing = Fx.get(() -> new ProfileEditorViewModel(connection, SITE_A));
        Fx.run(() -> {
            fresh.nameProperty().set("Site A");
            assertThat(fresh.errorProperty("name").get())
                    .isEqualTo("A profile named \"Site A\" exists already: choose another name");

            editing.hostProperty().set("broker2.example.com");
            editing.nameProperty().set("Site A");
            assertThat(editing.errorProperty("name").get()).isEmpty();
            assertThat(editing.identityProperty().get())
                    .as("the stored identity is chosen")
                    .isEqualTo(WATCHER);
            assertThat(editing.clientIdPromptProperty().get()).isEqualTo("ui-watcher (the certificate's CN)");
            assertThat(editing.testDisabledProperty().get()).isFalse();
        });
    }

    @Test
    void untouchedSessionMinutesKeepTheStoredSecondsAndTypedMinutesBecomeSeconds() {
        ProfileEditorViewModel model = Fx.get(() -> new ProfileEditorViewModel(connection, SITE_A));
        Fx.run(() -> {
            assertThat(model.sessionMinutesProperty().get())
                    .as("90 s rounded up")
                    .isEqualTo("2");
            assertThat(model.form().sessionExpirySeconds()).isEqualTo(90);
            assertThat(model.sessionHintProperty().get()).contains("for up to 90 s");

            model.sessionMinutesProperty().set("1h");
            assertThat(model.errorProperty("session").get()).isEqualTo("Whole minutes, e.g. 60 for an hour");
            assertThat(model.form().sessionExpirySeconds()).isZero();
            assertThat(model.saveDisabledProperty().get()).isTrue();

            model.sessionMinutesProperty().set("45");
            assertThat(model.errorProperty("session").get()).isEmpty();
            assertThat(model.form().sessionExpirySeconds()).isEqualTo(45 * 60);
            assertThat(model.sessionHintProperty().get()).contains("for up to 45 minutes");

            model.mqtt5Property().set(false);
            assertThat(model.protocolWarningProperty().get()).isTrue();
            assertThat(model.errorProperty("protocol").get())
                    .isEqualTo("MQTT 3.1.1: the broker drops refused publishes silently; they look sent");
            assertThat(model.sessionHintProperty().get()).startsWith("MQTT 3.1.1 has no time limit");
            assertThat(model.saveDisabledProperty().get())
                    .as("a warning does not block Save")
                    .isFalse();
        });
    }

    @Test
    void saveHandsTheEngineTheFormAsTypedAndClosesOnSuccess() {
        ProfileEditorViewModel model = Fx.get(() -> new ProfileEditorViewModel(connection, null));
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Fx.run(() -> {
            model.nameProperty().set("  Site B ");
            model.hostProperty().set("10.0.0.7");
            model.portProperty().set(" 8884");
            model.identityProperty().set(WATCHER);
            model.clientIdProperty().set(" reader-7 ");
            model.mqtt5Property().set(false);
            model.prefixProperty().set("acme/readers");
            model.subscriptionsProperty().set("acme/readers/#\n\n  acme/+/status  \n");
            model.anchorsProperty().set("Root CA, , Cloud CA");
            model.sessionMinutesProperty().set("90");
            model.save(() -> closed.complete(null));
        });
        closed.orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join();

        assertThat(service.saved)
                .containsExactly(new ProfileForm(
                        "Site B",
                        "10.0.0.7",
                        8884,
                        "Watcher",
                        List.of("Root CA", "Cloud CA"),
                        "reader-7",
                        false,
                        "acme/readers",
                        List.of("acme/readers/#", "acme/+/status"),
                        90 * 60));
        assertThat(Fx.get(() -> connection.selectedProfileProperty().get())).isEqualTo("Site B");
    }

    @Test
    void theEnginesRefusalIsShownUnderItsFieldAndSaveCanBePressedAgain() {
        service.refusal = new UserFacingException("anchors", "No trust anchor stored: add the CA ...");
        ProfileEditorViewModel model = Fx.get(() -> new ProfileEditorViewModel(connection, SITE_A));
        Fx.run(() -> model.save(() -> {
            throw new AssertionError("closed although the engine refused");
        }));
        Fx.await(
                "the refusal shown", () -> !model.errorProperty("anchors").get().isEmpty());
        assertThat(Fx.get(() -> model.errorProperty("anchors").get()))
                .isEqualTo("No trust anchor stored: add the CA ...");
        assertThat(Fx.get(() -> model.saveDisabledProperty().get())).isFalse();

        service.refusal = new UserFacingException("", "The profile file is read-only: check its permissions");
        Fx.run(() -> model.save(() -> {}));
        Fx.await(
                "a refusal without a field shown under Name",
                () -> !model.errorProperty("name").get().isEmpty());
        assertThat(Fx.get(() -> model.errorProperty("name").get()))
                .isEqualTo("The profile file is read-only: check its permissions");
    }

    @Test
    void testShowsEachDoctorStepOnceWithItsLatestStatusAndTheVerdict() {
        service.doctorSteps = List.of(
                new DoctorStep("dns", "Name resolution", DoctorStep.Status.RUNNING, "", ""),
                new DoctorStep("dns", "Name resolution", DoctorStep.Status.PASSED, "127.0.0.1", ""),
                new DoctorStep("tcp", "TCP connection", DoctorStep.Status.RUNNING, "", ""),
                new DoctorStep("tcp", "TCP connection", DoctorStep.Status.FAILED, "refused", "Start the broker"));
        ProfileEditorViewModel model = Fx.get(() -> new ProfileEditorViewModel(connection, SITE_A));
        Fx.run(() -> {
            model.test();
            assertThat(model.testOutcomeProperty().get()).isEqualTo(ProfileEditorViewModel.TestOutcome.RUNNING);
            assertThat(model.testResultProperty().get()).isEqualTo("Testing...");
            assertThat(model.testDisabledProperty().get())
                    .as("one test at a time")
                    .isTrue();
        });
        Fx.await("the verdict", () -> model.testOutcomeProperty().get() != ProfileEditorViewModel.TestOutcome.RUNNING);

        Fx.run(() -> {
            assertThat(model.steps())
                    .extracting(DoctorStep::id, DoctorStep::status)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("dns", DoctorStep.Status.PASSED),
                            org.assertj.core.groups.Tuple.tuple("tcp", DoctorStep.Status.FAILED));
            assertThat(model.testOutcomeProperty().get()).isEqualTo(ProfileEditorViewModel.TestOutcome.FAILED);
            assertThat(model.testResultProperty().get())
                    .isEqualTo("The connection fails: see the step marked with a cross for what to do.");
            assertThat(model.testDisabledProperty().get()).isFalse();
        });
        assertThat(service.tested).singleElement().isEqualTo(SITE_A);
    }

    /** The engine port as the editor uses it: saves are recorded, the doctor plays given steps. */
    private static final class FakeService implements ConnectionService {
        final List<ProfileForm> saved = new CopyOnWriteArrayList<>();
        final List<ProfileForm> tested = new CopyOnWriteArrayList<>();
        volatile UserFacingException refusal;
        volatile List<DoctorStep> doctorSteps = List.of();

        @Override
        public List<ProfileForm> profiles() {
            List<ProfileForm> all = new java.util.ArrayList<>(List.of(SITE_A));
            all.addAll(saved);
            return all;
        }

        @Override
        public void save(ProfileForm profile) throws UserFacingException {
            if (refusal != null) {
                throw refusal;
            }
            saved.add(profile);
        }

        @Override
        public void remove(String profileName) {}

        @Override
        public List<IdentityChoice> identities() {
            return List.of(WATCHER);
        }

        @Override
        public List<String> trustAnchors() {
            return List.of("Root CA");
        }

        @Override
        public CompletableFuture<Void> connect(String profileName) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> disconnect() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public AutoCloseable onStatus(Consumer<ConnectionStatus> listener) {
            listener.accept(ConnectionStatus.NOT_CONNECTED);
            return () -> {};
        }

        @Override
        public CompletableFuture<Boolean> test(ProfileForm profile, Consumer<DoctorStep> steps) {
            tested.add(profile);
            return CompletableFuture.supplyAsync(() -> {
                doctorSteps.forEach(steps);
                return doctorSteps.stream().noneMatch(step -> step.status() == DoctorStep.Status.FAILED);
            });
        }
    }
}
