package com.springcoreexplorer.ui.recording;

import com.springcoreexplorer.mqtt.recording.RecordedMessage;
import com.springcoreexplorer.mqtt.recording.RecordingException;
import com.springcoreexplorer.mqtt.recording.RecordingQuery;
import com.springcoreexplorer.mqtt.recording.RecordingReader;
import com.springcoreexplorer.mqtt.recording.RecordingSummary;
import com.springcoreexplorer.mqtt.recording.ReplaySpeed;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.ui.live.LiveFeed;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An opened recording, read-only, and where in it the views are. Everything runs on one thread
 * ({@value #THREAD}: it owns the SQLite reader and the {@link PlaybackEngine}); the FX side calls
 * {@link #seek}/{@link #play}/{@link #pause} from anywhere and hears back through {@link Listener}
 * on that thread (hop to the FX thread there).
 */
final class RecordingPlayback implements AutoCloseable {

    static final String THREAD = "recording-playback";
    private static final long TICK_MILLIS = 100;

    /** Called on the playback thread. */
    interface Listener {
        /** The views must show this feed from now on (first open, or after going back in time). */
        void engineReplaced(LiveFeed feed);

        /** The views now show the recording up to {@code at}; {@code playing} false once play stopped at the end. */
        void positionChanged(Instant at, boolean playing);

        void failed(String message);
    }

    private final Path file;
    private final RecordingReader reader;
    private final RecordingSummary summary;
    private final DecoderSettings decoderSettings;
    private final Listener listener;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, THREAD);
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Instant> seekTarget = new AtomicReference<>();
    private ScheduledFuture<?> playing;
    private PlaybackEngine engine;
    private long positionMicros;

    private RecordingPlayback(
            Path file,
            RecordingReader reader,
            RecordingSummary summary,
            DecoderSettings decoderSettings,
            Listener listener) {
        this.file = file;
        this.reader = reader;
        this.summary = summary;
        this.decoderSettings = decoderSettings;
        this.listener = listener;
    }

    /** Any thread but FX (it reads the file): opens the recording; the views start at its first moment. */
    static RecordingPlayback open(Path file, DecoderSettings decoderSettings, Listener listener)
            throws RecordingException {
        RecordingReader reader = RecordingReader.open(file);
        try {
            RecordingSummary summary = reader.summary();
            if (summary.messages() == 0) {
                throw new RecordingException(file + " holds no message yet");
            }
            RecordingPlayback playback = new RecordingPlayback(file, reader, summary, decoderSettings, listener);
            playback.seek(summary.first());
            return playback;
        } catch (RecordingException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    Path file() {
        return file;
    }

    RecordingSummary summary() {
        return summary;
    }

    /** Shows the recording up to {@code at}; calls made faster than the file is read keep only the latest. */
    void seek(Instant at) {
        if (seekTarget.getAndSet(at) == null) {
            thread.execute(() -> {
                Instant target = seekTarget.getAndSet(null);
                if (target != null) {
                    advanceTo(RecordedMessage.micros(target));
                    listener.positionChanged(RecordedMessage.instant(positionMicros), playing != null);
                }
            });
        }
    }

    /** Plays from where the views are: the recorded gaps divided by the speed, or as fast as the views take (max). */
    void play(ReplaySpeed speed) {
        thread.execute(() -> {
            stopPlaying();
            if (positionMicros >= RecordedMessage.micros(summary.last())) {
                advanceTo(RecordedMessage.micros(summary.first()));
            }
            playing = thread.scheduleWithFixedDelay(() -> tick(speed), 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        });
    }

    void pause() {
        thread.execute(() -> {
            stopPlaying();
            listener.positionChanged(RecordedMessage.instant(positionMicros), false);
        });
    }

    private void tick(ReplaySpeed speed) {
        long last = RecordedMessage.micros(summary.last());
        long target = speed.isMax() ? nextChunkEnd() : positionMicros + (long) (TICK_MILLIS * 1_000 * speed.factor());
        advanceTo(Math.min(target, last));
        boolean more = positionMicros < last;
        if (!more) {
            stopPlaying();
        }
        listener.positionChanged(RecordedMessage.instant(positionMicros), more);
    }

    /** At max speed: the time of the {@link PlaybackEngine#CHUNK}th message after the position. */
    private long nextChunkEnd() {
        long end = positionMicros;
        try (RecordingReader.Cursor cursor = reader.cursor(new RecordingQuery(
                List.of(), null, RecordedMessage.instant(positionMicros + 1), null, PlaybackEngine.CHUNK))) {
            while (cursor.hasNext()) {
                end = RecordedMessage.micros(cursor.next().receivedAt());
            }
        } catch (RecordingException | RecordingReader.CursorFailure e) {
            fail(e);
        }
        return end;
    }

    private void stopPlaying() {
        if (playing != null) {
            playing.cancel(false);
            playing = null;
        }
    }

    /** Playback thread: feeds (position, target] to the engine; going back starts a new engine from the first message. */
    private void advanceTo(long targetMicros) {
        try {
            if (engine == null || targetMicros < positionMicros) {
                if (engine != null) {
                    engine.close();
                }
                engine = new PlaybackEngine(decoderSettings, summary.first());
                positionMicros = RecordedMessage.micros(summary.first()) - 1;
                listener.engineReplaced(engine.feed());
            }
            if (targetMicros <= positionMicros) {
                return;
            }
            try (RecordingReader.Cursor cursor = reader.cursor(RecordingQuery.between(
                    RecordedMessage.instant(positionMicros + 1), RecordedMessage.instant(targetMicros)))) {
                List<RecordedMessage> chunk = new ArrayList<>(PlaybackEngine.CHUNK);
                while (cursor.hasNext()) {
                    chunk.add(cursor.next());
                    if (chunk.size() == PlaybackEngine.CHUNK) {
                        engine.feed(chunk);
                        chunk.clear();
                    }
                }
                engine.feed(chunk);
            }
            positionMicros = targetMicros;
            engine.reached(RecordedMessage.instant(targetMicros));
        } catch (RecordingException | RecordingReader.CursorFailure e) {
            fail(e);
        }
    }

    private void fail(Exception e) {
        stopPlaying();
        listener.failed("Cannot read " + file.getFileName() + ": " + e.getMessage());
    }

    /** Completes once every call made before has been carried out (tests). */
    void sync() throws Exception {
        thread.submit(() -> {}).get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        thread.execute(() -> {
            stopPlaying();
            if (engine != null) {
                engine.close();
            }
            reader.close();
        });
        thread.shutdown();
    }
}
