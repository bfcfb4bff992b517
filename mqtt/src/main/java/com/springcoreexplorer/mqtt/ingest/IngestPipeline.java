package com.springcoreexplorer.mqtt.ingest;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.message.MessageBatchListener;
import com.springcoreexplorer.mqtt.store.MessageStore;
import com.springcoreexplorer.mqtt.topictree.TopicTree;
import java.util.concurrent.CompletableFuture;

/**
 * The one way every received message takes: Netty threads {@link #offer} into a bounded queue and
 * return; one dispatcher thread ({@value #DISPATCHER_THREAD_NAME}) drains batches, runs the
 * {@link MessageBatchListener}s (decoders), updates the {@link MessageStore} and the {@link TopicTree},
 * then hands an immutable {@link IngestBatch} to every {@link IngestBatchListener}.
 *
 * <pre>
 * try (IngestPipeline pipeline = IngestPipeline.start(IngestSettings.defaults())) {
 *     pipeline.addBatchListener(batch -> viewModel.coalesce(batch));
 *     MqttConnection.create(profile, material, ConnectionOptions.into(pipeline::offer).build());
 * }
 * </pre>
 */
public interface IngestPipeline extends AutoCloseable {

    String DISPATCHER_THREAD_NAME = "ingest-dispatcher";

    /** Creates the pipeline and starts its dispatcher thread. */
    static IngestPipeline start(IngestSettings settings) {
        return new DispatchingIngestPipeline(settings);
    }

    /**
     * Any thread (meant for Netty threads): enqueues and returns. When the queue is full the
     * {@linkplain IngestSettings#overflowPolicy() overflow policy} applies: by default the caller waits
     * for room (backpressure); a policy that drops counts the message as dropped. After {@link #close()}
     * every message is refused and counted.
     *
     * @return true when queued (it will be dispatched), false when dropped
     */
    boolean offer(InboundMessage message);

    /** Told soon after messages were dropped, on the dispatcher thread; see {@link DropListener}. */
    ListenerRegistration addDropListener(DropListener listener);

    /** Runs on the dispatcher before store and tree, with the raw batch (full payloads): the decoder's seam. */
    ListenerRegistration addMessageListener(MessageBatchListener listener);

    /** Runs on the dispatcher after store and tree were updated. */
    ListenerRegistration addBatchListener(IngestBatchListener listener);

    /** Counters as of now; any thread. */
    IngestStats stats();

    IngestSettings settings();

    /** Read access from any thread; only the dispatcher writes. */
    MessageStore store();

    /** Read access from any thread; only the dispatcher writes. */
    TopicTree topicTree();

    /**
     * Forgets every stored message and topic (counters stay), on the dispatcher between two
     * batches; batch listeners then get a batch whose tree diff says {@code cleared}.
     */
    CompletableFuture<Void> clear();

    /** Completes once every message queued before the call has been dispatched to listeners. */
    CompletableFuture<Void> flush();

    /** Stops taking messages, dispatches what is queued, stops the dispatcher. */
    @Override
    void close();
}
