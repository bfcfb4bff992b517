package com.springcoreexplorer.mqtt.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.certstore.pki.CertificateIssuer;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.connection.ConnectionException;
import com.springcoreexplorer.mqtt.connection.ConnectionFailures;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.ConnectionProblem;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.PasswordSource;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.MqttProtocol;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The connection doctor against a real mosquitto: every step named, first failure explained. */
class ConnectionDoctorTest {

    private static SpringCorePki pki;
    private static MosquittoBroker broker;
    private final ConnectionDoctor doctor = ConnectionDoctor.withTimeout(Duration.ofSeconds(5));

    @BeforeAll
    static void start() {
        pki = SpringCorePki.generate("Doctor test");
        broker = MosquittoBroker.builder(pki)
                .watcher("watcher")
                .control("control")
                .start();
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    private static ConnectionProfile.Builder profile(MosquittoBroker target, String identity) {
        return ConnectionProfile.builder(identity)
                .host(target.host())
                .port(target.port())
                .identity(identity)
                .trustAnchors("root");
    }

    private static TlsMaterial control() {
        return TestTls.material(
                pki.controlCertificate("control"), Role.CONTROL, pki.root().certificate());
    }

    private DoctorReport check(ConnectionProfile profile, TlsMaterial material) {
        return doctor.runNow(profile, material, PasswordSource.NONE, DoctorListener.NONE);
    }

    @Test
    void everyStepPassesForAControlAndTheListenerHearsThemLive() throws Exception {
        List<String> heard = new ArrayList<>();
        DoctorListener listener = new DoctorListener() {
            @Override
            public void stepStarted(DoctorStep step) {
                heard.add("start " + step);
            }

            @Override
            public void stepFinished(StepResult result) {
                heard.add(result.status() + " " + result.step());
            }
        };
        DoctorReport report = doctor.run(profile(broker, "control").build(), control(), PasswordSource.NONE, listener)
                .get(30, TimeUnit.SECONDS);

        assertThat(report.passed()).as(report.toString()).isTrue();
        assertThat(report.steps()).extracting(StepResult::step).containsExactly(DoctorStep.values());
        assertThat(report.steps())
                .filteredOn(r -> r.step() != DoctorStep.SESSION)
                .extracting(StepResult::status)
                .containsOnly(StepStatus.PASSED);
        // a clean-start profile keeps no session: nothing to check there
        assertThat(report.step(DoctorStep.SESSION).orElseThrow().status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(heard).startsWith("start DNS", "PASSED DNS", "start TCP", "PASSED TCP", "start TLS", "PASSED TLS");
        assertThat(heard).endsWith("start ROLE", "PASSED ROLE", "start SESSION", "SKIPPED SESSION");
        assertThat(report.tlsProtocol()).isIn("TLSv1.2", "TLSv1.3");
        assertThat(report.serverChain()).hasSize(2);
        assertThat(report.serverChain().get(0).issuer()).contains(SpringCorePki.CLOUD_CA);
        assertThat(report.serverChain().get(0).names()).contains("127.0.0.1");
        assertThat(report.step(DoctorStep.TLS).orElseThrow().details())
                .anySatisfy(line -> assertThat(line).startsWith("server certificate 1: "));
        assertThat(report.step(DoctorStep.ROLE).orElseThrow().summary()).startsWith("can publish");
    }

    @Test
    void aWatcherWhosePublishIsRefusedIsReportedAsExpected() {
        DoctorReport report = check(
                profile(broker, "watcher").build(),
                TestTls.material(
                        pki.watcherCertificate("watcher"),
                        Role.WATCHER,
                        pki.root().certificate()));
        assertThat(report.passed()).as(report.toString()).isTrue();
        StepResult role = report.step(DoctorStep.ROLE).orElseThrow();
        assertThat(role.status()).isEqualTo(StepStatus.PASSED);
        assertThat(role.summary())
                .isEqualTo("read-only, as expected for a Watcher: the test publish was refused (0x87 not authorized)");
    }

    @Test
    void aRogueClientCertificateIsExplained() {
        IssuedCertificate rogueRoot = CertificateIssuer.subject("CN=Rogue Root CA")
                .profile(CertificateIssuer.Profile.ROOT_CA)
                .issue();
        IssuedCertificate client =
                CertificateIssuer.subject("CN=control").issuedBy(rogueRoot).issue();
        DoctorReport report = check(
                profile(broker, "rogue").build(),
                TestTls.material(client, Role.UNKNOWN, pki.root().certificate()));

        StepResult failure = report.firstFailure().orElseThrow();
        assertThat(failure.step()).as(report.toString()).isEqualTo(DoctorStep.CLIENT_CERTIFICATE);
        assertThat(failure.summary())
                .contains(ConnectionFailures.BROKER_DISTRUSTS_OUR_CA)
                .contains("unknown_ca");
        assertThat(failure.details()).anySatisfy(line -> assertThat(line).contains("CN=Rogue Root CA"));
        assertThat(report.step(DoctorStep.TLS).orElseThrow().status()).isEqualTo(StepStatus.PASSED);
        assertThat(report.step(DoctorStep.MQTT_CONNECT).orElseThrow().status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(report.step(DoctorStep.MQTT_CONNECT).orElseThrow().summary())
                .isEqualTo("not run: Client certificate failed");
    }

    @Test
    void aHostnameMismatchIsNamedWithTheCertificateNames() {
        try (MosquittoBroker other = MosquittoBroker.builder(pki)
                .control("control")
                .serverNames("broker.example.com", "broker.example.com")
                .start()) {
            DoctorReport report = check(profile(other, "control").build(), control());
            StepResult failure = report.firstFailure().orElseThrow();
            assertThat(failure.step()).isEqualTo(DoctorStep.TLS);
            assertThat(failure.summary())
                    .isEqualTo(
                            "hostname mismatch: the broker's certificate is for broker.example.com, not for '127.0.0.1'");
            assertThat(failure.fix()).contains("server name (SNI)");

            DoctorReport unverified =
                    check(profile(other, "control").hostnameVerification(false).build(), control());
            assertThat(unverified.passed()).as(unverified.toString()).isTrue();
            assertThat(unverified.step(DoctorStep.TLS).orElseThrow().details())
                    .contains("warning: " + ConnectionProfile.WARNING_NO_HOSTNAME_VERIFICATION);

            DoctorReport bySni = check(
                    profile(other, "control").serverName("broker.example.com").build(), control());
            assertThat(bySni.passed())
                    .as("SNI name matches the certificate: " + bySni)
                    .isTrue();

            // the same three cases through MqttConnection (HiveMQ's TLS path)
            ConnectionOptions options =
                    ConnectionOptions.builder(m -> {}).autoReconnect(false).build();
            try (MqttConnection mismatch =
                    MqttConnection.create(profile(other, "control").build(), control(), options)) {
                assertThatThrownBy(() -> mismatch.connect().join())
                        .satisfies(thrown -> assertThat(
                                        ConnectionException.problemOf(thrown).kind())
                                .isEqualTo(ConnectionProblem.Kind.HOSTNAME_MISMATCH));
            }
            try (MqttConnection off = MqttConnection.create(
                            profile(other, "control")
                                    .clientId("c-off")
                                    .hostnameVerification(false)
                                    .build(),
                            control(),
                            options);
                    MqttConnection sni = MqttConnection.create(
                            profile(other, "control")
                                    .clientId("c-sni")
                                    .serverName("broker.example.com")
                                    .build(),
                            control(),
                            options)) {
                off.connect().join();
                sni.connect().join();
                assertThat(off.warnings()).contains(ConnectionProfile.WARNING_NO_HOSTNAME_VERIFICATION);
                assertThat(sni.state().isConnected()).isTrue();
            }
        }
    }

    @Test
    void anUntrustedBrokerCaIsNamed() {
        TlsMaterial trustingSomethingElse = TestTls.material(
                pki.controlCertificate("control"),
                Role.CONTROL,
                SpringCorePki.generate("Elsewhere").root().certificate());
        DoctorReport report = check(profile(broker, "control").build(), trustingSomethingElse);
        StepResult failure = report.firstFailure().orElseThrow();
        assertThat(failure.step()).isEqualTo(DoctorStep.TLS);
        assertThat(failure.summary())
                .startsWith("the broker's certificate is not trusted: its chain ends at")
                .contains(SpringCorePki.ROOT_CA);
        assertThat(report.serverChain()).isNotEmpty();
    }

    @Test
    void aClosedPortAndAnUnknownHostAreNamed() {
        DoctorReport refused = check(
                profile(broker, "control").port(MosquittoBroker.freePort()).build(), control());
        assertThat(refused.firstFailure().orElseThrow().step()).isEqualTo(DoctorStep.TCP);
        assertThat(refused.firstFailure().orElseThrow().summary()).contains("refused");

        DoctorReport unknown =
                check(profile(broker, "control").host("no-such-broker.invalid").build(), control());
        assertThat(unknown.firstFailure().orElseThrow().step()).isEqualTo(DoctorStep.DNS);
        assertThat(unknown.firstFailure().orElseThrow().summary())
                .isEqualTo("the host name 'no-such-broker.invalid' does not resolve");
    }

    @Test
    void overMqtt311TheRoleCannotBeTestedAndSaysSo() {
        DoctorReport report = check(
                profile(broker, "control").protocol(MqttProtocol.MQTT_3_1_1).build(), control());
        assertThat(report.passed()).isTrue();
        StepResult role = report.step(DoctorStep.ROLE).orElseThrow();
        assertThat(role.status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(role.summary()).contains("3.1.1");
        assertThat(report.step(DoctorStep.MQTT_CONNECT).orElseThrow().details())
                .contains("warning: " + ConnectionProfile.WARNING_MQTT_3);
    }

    @Test
    void aClientIdOtherThanTheCnIsPointedOut() {
        DoctorReport report =
                check(profile(broker, "control").clientId("not-the-cn").build(), control());
        assertThat(report.step(DoctorStep.MQTT_CONNECT).orElseThrow().details())
                .anySatisfy(line -> assertThat(line).contains("differs from the certificate CN 'control'"));
    }

    @Test
    void aSessionTheDoctorStartsIsCheckedThenEndedSoTheBrokerIsLeftAsItWas() {
        ConnectionProfile persistent = profile(broker, "watcher")
                .clientId("doctor-new-session")
                .sessionExpiry(600)
                .build();
        DoctorReport report = check(persistent, watcher());
        assertThat(report.passed()).as(report.toString()).isTrue();
        assertThat(report.step(DoctorStep.MQTT_CONNECT).orElseThrow().details())
                .contains(
                        "session: kept 10 min while offline; the broker had no session for 'doctor-new-session' and started one");
        StepResult session = report.step(DoctorStep.SESSION).orElseThrow();
        assertThat(session.status()).isEqualTo(StepStatus.PASSED);
        assertThat(session.summary())
                .isEqualTo("the broker keeps your session: after a disconnect it resumed it (session present)");
        assertThat(session.details())
                .containsExactly(
                        "setting: kept 10 min while offline",
                        "the doctor started this session, so it ended it again: the broker is left as it was");

        try (MqttConnection after = MqttConnection.create(
                persistent,
                watcher(),
                ConnectionOptions.builder(m -> {}).autoReconnect(false).build())) {
            after.connect().join();
            assertThat(after.state().sessionPresent())
                    .as("no session left behind by the doctor")
                    .isFalse();
        }
    }

    @Test
    void aResumedSessionIsReportedAndTheDoctorLeavesItsQueuedMessagesForTheRealClient() {
        ConnectionProfile persistent = profile(broker, "watcher")
                .clientId("doctor-session")
                .sessionExpiry(600)
                .subscriptions(List.of(new SubscriptionSpec(MosquittoBroker.DEFAULT_PREFIX + "/+/rdr/evt", 1)))
                .build();
        List<String> received = new CopyOnWriteArrayList<>();
        ConnectionOptions inbox = ConnectionOptions.builder(
                        m -> received.add(new String(m.payload(), StandardCharsets.UTF_8)))
                .autoReconnect(false)
                .build();
        try (MqttConnection owner = MqttConnection.create(persistent, watcher(), inbox)) {
            owner.connect().join();
        }

        // sent while the session's owner is away: the broker queues them
        List<String> queued = List.of("one", "two", "three");
        ConnectionOptions quiet =
                ConnectionOptions.builder(m -> {}).autoReconnect(false).build();
        try (MqttConnection control = MqttConnection.create(
                profile(broker, "control").subscriptions(List.of()).build(), control(), quiet)) {
            control.connect().join();
            queued.forEach(payload -> assertThat(control.publish(
                                    MosquittoBroker.DEFAULT_PREFIX + "/DA1275B0/rdr/evt",
                                    payload.getBytes(StandardCharsets.UTF_8),
                                    1,
                                    false)
                            .join()
                            .isAccepted())
                    .isTrue());
        }

        DoctorReport report = check(persistent, watcher());
        assertThat(report.passed()).as(report.toString()).isTrue();
        assertThat(report.step(DoctorStep.MQTT_CONNECT).orElseThrow().details())
                .contains(
                        "session: kept 10 min while offline; the broker resumed the session it kept for 'doctor-session' (session present)");
        assertThat(report.step(DoctorStep.SESSION).orElseThrow().details())
                .containsExactly("setting: kept 10 min while offline");

        // the doctor saw them but acknowledged none: the real client still gets every one, in order
        try (MqttConnection owner = MqttConnection.create(persistent, watcher(), inbox)) {
            owner.connect().join();
            assertThat(owner.state().sessionPresent()).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= queued.size());
            assertThat(received).containsExactlyElementsOf(queued);
        }
    }

    private static TlsMaterial watcher() {
        return TestTls.material(
                pki.watcherCertificate("watcher"), Role.WATCHER, pki.root().certificate());
    }
}
