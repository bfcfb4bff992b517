package com.springcoreexplorer.mqtt.connection;

import com.hivemq.client.mqtt.datatypes.MqttTopicFilter;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.message.MessageSink;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the MQTT 3.1.1 and MQTT 5 clients share: the profile and credentials, reading a SUBACK, bad publish
 * input, unwrapping failures. HiveMQ's two APIs have no common types, so the version specifics stay in the subclasses.
 */
abstract sealed class HiveMqProtocolClient implements ProtocolClient permits Mqtt3ProtocolClient, Mqtt5ProtocolClient {

    /**
     * Runs the message callback on the Netty thread that read the message. HiveMQ's default hands it to
     * another thread through a small buffer, and when that thread falls behind the client queues QoS 0
     * messages up to the receive maximum and then drops the oldest, uncounted ("QoS 0 publish message
     * dropped", a log line only), while it keeps reading. Called on the Netty thread, a sink that waits
     * for room stops the reading itself: TCP fills and the broker holds (or, for QoS 0, may drop under
     * its own limits, as for any slow subscriber). With manual acknowledgement a QoS 1/2 message is
     * acknowledged only after the sink took it.
     */
    static final Executor ON_NETTY_THREAD = Runnable::run;

    private static final Logger LOG = LoggerFactory.getLogger(HiveMqProtocolClient.class);

    /**
     * Hands a received message to the sink; true when it was taken (then, and only then, it is acknowledged).
     * A failure is logged and the message left unacknowledged: an exception escaping the callback would
     * end HiveMQ's message flow for good, silently.
     */
    static boolean deliver(MessageSink sink, Supplier<InboundMessage> copy) {
        try {
            return sink.take(copy.get());
        } catch (RuntimeException e) {
            LOG.error("a received message could not be handed to the engine; it is not acknowledged", e);
            return false;
        }
    }

    final ConnectionProfile profile;
    /** Null when the profile has no user name. */
    final String username;
    /** Null when there is no password. */
    final byte[] password;

    HiveMqProtocolClient(ConnectionProfile profile, String username, byte[] password) {
        this.profile = profile;
        this.username = username;
        this.password = password;
    }

    /**
     * The SUBACK as one result per filter asked for; HiveMQ fails the future when every code is an error, so
     * {@code refusedAck} takes the SUBACK out of that exception (null for any other failure, which becomes a typed
     * {@link ConnectionException}).
     */
    static <A> List<SubscriptionResult> subscribed(
            A subAck,
            Throwable failure,
            Function<Throwable, A> refusedAck,
            Function<A, List<SubscriptionResult>> results) {
        if (failure == null) {
            return results.apply(subAck);
        }
        Throwable cause = unwrap(failure);
        A refused = refusedAck.apply(cause);
        if (refused != null) {
            return results.apply(refused);
        }
        throw new CompletionException(new ConnectionException(ConnectionFailures.classify(cause), cause));
    }

    /** One result per filter asked for; a code the broker left out counts as {@code missing}. */
    static <C extends Enum<C>> List<SubscriptionResult> results(
            List<SubscriptionSpec> asked, List<C> codes, C missing, Predicate<C> isError, ToIntFunction<C> code) {
        List<SubscriptionResult> results = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            C c = i < codes.size() ? codes.get(i) : missing;
            int value = code.applyAsInt(c);
            results.add(new SubscriptionResult(asked.get(i).filter(), isError.test(c) ? -1 : value, value, c.name()));
        }
        return List.copyOf(results);
    }

    /** Nothing to send for no filters; otherwise one UNSUBSCRIBE for them all (a bad filter throws, as HiveMQ does). */
    static CompletableFuture<Void> unsubscribeAll(
            List<String> filters, Function<List<MqttTopicFilter>, CompletableFuture<?>> send) {
        if (filters.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return send.apply(filters.stream().map(MqttTopicFilter::of).toList()).thenApply(ack -> null);
    }

    /** A publish HiveMQ would not even build (bad topic, QoS): explained, never thrown. */
    static CompletableFuture<PublishOutcome> invalidPublish(String topic, int qos, RuntimeException badInput) {
        return CompletableFuture.completedFuture(
                new PublishOutcome.Failed(PublishValidation.explain(topic, qos, badInput)));
    }

    /** The HiveMQ exception inside the future's wrappers. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
