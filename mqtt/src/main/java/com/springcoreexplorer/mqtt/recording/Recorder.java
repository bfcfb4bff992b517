package com.springcoreexplorer.mqtt.recording;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The flight recorder: every message handed to {@link #accept} ends up in the file, none is dropped.
 * Threads: the caller (a Netty thread, or the ingest dispatcher) only puts the message into a bounded
 * hand-off queue; when the writer is behind and the queue is full, the caller <em>waits</em> (backpressure
 * travels up to the connection and the broker instead of losing messages). One writer thread
 * ({@value #WRITER_THREAD}) drains the queue in batches, one SQLite transaction per batch.
 *
 * <pre>
 * try (Recorder recorder = Recorder.start(file, RecorderSettings.of(profile.name(), decoderSettings, 0))) {
 *     MqttConnection connection = MqttConnection.create(profile, material, ConnectionOptions.builder(recorder::accept).build());
 *     ...
 * }   // close() writes what is queued, then checkpoints the file
 * </pre>
 */
public final class Recorder implements AutoCloseable {

    public static final String WRITER_THREAD = "recording-writer";
    private static final InboundMessage END = InboundMessage.now("", new byte[0], 0, false);

    private final Path file;
    private final RecordingWriter writer;
    private final BlockingQueue<InboundMessage> handOff;
    private final int batchSize;
    private final Thread thread;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    private final AtomicLong pruned = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong fileBytes = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private volatile boolean closing;

    private Recorder(Path file, RecordingWriter writer, RecorderSettings settings) {
        this.file = file;
        this.writer = writer;
        this.handOff = new ArrayBlockingQueue<>(settings.handOffCapacity());
        this.batchSize = settings.batchSize();
        this.rows.set(writer.rows());
        this.fileBytes.set(writer.fileBytes());
        this.thread = Thread.ofPlatform().name(WRITER_THREAD).daemon(true).start(this::writeLoop);
    }

    /** Opens (or creates) the file and starts the writer thread. */
    public static Recorder start(Path file, RecorderSettings settings) throws RecordingException {
        return new Recorder(file, RecordingWriter.open(file, settings), settings);
    }

    public Path file() {
        return file;
    }

    /**
     * Any thread: hands the message to the writer, waiting while the hand-off queue is full.
     *
     * @return false when the recorder is closed or failed (the message is not recorded: see {@link #failure})
     */
    public boolean accept(InboundMessage message) {
        if (closing || failure.get() != null) {
            return false;
        }
        try {
            while (!handOff.offer(message, 100, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null) {
                    return false;
                }
            }
            accepted.incrementAndGet();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A whole batch (the ingest dispatcher's listener), in order; false as in {@link #accept}. */
    public boolean acceptAll(List<InboundMessage> batch) {
        for (InboundMessage message : batch) {
            if (!accept(message)) {
                return false;
            }
        }
        return true;
    }

    public RecorderStats stats() {
        return new RecorderStats(accepted.get(), committed.get(), rows.get(), pruned.get(), fileBytes.get());
    }

    /** Why writing stopped (disk full, file deleted...), or null while all is well. */
    public Throwable failure() {
        return failure.get();
    }

    /** Completes when the writer thread has written everything and closed the file. */
    public CompletableFuture<Void> finished() {
        return finished;
    }

    private void writeLoop() {
        List<InboundMessage> batch = new ArrayList<>(batchSize);
        boolean end = false;
        try {
            while (!end) {
                InboundMessage first = handOff.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    fileBytes.set(writer.fileBytes());
                    continue;
                }
                batch.add(first);
                handOff.drainTo(batch, batchSize - 1);
                if (batch.getLast() == END) {
                    batch.removeLast();
                    end = true;
                } else if (batch.contains(END)) {
                    batch.remove(END);
                    end = true;
                }
                if (!batch.isEmpty()) {
                    pruned.addAndGet(writer.append(batch));
                    committed.addAndGet(batch.size());
                    rows.set(writer.rows());
                    fileBytes.set(writer.fileBytes());
                    batch.clear();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            failure.set(e);
            handOff.clear();
        } finally {
            try {
                writer.close();
                fileBytes.set(writer.fileBytes());
            } catch (SQLException e) {
                failure.compareAndSet(null, e);
            }
            finished.complete(null);
        }
    }

    /** Stops taking messages, writes every message already handed over, checkpoints and closes the file. */
    @Override
    public void close() {
        if (closing) {
            finished.join();
            return;
        }
        closing = true;
        try {
            while (thread.isAlive() && !handOff.offer(END, 100, TimeUnit.MILLISECONDS)) {
                // the writer is emptying the queue
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        finished.join();
    }
}
