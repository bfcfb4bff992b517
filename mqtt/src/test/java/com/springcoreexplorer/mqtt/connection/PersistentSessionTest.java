package com.springcoreexplorer.mqtt.connection;

import static com.springcoreexplorer.mqtt.connection.Fixtures.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.connection.ConnectionState.Phase;
import com.springcoreexplorer.mqtt.connection.Fixtures.Inbox;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.MqttProtocol;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A persistent session across an outage, without races: the broker is restarted (gracefully, so mosquitto
 * saves its sessions) with the subscriber's listener left out, so the subscriber is really away while the
 * QoS 1 messages are published on a second listener; then the broker comes back with both listeners.
 * Payloads carry sequence numbers; a last message published after the reconnect marks the end (QoS 1
 * delivery is in order), so "exactly once" is checked without waiting for what might still come.
 */
class PersistentSessionTest {

    private static final SpringCorePki PKI = SpringCorePki.generate("Session test");
    private static final String TOPIC = PREFIX + "/DA1275B0/rdr/evt";
    private static final int HELD_OFF = 300;

    @ParameterizedTest
    @EnumSource(MqttProtocol.class)
    void messagesQueuedWhileTheSubscriberWasAwayArriveInOrderExactlyOnce(MqttProtocol protocol) {
        try (MosquittoBroker broker = MosquittoBroker.builder(PKI)
                .watcher("watcher")
                .control("control")
                .secondListener(true)
                .start()) {
            Inbox inbox = new Inbox();
            List<ConnectionState> states = new CopyOnWriteArrayList<>();
            ConnectionProfile persistent = Fixtures.profile(broker, "watcher")
                    .protocol(protocol)
                    .sessionExpiry(300)
                    .subscriptions(List.of(new SubscriptionSpec(PREFIX + "/+/rdr/evt", 1)))
                    .build();
            // a broker stopping soon after a connect looks like a takeover; this test restarts on purpose
            ConnectionOptions subscriberOptions = Fixtures.fastBuilder(inbox)
                    .stableAfter(Duration.ofMillis(100))
                    .build();
            ConnectionOptions publisherOptions = Fixtures.fastBuilder(m -> {})
                    .stableAfter(Duration.ofMillis(100))
                    .build();
            try (MqttConnection subscriber =
                            MqttConnection.create(persistent, Fixtures.watcher(PKI, "watcher"), subscriberOptions);
                    MqttConnection publisher = MqttConnection.create(
                            Fixtures.profile(broker, "control")
                                    .port(broker.secondPort())
                                    .subscriptions(List.of())
                                    .build(),
                            Fixtures.control(PKI, "control"),
                            publisherOptions)) {
                subscriber.addStateListener(states::add);
                subscriber.connect().join();
                assertThat(subscriber.state().sessionPresent())
                        .as("a fresh broker has no session yet")
                        .isFalse();
                publisher.connect().join();
                publishAll(publisher, 0, 1);
                await().atMost(Duration.ofSeconds(10)).until(() -> inbox.messages.size() == 1);

                broker.restartWithoutMainListener();
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> subscriber.state().phase() == Phase.RECONNECTING
                                && publisher.state().isConnected());
                publishAll(publisher, 1, HELD_OFF);
                assertThat(subscriber.state().isConnected())
                        .as("held off while the messages were published")
                        .isFalse();
                assertThat(inbox.messages).hasSize(1);

                broker.restartWithAllListeners();
                await().atMost(Duration.ofSeconds(15))
                        .until(() -> subscriber.state().isConnected()
                                && publisher.state().isConnected());
                assertThat(subscriber.state().sessionPresent()).isTrue();
                assertThat(subscriber.state().describe()).isEqualTo("connected, session resumed");
                int last = HELD_OFF + 1;
                publishAll(publisher, last, 1);
                await().atMost(Duration.ofSeconds(15))
                        .until(() -> sequence(inbox).contains(last));

                assertThat(sequence(inbox))
                        .containsExactlyElementsOf(
                                IntStream.rangeClosed(0, last).boxed().toList());
                assertThat(inbox.messages).allSatisfy(m -> assertThat(m.qos()).isEqualTo(1));
                assertThat(states)
                        .filteredOn(ConnectionState::isConnected)
                        .extracting(ConnectionState::sessionPresent)
                        .startsWith(false)
                        .endsWith(true);
            }
        }
    }

    /** Publishes payloads {@code seq-from ... seq-(from+count-1)} at QoS 1 and waits until the broker took every one. */
    private static void publishAll(MqttConnection publisher, int from, int count) {
        List<CompletableFuture<PublishOutcome>> outcomes = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            outcomes.add(publisher.publish(TOPIC, ("seq-" + i).getBytes(StandardCharsets.UTF_8), 1, false));
        }
        assertThat(outcomes)
                .allSatisfy(outcome -> assertThat(outcome.join().isAccepted())
                        .as(outcome.join().describe())
                        .isTrue());
    }

    private static List<Integer> sequence(Inbox inbox) {
        return inbox.payloads().stream()
                .map(p -> Integer.parseInt(p.substring("seq-".length())))
                .toList();
    }
}
