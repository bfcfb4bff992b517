package com.springcoreexplorer.mqtt.connection;

import static com.springcoreexplorer.mqtt.connection.Fixtures.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.connection.ConnectionProblem.Kind;
import com.springcoreexplorer.mqtt.connection.ConnectionState.Phase;
import com.springcoreexplorer.mqtt.connection.Fixtures.Inbox;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.MqttProtocol;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MqttConnection against a real mosquitto with mutual TLS and the SpringCore role ACL. */
class MqttConnectionTest {

    private static SpringCorePki pki;
    private static MosquittoBroker broker;

    @BeforeAll
    static void start() {
        pki = SpringCorePki.generate("Connection test");
        broker = MosquittoBroker.builder(pki)
                .watcher("watcher")
                .watcher("watcher3")
                .control("control")
                .control("twin")
                .webSockets(true)
                .start();
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachRoleConnectsAndTheControlReachesTheWatcherAndTheDevice() {
        Inbox watcherInbox = new Inbox();
        Inbox deviceInbox = new Inbox();
        try (MqttConnection watcher = MqttConnection.create(
                        Fixtures.profile(broker, "watcher").build(),
                        Fixtures.watcher(pki, "watcher"),
                        Fixtures.fast(watcherInbox));
                MqttConnection control = MqttConnection.create(
                        Fixtures.profile(broker, "control").build(),
                        Fixtures.control(pki, "control"),
                        Fixtures.fast(m -> {}));
                MqttConnection device = MqttConnection.create(
                        Fixtures.profile(broker, "device")
                                .subscribe(PREFIX + "/16051974/#")
                                .build(),
                        Fixtures.device(pki, "16051974"),
                        Fixtures.fast(deviceInbox))) {

            List<SubscriptionResult> watcherSubscriptions = watcher.connect().join();
            assertThat(watcherSubscriptions).singleElement().satisfies(r -> {
                assertThat(r.filter()).isEqualTo(PREFIX + "/#");
                assertThat(r.granted()).isTrue();
            });
            control.connect().join();
            device.connect().join();
            assertThat(List.of(
                            watcher.state().phase(),
                            control.state().phase(),
                            device.state().phase()))
                    .containsOnly(Phase.CONNECTED);
            assertThat(watcher.clientId()).isEqualTo("watcher");
            assertThat(watcher.role()).isEqualTo(Role.WATCHER);

            PublishOutcome outcome = control.publish(
                            PREFIX + "/16051974/rdr/cmd",
                            utf8("{\"Sequence\":35}"),
                            1,
                            false,
                            List.of(Map.entry("origin", "test")))
                    .join();
            assertThat(outcome).isInstanceOf(PublishOutcome.Accepted.class);

            await().atMost(Duration.ofSeconds(5))
                    .until(() -> !watcherInbox.messages.isEmpty() && !deviceInbox.messages.isEmpty());
            var received = watcherInbox.messages.getFirst();
            assertThat(received.topic()).isEqualTo(PREFIX + "/16051974/rdr/cmd");
            assertThat(received.qos()).isEqualTo(1);
            assertThat(received.properties().userProperties()).containsExactly(Map.entry("origin", "test"));
            assertThat(deviceInbox.payloads()).containsExactly("{\"Sequence\":35}");

            PublishOutcome ownTopic = device.publish(
                            PREFIX + "/16051974/status", utf8("{\"State\":\"online,ready\"}"), 1, false)
                    .join();
            assertThat(ownTopic.isAccepted()).isTrue();
            PublishOutcome otherDevice = device.publish(PREFIX + "/OTHER/status", utf8("x"), 1, false)
                    .join();
            assertThat(otherDevice)
                    .isInstanceOfSatisfying(
                            PublishOutcome.Refused.class,
                            r -> assertThat(r.notAuthorized()).isTrue());
        }
    }

    @Test
    void aWatcherPublishIsRefusedWith0x87AsATypedOutcome() {
        try (MqttConnection watcher = MqttConnection.create(
                Fixtures.profile(broker, "watcher").clientId("watcher-pub").build(),
                Fixtures.watcher(pki, "watcher"),
                Fixtures.fast(m -> {}))) {
            watcher.connect().join();
            PublishOutcome outcome = watcher.publish(PREFIX + "/16051974/rdr/cmd", utf8("{\"Buzzer\":100}"), 1, false)
                    .join();
            assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Refused.class, refused -> {
                assertThat(refused.reasonCode()).isEqualTo(0x87);
                assertThat(refused.reasonName()).isEqualTo("NOT_AUTHORIZED");
                assertThat(refused.describe()).startsWith("not authorized");
            });
            assertThat(watcher.state().isConnected())
                    .as("mosquitto keeps the client after a refused publish")
                    .isTrue();
        }
    }

    @Test
    void subackResultsComePerFilterInOrder() {
        // mosquitto grants every subscription and filters delivery by the read ACL instead, so the
        // broker's refusals show up in publishes (0x87) rather than here
        try (MqttConnection device = MqttConnection.create(
                Fixtures.profile(broker, "device")
                        .subscriptions(List.of(
                                new SubscriptionSpec(PREFIX + "/7777/#", 2),
                                new SubscriptionSpec(PREFIX + "/7777/status", 0)))
                        .build(),
                Fixtures.device(pki, "7777"),
                Fixtures.fast(m -> {}))) {
            List<SubscriptionResult> results = device.connect().join();
            assertThat(results)
                    .extracting(SubscriptionResult::filter)
                    .containsExactly(PREFIX + "/7777/#", PREFIX + "/7777/status");
            assertThat(results).extracting(SubscriptionResult::grantedQos).containsExactly(2, 0);
            assertThat(results.get(0).describe()).isEqualTo(PREFIX + "/7777/#: granted QoS 2");
        }
    }

    @Test
    void mqtt311SubackResultsComePerFilterInOrderToo() {
        try (MqttConnection device = MqttConnection.create(
                Fixtures.profile(broker, "device")
                        .protocol(MqttProtocol.MQTT_3_1_1)
                        .subscriptions(List.of(
                                new SubscriptionSpec(PREFIX + "/7778/#", 2),
                                new SubscriptionSpec(PREFIX + "/7778/status", 0)))
                        .build(),
                Fixtures.device(pki, "7778"),
                Fixtures.fast(m -> {}))) {
            List<SubscriptionResult> results = device.connect().join();
            assertThat(results)
                    .extracting(SubscriptionResult::filter)
                    .containsExactly(PREFIX + "/7778/#", PREFIX + "/7778/status");
            assertThat(results).extracting(SubscriptionResult::grantedQos).containsExactly(2, 0);
            assertThat(results)
                    .extracting(SubscriptionResult::reasonName)
                    .containsExactly("SUCCESS_MAXIMUM_QOS_2", "SUCCESS_MAXIMUM_QOS_0");
        }
    }

    @Test
    void unsubscribeStopsOnlyTheGivenFiltersInBothProtocols() {
        for (MqttProtocol protocol : MqttProtocol.values()) {
            String base = PREFIX + "/unsubscribe-" + protocol.cliName();
            Inbox inbox = new Inbox();
            try (MqttConnection watcher = MqttConnection.create(
                            Fixtures.profile(broker, "watcher")
                                    .clientId("watcher-unsub-" + protocol.cliName())
                                    .protocol(protocol)
                                    .subscriptions(List.of(
                                            new SubscriptionSpec(base + "/a", 1),
                                            new SubscriptionSpec(base + "/b", 1),
                                            new SubscriptionSpec(base + "/c", 1)))
                                    .build(),
                            Fixtures.watcher(pki, "watcher"),
                            Fixtures.fast(inbox));
                    MqttConnection control = MqttConnection.create(
                            Fixtures.profile(broker, "control")
                                    .clientId("control-unsub-" + protocol.cliName())
                                    .build(),
                            Fixtures.control(pki, "control"),
                            Fixtures.fast(m -> {}))) {
                watcher.connect().join();
                control.connect().join();
                watcher.unsubscribe(List.of()).join();
                watcher.unsubscribe(List.of(base + "/a", base + "/b")).join();
                for (String topic : List.of("a", "b", "c")) {
                    assertThat(control.publish(base + "/" + topic, utf8(topic), 1, false)
                                    .join()
                                    .isAccepted())
                            .isTrue();
                }
                // one publisher, one subscriber: had a or b been delivered, it would have come before c
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> inbox.payloads().contains("c"));
                assertThat(inbox.payloads()).as(protocol.displayName()).containsExactly("c");
            }
        }
    }

    @Test
    void clearingARetainedTopicRemovesTheRetainedMessage() {
        String topic = PREFIX + "/5555/status";
        try (MqttConnection control = MqttConnection.create(
                Fixtures.profile(broker, "control").clientId("control-retain").build(),
                Fixtures.control(pki, "control"),
                Fixtures.fast(m -> {}))) {
            control.connect().join();
            assertThat(control.publish(topic, utf8("{\"State\":\"offline\"}"), 1, true)
                            .join()
                            .isAccepted())
                    .isTrue();
            Inbox before = new Inbox();
            try (MqttConnection watcher = MqttConnection.create(
                    Fixtures.profile(broker, "watcher")
                            .subscriptions(List.of(SubscriptionSpec.of(topic)))
                            .clientId("watcher-r1")
                            .build(),
                    Fixtures.watcher(pki, "watcher"),
                    Fixtures.fast(before))) {
                watcher.connect().join();
                await().atMost(Duration.ofSeconds(5)).until(() -> !before.messages.isEmpty());
                assertThat(before.messages.getFirst().retain()).isTrue();
            }
            assertThat(control.clearRetained(topic).join().isAccepted()).isTrue();
            Inbox after = new Inbox();
            try (MqttConnection watcher = MqttConnection.create(
                    Fixtures.profile(broker, "watcher")
                            .subscriptions(List.of(SubscriptionSpec.of(topic)))
                            .clientId("watcher-r2")
                            .build(),
                    Fixtures.watcher(pki, "watcher"),
                    Fixtures.fast(after))) {
                watcher.connect().join();
                control.publish(topic, utf8("marker"), 1, false).join();
                await().atMost(Duration.ofSeconds(5)).until(() -> !after.messages.isEmpty());
                assertThat(after.payloads())
                        .as("no retained message before the marker")
                        .first()
                        .isEqualTo("marker");
            }
        }
    }

    @Test
    void aClientCertificateFromARogueCaIsRefusedInPlainWords() {
        try (MqttConnection rogue = MqttConnection.create(
                Fixtures.profile(broker, "rogue").build(), Fixtures.rogue(pki, "control"), Fixtures.fast(m -> {}))) {
            assertThatThrownBy(() -> rogue.connect().join()).satisfies(failure -> {
                ConnectionProblem problem = ConnectionException.problemOf(failure);
                assertThat(problem.kind()).isEqualTo(Kind.CLIENT_CERTIFICATE_REFUSED);
                assertThat(problem.message()).contains(ConnectionFailures.BROKER_DISTRUSTS_OUR_CA);
            });
            assertThat(rogue.state().phase()).isEqualTo(Phase.DISCONNECTED);
        }
    }

    @Test
    void aBrokerCertificateFromAnUntrustedCaIsNamed() {
        var untrusting = com.springcoreexplorer.mqtt.testing.TestTls.material(
                pki.controlCertificate("control"),
                Role.CONTROL,
                SpringCorePki.generate("Other").root().certificate());
        try (MqttConnection connection = MqttConnection.create(
                Fixtures.profile(broker, "control").build(), untrusting, Fixtures.fast(m -> {}))) {
            assertThatThrownBy(() -> connection.connect().join())
                    .satisfies(failure -> assertThat(
                                    ConnectionException.problemOf(failure).kind())
                            .isEqualTo(Kind.SERVER_UNTRUSTED));
        }
    }

    @Test
    void mqtt311WarnsThatRefusedPublishesAreDroppedSilently() {
        try (MqttConnection watcher = MqttConnection.create(
                Fixtures.profile(broker, "watcher")
                        .clientId("watcher-v3")
                        .protocol(MqttProtocol.MQTT_3_1_1)
                        .build(),
                Fixtures.watcher(pki, "watcher"),
                Fixtures.fast(m -> {}))) {
            assertThat(watcher.warnings()).contains(ConnectionProfile.WARNING_MQTT_3);
            watcher.connect().join();
            PublishOutcome outcome =
                    watcher.publish(PREFIX + "/1/rdr/cmd", utf8("x"), 1, false).join();
            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            PublishOutcome.Accepted.class,
                            accepted -> assertThat(accepted.note()).isEqualTo(ConnectionProfile.WARNING_MQTT_3));
        }
    }

    @Test
    void webSocketListenerCarriesMqttOverWss() {
        Inbox inbox = new Inbox();
        try (MqttConnection watcher = MqttConnection.create(
                        Fixtures.profile(broker, "watcher")
                                .port(broker.webSocketPort())
                                .webSocketPath("/mqtt")
                                .clientId("watcher-ws")
                                .build(),
                        Fixtures.watcher(pki, "watcher"),
                        Fixtures.fast(inbox));
                MqttConnection control = MqttConnection.create(
                        Fixtures.profile(broker, "control")
                                .port(broker.webSocketPort())
                                .webSocketPath("/mqtt")
                                .clientId("control-ws")
                                .build(),
                        Fixtures.control(pki, "control"),
                        Fixtures.fast(m -> {}))) {
            watcher.connect().join();
            control.connect().join();
            assertThat(control.publish(PREFIX + "/ws/status", utf8("over wss"), 1, false)
                            .join()
                            .isAccepted())
                    .isTrue();
            await().atMost(Duration.ofSeconds(5)).until(() -> inbox.payloads().contains("over wss"));
        }
    }

    @Test
    void aDuplicateClientIdTakeoverLoopIsDetectedAndStopped() {
        List<ConnectionState> firstStates = new CopyOnWriteArrayList<>();
        List<ConnectionState> secondStates = new CopyOnWriteArrayList<>();
        ConnectionProfile profile = Fixtures.profile(broker, "twin")
                .subscriptions(List.of(SubscriptionSpec.of(PREFIX + "/twin/#")))
                .build();
        try (MqttConnection first =
                        MqttConnection.create(profile, Fixtures.control(pki, "twin"), Fixtures.fast(m -> {}));
                MqttConnection second =
                        MqttConnection.create(profile, Fixtures.control(pki, "twin"), Fixtures.fast(m -> {}))) {
            first.addStateListener(firstStates::add);
            second.addStateListener(secondStates::add);
            first.connect().join();
            second.connect().join();
            await().atMost(Duration.ofSeconds(20)).until(() -> isLoop(first.state()) || isLoop(second.state()));
            MqttConnection stopped = isLoop(first.state()) ? first : second;
            assertThat(stopped.state().cause().message())
                    .contains("another client keeps connecting with client ID 'twin'");
            List<ConnectionState> seen = stopped == first ? firstStates : secondStates;
            assertThat(seen)
                    .extracting(ConnectionState::phase)
                    .contains(Phase.CONNECTED, Phase.RECONNECTING, Phase.DISCONNECTED);
            MqttConnection survivor = stopped == first ? second : first;
            await().atMost(Duration.ofSeconds(5)).until(() -> survivor.state().isConnected());
        }
    }

    private static boolean isLoop(ConnectionState state) {
        return state.phase() == Phase.DISCONNECTED
                && state.cause() != null
                && state.cause().kind() == Kind.DUPLICATE_CLIENT_ID_LOOP;
    }

    @Test
    void publishingToAWildcardIsRefusedBeforeSending() {
        try (MqttConnection control = MqttConnection.create(
                Fixtures.profile(broker, "control").clientId("control-wild").build(),
                Fixtures.control(pki, "control"),
                Fixtures.fast(m -> {}))) {
            control.connect().get(10, TimeUnit.SECONDS);
            assertThat(control.connect().get(10, TimeUnit.SECONDS))
                    .as("connecting again re-checks the subscriptions")
                    .extracting(SubscriptionResult::granted)
                    .containsExactly(true);
            assertThat(control.publish(PREFIX + "/#", utf8("x"), 1, false).join())
                    .isInstanceOfSatisfying(
                            PublishOutcome.Failed.class,
                            f -> assertThat(f.message()).contains("wildcard"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
