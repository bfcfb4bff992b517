package com.springcoreexplorer.mqtt.recording;

import com.springcoreexplorer.mqtt.connection.PublishOutcome;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Republishes recorded messages in order with their recorded timing scaled by a {@link ReplaySpeed}:
 * the same topic, payload bytes, QoS, retain flag and MQTT 5 properties. Runs on the caller's thread;
 * at most {@value #IN_FLIGHT} publishes wait for the broker's answer at once (the connection keeps
 * their order on the wire). A QoS 2 message is finished (PUBCOMP) before the next one is sent: the
 * broker forwards it only on PUBREL, so a later QoS 0/1 message would otherwise arrive first.
 */
public final class Replayer {

    static final int IN_FLIGHT = 1_000;

    /**
     * What a replay did.
     *
     * @param published    messages handed to the connection
     * @param accepted     the broker took them (QoS 0: written)
     * @param refused      the broker said no (PUBACK/PUBREC error)
     * @param failed       no answer (connection lost, ...)
     * @param firstProblem the first refusal or failure in words, or null
     * @param cancelled    stopped before the end
     */
    public record Result(
            long published, long accepted, long refused, long failed, String firstProblem, boolean cancelled) {}

    /** Progress, on the replaying thread, about every 1,000 messages and at the end. */
    @FunctionalInterface
    public interface Progress {
        void published(long count, RecordedMessage latest);
    }

    private Replayer() {}

    /**
     * @param messages  in the order to send (a {@link RecordingReader.Cursor} or {@link MergedHistory})
     * @param publish   sends one message, completing with the broker's verdict (never exceptionally)
     * @param cancelled polled between messages: true stops the replay
     */
    public static Result replay(
            Iterator<RecordedMessage> messages,
            Function<RecordedMessage, CompletableFuture<PublishOutcome>> publish,
            ReplaySpeed speed,
            Progress progress,
            BooleanSupplier cancelled) {
        Semaphore window = new Semaphore(IN_FLIGHT);
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstProblem = new AtomicReference<>();
        List<CompletableFuture<?>> tail = new ArrayList<>();
        long published = 0;
        long firstMicros = 0;
        long startNanos = 0;
        boolean stopped = false;
        RecordedMessage latest = null;
        while (messages.hasNext()) {
            if (cancelled.getAsBoolean()) {
                stopped = true;
                break;
            }
            RecordedMessage message = messages.next();
            long micros = RecordedMessage.micros(message.receivedAt());
            if (published == 0) {
                firstMicros = micros;
                startNanos = System.nanoTime();
            } else {
                waitUntil(startNanos + speed.delayNanos(Math.max(0, micros - firstMicros)), cancelled);
            }
            window.acquireUninterruptibly();
            CompletableFuture<PublishOutcome> outcome = publish.apply(message).whenComplete((result, error) -> {
                window.release();
                if (result instanceof PublishOutcome.Accepted) {
                    accepted.incrementAndGet();
                } else {
                    (result instanceof PublishOutcome.Refused ? refused : failed).incrementAndGet();
                    firstProblem.compareAndSet(
                            null,
                            message.topic() + ": " + (result != null ? result.describe() : String.valueOf(error)));
                }
            });
            if (tail.size() >= IN_FLIGHT) {
                tail.removeIf(CompletableFuture::isDone);
            }
            tail.add(outcome);
            if (message.qos() == 2) {
                // a broker forwards a QoS 2 message only at PUBREL: the next one waits, or it would overtake
                outcome.exceptionally(e -> null).join();
            }
            published++;
            latest = message;
            if (published % 1_000 == 0) {
                progress.published(published, message);
            }
        }
        CompletableFuture.allOf(tail.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .join();
        if (latest != null) {
            progress.published(published, latest);
        }
        return new Result(published, accepted.get(), refused.get(), failed.get(), firstProblem.get(), stopped);
    }

    private static void waitUntil(long deadlineNanos, BooleanSupplier cancelled) {
        for (long left; (left = deadlineNanos - System.nanoTime()) > 0 && !cancelled.getAsBoolean(); ) {
            LockSupport.parkNanos(Math.min(left, 100_000_000L));
        }
    }
}
