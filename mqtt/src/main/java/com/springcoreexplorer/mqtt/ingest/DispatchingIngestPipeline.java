package com.springcoreexplorer.mqtt.ingest;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.message.MessageBatchListener;
import com.springcoreexplorer.mqtt.store.MessageStore;
import com.springcoreexplorer.mqtt.store.StoreStats;
import com.springcoreexplorer.mqtt.store.StoredMessage;
import com.springcoreexplorer.mqtt.topictree.TopicTree;
import com.springcoreexplorer.mqtt.topictree.TopicTreeDiff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounded queue + one dispatcher thread that owns store and tree. Producers touch only the queue
 * and a few lock-free counters; everything else happens on {@link #dispatcher}.
 */
final class DispatchingIngestPipeline implements IngestPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchingIngestPipeline.class);
    private static final long IDLE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long RATE_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** A waiting producer re-checks {@code closed} this often; room itself wakes it at once. */
    private static final long ROOM_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    /** Heap a queued message holds beyond its payload (record, topic string, Instant, array header). */
    static final int QUEUED_MESSAGE_OVERHEAD_BYTES = 200;

    private final IngestSettings settings;
    private final BlockingQueue<InboundMessage> queue;
    private final AtomicLong queuedBytes = new AtomicLong();
    private final LongAdder received = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder bytesReceived = new LongAdder();
    private final LongAdder producerWaits = new LongAdder();
    private final LongAdder producerWaitNanos = new LongAdder();
    private final List<MessageBatchListener> messageListeners = new CopyOnWriteArrayList<>();
    private final List<IngestBatchListener> batchListeners = new CopyOnWriteArrayList<>();
    private final List<DropListener> dropListeners = new CopyOnWriteArrayList<>();
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final MessageStore store;
    private final TopicTree tree;
    private final Thread dispatcher;
    private volatile boolean closed;

    // written by the dispatcher only, read by stats() on any thread
    private volatile long processed;
    private volatile long batches;
    private volatile long listenerFailures;
    private volatile double messagesPerSecond;
    private volatile Duration latencyP50 = Duration.ZERO;
    private volatile Duration latencyP99 = Duration.ZERO;
    private volatile Duration latencyMax = Duration.ZERO;

    // dispatcher-only state
    private final LatencyHistogram latency = new LatencyHistogram();
    private final List<PendingFlush> flushes = new ArrayList<>();
    private long rateWindowStart = System.nanoTime();
    private long rateWindowProcessed;
    private long reportedDrops;

    DispatchingIngestPipeline(IngestSettings settings) {
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.store = MessageStore.create(settings.store());
        this.tree = TopicTree.create(settings.tree());
        this.dispatcher =
                Thread.ofPlatform().name(DISPATCHER_THREAD_NAME).daemon(true).unstarted(this::run);
        dispatcher.start();
    }

    @Override
    public boolean offer(InboundMessage message) {
        received.increment();
        bytesReceived.add(message.payload().length);
        int size = message.payload().length + QUEUED_MESSAGE_OVERHEAD_BYTES;
        if (!closed && reserve(size)) {
            if (queue.offer(message)) {
                accepted.increment();
                return true;
            }
            queuedBytes.addAndGet(-size);
        }
        OverflowPolicy policy = settings.overflowPolicy();
        boolean mayWait = switch (policy) {
            case BLOCK, WAIT_THEN_DROP -> true;
            case DROP_NEWEST -> false;
            case DROP_QOS0_WAIT_QOS1_AND_2 -> message.qos() > 0;
        };
        if (mayWait && waitForRoom(message, size, policy == OverflowPolicy.BLOCK)) {
            accepted.increment();
            return true;
        }
        dropped.increment();
        return false;
    }

    /**
     * The queue is full: waits for the dispatcher to make room (it signals the queue's condition as it
     * drains), forever under {@link OverflowPolicy#BLOCK}, else up to the offer wait. Gives up when closed.
     */
    private boolean waitForRoom(InboundMessage message, int size, boolean forever) {
        long start = System.nanoTime();
        long deadline = start + Math.max(1, settings.maxOfferWait().toNanos());
        producerWaits.increment();
        try {
            while (!closed) {
                if (reserve(size)) {
                    if (queue.offer(message, ROOM_POLL_NANOS, TimeUnit.NANOSECONDS)) {
                        return true;
                    }
                    queuedBytes.addAndGet(-size);
                } else {
                    LockSupport.parkNanos(ROOM_POLL_NANOS / 10); // the byte limit, not the count, is full: rare
                }
                if (!forever && System.nanoTime() - deadline >= 0) {
                    return false;
                }
            }
            return false;
        } catch (InterruptedException e) {
            queuedBytes.addAndGet(-size);
            Thread.currentThread().interrupt();
            return false;
        } finally {
            producerWaitNanos.add(System.nanoTime() - start);
        }
    }

    /** Counts the payload against the queue's byte limit; a single huge payload still passes an empty queue. */
    private boolean reserve(int size) {
        long after = queuedBytes.addAndGet(size);
        if (after > settings.queueByteLimit() && after != size) {
            queuedBytes.addAndGet(-size);
            return false;
        }
        return true;
    }

    @Override
    public ListenerRegistration addMessageListener(MessageBatchListener listener) {
        messageListeners.add(listener);
        return () -> messageListeners.remove(listener);
    }

    @Override
    public ListenerRegistration addBatchListener(IngestBatchListener listener) {
        batchListeners.add(listener);
        return () -> batchListeners.remove(listener);
    }

    @Override
    public ListenerRegistration addDropListener(DropListener listener) {
        dropListeners.add(listener);
        return () -> dropListeners.remove(listener);
    }

    @Override
    public IngestStats stats() {
        StoreStats storeStats = store.stats();
        return new IngestStats(
                received.sum(),
                dropped.sum(),
                processed,
                queue.size(),
                settings.queueCapacity(),
                settings.overflowPolicy(),
                messagesPerSecond,
                bytesReceived.sum(),
                batches,
                latencyP50,
                latencyP99,
                latencyMax,
                storeStats.evicted(),
                storeStats.truncated(),
                storeStats.storedMessages(),
                tree.topicCount(),
                storeStats.usedBytes() + storeStats.reservedBytes(),
                storeStats.budgetBytes(),
                listenerFailures,
                producerWaits.sum(),
                Duration.ofNanos(producerWaitNanos.sum()));
    }

    @Override
    public IngestSettings settings() {
        return settings;
    }

    @Override
    public MessageStore store() {
        return store;
    }

    @Override
    public TopicTree topicTree() {
        return tree;
    }

    @Override
    public CompletableFuture<Void> clear() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        tasks.add(() -> {
            long sequence = ++batches;
            TopicTreeDiff diff = tree.clear(sequence);
            store.clear();
            store.reserve(tree.estimatedBytes());
            notifyBatchListeners(new IngestBatch(sequence, List.of(), diff, stats()));
            done.complete(null);
        });
        return whenDispatcherAlive(done);
    }

    @Override
    public CompletableFuture<Void> flush() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        long target = accepted.sum();
        tasks.add(() -> flushes.add(new PendingFlush(target, done)));
        return whenDispatcherAlive(done);
    }

    private CompletableFuture<Void> whenDispatcherAlive(CompletableFuture<Void> done) {
        if (!dispatcher.isAlive()) {
            runTasks();
            completeFlushes(true);
        }
        return done;
    }

    @Override
    public void close() {
        closed = true;
        if (Thread.currentThread() == dispatcher) {
            return;
        }
        try {
            dispatcher.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<InboundMessage> batch = new ArrayList<>(settings.maxBatchMessages());
        try {
            while (!closed || !queue.isEmpty()) {
                runTasks();
                if (drain(batch)) {
                    dispatch(batch);
                    batch.clear();
                }
                updateRate();
                reportDrops();
                completeFlushes(false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            runTasks();
            completeFlushes(true);
        }
    }

    /**
     * Waits for a first message, then fills the batch until it is full or its window has passed. Within the
     * window it sleeps instead of waiting on the queue: a consumer waiting on the queue is woken by every
     * offer, which under a flood costs the Netty thread a wake-up call and this thread a context switch per
     * message; asleep, it takes what came in with one drain.
     */
    private boolean drain(List<InboundMessage> batch) throws InterruptedException {
        InboundMessage first = queue.poll(IDLE_POLL_NANOS, TimeUnit.NANOSECONDS);
        if (first == null) {
            return false;
        }
        batch.add(first);
        int max = settings.maxBatchMessages();
        long deadline = System.nanoTime() + settings.batchWindow().toNanos();
        while (batch.size() < max) {
            queue.drainTo(batch, max - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= max || left <= 0 || closed) {
                break;
            }
            LockSupport.parkNanos(this, left); // a full queue fills the batch at once, without this wait
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        long bytes = 0;
        for (InboundMessage message : batch) {
            bytes += message.payload().length + QUEUED_MESSAGE_OVERHEAD_BYTES;
        }
        queuedBytes.addAndGet(-bytes);
        return true;
    }

    private void dispatch(List<InboundMessage> drained) {
        List<InboundMessage> messages = List.copyOf(drained);
        long sequence = batches + 1;
        for (MessageBatchListener listener : messageListeners) {
            try {
                listener.onBatch(messages);
            } catch (RuntimeException e) {
                listenerFailed(listener, e);
            }
        }
        TopicTreeDiff diff;
        List<StoredMessage> stored;
        try {
            diff = tree.apply(sequence, messages);
            store.reserve(tree.estimatedBytes());
            List<InboundMessage> canonical = new ArrayList<>(messages.size());
            for (InboundMessage message : messages) {
                canonical.add(sharingTopic(message, tree.canonicalTopic(message.topic())));
            }
            stored = store.appendAll(canonical);
        } catch (RuntimeException e) {
            // a bug in a model must not stop the flow: log it loudly and keep counting
            LOG.error("ingest batch {} could not update store/tree", sequence, e);
            listenerFailures++;
            diff = TopicTreeDiff.empty(sequence);
            stored = List.of();
        }
        long now = System.nanoTime();
        for (InboundMessage message : messages) {
            latency.recordNanos(now - message.receivedNanos());
        }
        latencyP50 = latency.percentile(50);
        latencyP99 = latency.percentile(99);
        latencyMax = latency.max();
        processed += messages.size();
        batches = sequence;
        notifyBatchListeners(new IngestBatch(sequence, stored, diff, stats()));
    }

    private static InboundMessage sharingTopic(InboundMessage message, String topic) {
        return topic == message.topic()
                ? message
                : new InboundMessage(
                        topic,
                        message.payload(),
                        message.qos(),
                        message.retain(),
                        message.receivedAt(),
                        message.receivedNanos(),
                        message.properties());
    }

    private void notifyBatchListeners(IngestBatch batch) {
        for (IngestBatchListener listener : batchListeners) {
            try {
                listener.onBatch(batch);
            } catch (RuntimeException e) {
                listenerFailed(listener, e);
            }
        }
    }

    private void listenerFailed(Object listener, RuntimeException e) {
        listenerFailures++;
        LOG.warn(
                "ingest listener {} failed; it keeps receiving batches",
                listener.getClass().getName(),
                e);
    }

    private void updateRate() {
        long now = System.nanoTime();
        long elapsed = now - rateWindowStart;
        if (elapsed >= RATE_WINDOW_NANOS) {
            long done = processed;
            messagesPerSecond = (done - rateWindowProcessed) * 1e9 / elapsed;
            rateWindowStart = now;
            rateWindowProcessed = done;
        }
    }

    /** Says a drop when it happens: once per dispatcher turn that saw new drops. */
    private void reportDrops() {
        long total = dropped.sum();
        if (total == reportedDrops) {
            return;
        }
        long newly = total - reportedDrops;
        reportedDrops = total;
        for (DropListener listener : dropListeners) {
            try {
                listener.onDropped(newly, total);
            } catch (RuntimeException e) {
                listenerFailed(listener, e);
            }
        }
    }

    private void runTasks() {
        for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("ingest task failed", e);
            }
        }
    }

    private void completeFlushes(boolean all) {
        for (Iterator<PendingFlush> it = flushes.iterator(); it.hasNext(); ) {
            PendingFlush flush = it.next();
            if (all || processed >= flush.target) {
                flush.done.complete(null);
                it.remove();
            }
        }
    }

    private record PendingFlush(long target, CompletableFuture<Void> done) {}
}
