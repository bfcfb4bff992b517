package com.springcoreexplorer.mqtt.connection;

import static com.springcoreexplorer.mqtt.connection.Fixtures.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.connection.ConnectionState.Phase;
import com.springcoreexplorer.mqtt.connection.Fixtures.Inbox;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The broker goes away mid-stream and comes back on the same port (persistent sessions: {@link PersistentSessionTest}). */
class ReconnectTest {

    private static final SpringCorePki PKI = SpringCorePki.generate("Reconnect test");

    @Test
    void afterABrokerCrashTheConnectionComesBackAndResubscribes() {
        try (MosquittoBroker broker = MosquittoBroker.builder(PKI)
                .watcher("watcher")
                .control("control")
                .persistence(false)
                .start()) {
            Inbox inbox = new Inbox();
            List<ConnectionState> states = new CopyOnWriteArrayList<>();
            try (MqttConnection watcher = MqttConnection.create(
                            Fixtures.profile(broker, "watcher").build(),
                            Fixtures.watcher(PKI, "watcher"),
                            Fixtures.fast(inbox));
                    MqttConnection control = MqttConnection.create(
                            Fixtures.profile(broker, "control")
                                    .subscriptions(List.of())
                                    .build(),
                            Fixtures.control(PKI, "control"),
                            Fixtures.fast(m -> {}))) {
                watcher.addStateListener(states::add);
                watcher.connect().join();
                control.connect().join();
                publishUntilAccepted(control, PREFIX + "/1/status", "before");
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> inbox.payloads().contains("before"));

                broker.kill();
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> watcher.state().phase() == Phase.RECONNECTING);
                assertThat(watcher.state().describe())
                        .startsWith("reconnecting in ")
                        .contains("(attempt ");
                broker.startProcess();
                await().atMost(Duration.ofSeconds(10))
                        .until(() ->
                                watcher.state().isConnected() && control.state().isConnected());

                // clean session + no broker persistence: only a resubscription brings this one in
                publishUntilAccepted(control, PREFIX + "/1/status", "after");
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> inbox.payloads().contains("after"));
                assertThat(states)
                        .extracting(ConnectionState::phase)
                        .containsSubsequence(Phase.CONNECTED, Phase.RECONNECTING, Phase.CONNECTED);
            }
        }
    }

    static void publishUntilAccepted(MqttConnection connection, String topic, String payload) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            PublishOutcome outcome = connection
                    .publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false)
                    .join();
            if (outcome.isAccepted()) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("never accepted: " + payload);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
