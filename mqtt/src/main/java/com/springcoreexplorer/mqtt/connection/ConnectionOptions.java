package com.springcoreexplorer.mqtt.connection;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.message.MessageSink;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a connection behaves, apart from where it goes (the profile) and who it is (the TLS material).
 *
 * @param sink               takes every message, called on a Netty thread: enqueue only, waiting for room when full
 *                           (backpressure); QoS 1/2 messages are acknowledged once it took them
 * @param passwordSource     the password for the profile's passwordRef, if any
 * @param autoReconnect      reconnect after a lost connection (never after the first connect fails)
 * @param backoff            delays between reconnect attempts
 * @param connectTimeout     TCP + TLS + CONNACK time limit
 * @param stableAfter        a connection up this long resets the backoff
 * @param takeoverThreshold  this many takeovers (or drops right after connect) within {@code takeoverWindow} = a loop
 * @param takeoverWindow     the window for counting takeovers
 * @param leaveMessagesQueued a look-only connection (the doctor): QoS 1/2 messages reach the sink but are never
 *                           acknowledged, so what a persistent session had queued stays there for the real client
 */
public record ConnectionOptions(
        MessageSink sink,
        PasswordSource passwordSource,
        boolean autoReconnect,
        BackoffPolicy backoff,
        Duration connectTimeout,
        Duration stableAfter,
        int takeoverThreshold,
        Duration takeoverWindow,
        boolean leaveMessagesQueued) {

    public ConnectionOptions {
        Objects.requireNonNull(sink, "sink");
        passwordSource = passwordSource == null ? PasswordSource.NONE : passwordSource;
        backoff = backoff == null ? BackoffPolicy.DEFAULT : backoff;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        stableAfter = stableAfter == null ? Duration.ofSeconds(10) : stableAfter;
        takeoverThreshold = takeoverThreshold <= 0 ? 3 : takeoverThreshold;
        takeoverWindow = takeoverWindow == null ? Duration.ofSeconds(60) : takeoverWindow;
    }

    /** Options that acknowledge every message taken in. */
    public ConnectionOptions(
            MessageSink sink,
            PasswordSource passwordSource,
            boolean autoReconnect,
            BackoffPolicy backoff,
            Duration connectTimeout,
            Duration stableAfter,
            int takeoverThreshold,
            Duration takeoverWindow) {
        this(
                sink,
                passwordSource,
                autoReconnect,
                backoff,
                connectTimeout,
                stableAfter,
                takeoverThreshold,
                takeoverWindow,
                false);
    }

    /** Options for a connection whose messages are all taken at once (probes, publishers, tests). */
    public static Builder builder(Consumer<InboundMessage> sink) {
        Objects.requireNonNull(sink, "sink");
        return new Builder(message -> {
            sink.accept(message);
            return true;
        });
    }

    /**
     * Options for a connection feeding a sink that may wait or refuse, such as
     * {@code ConnectionOptions.into(pipeline::offer)}: reading pauses while it waits, and a QoS 1/2
     * message it refused is never acknowledged.
     */
    public static Builder into(MessageSink sink) {
        return new Builder(sink);
    }

    public static final class Builder {
        private final MessageSink sink;
        private PasswordSource passwordSource = PasswordSource.NONE;
        private boolean autoReconnect = true;
        private BackoffPolicy backoff = BackoffPolicy.DEFAULT;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration stableAfter = Duration.ofSeconds(10);
        private int takeoverThreshold = 3;
        private Duration takeoverWindow = Duration.ofSeconds(60);
        private boolean leaveMessagesQueued;

        private Builder(MessageSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
        }

        public Builder passwordSource(PasswordSource value) {
            this.passwordSource = value;
            return this;
        }

        public Builder autoReconnect(boolean value) {
            this.autoReconnect = value;
            return this;
        }

        public Builder backoff(BackoffPolicy value) {
            this.backoff = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder stableAfter(Duration value) {
            this.stableAfter = value;
            return this;
        }

        public Builder takeoverThreshold(int value) {
            this.takeoverThreshold = value;
            return this;
        }

        public Builder takeoverWindow(Duration value) {
            this.takeoverWindow = value;
            return this;
        }
        /** Never acknowledge QoS 1/2 messages (a look-only connection that must not empty a persistent session). */
        public Builder leaveMessagesQueued(boolean value) {
            this.leaveMessagesQueued = value;
            return this;
        }

        public ConnectionOptions build() {
            return new ConnectionOptions(
                    sink,
                    passwordSource,
                    autoReconnect,
                    backoff,
                    connectTimeout,
                    stableAfter,
                    takeoverThreshold,
                    takeoverWindow,
                    leaveMessagesQueued);
        }
    }
}
