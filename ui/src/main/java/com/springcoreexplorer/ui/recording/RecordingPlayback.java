package com.springcoreexplorer.ui.recording;

import com.springcoreexplorer.mqtt.recording.RecordedMessage;
import com.springcoreexplorer.mqtt.recording.RecordingException;
import com.springcoreexplorer.mqtt.recording.RecordingQuery;
import com.springcoreexplorer.mqtt.recording.RecordingReader;
import com.springcoreexplorer.mqtt.recording.RecordingSummary;
import com.springcoreexplorer.mqtt.recording.ReplaySpeed;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.ui.charts.ChartFeed;
import com.springcoreexplorer.ui.charts.SeriesKey;
import com.springcoreexplorer.ui.charts.SeriesPoints;
import com.springcoreexplorer.ui.live.LiveFeed;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

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
    private final RecordingCharts charts = new RecordingCharts();
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

    /** The recording's chart points up to the views' moment, following playback. */
    ChartFeed charts() {
        return charts;
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
                boolean back = engine != null;
                if (back) {
                    charts.dropFollowers();
                    engine.close();
                }
                engine = new PlaybackEngine(decoderSettings, summary.first());
                positionMicros = RecordedMessage.micros(summary.first()) - 1;
                listener.engineReplaced(engine.feed());
                if (back) {
                    charts.restart();
                }
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

    /**
     * The chart side of the playback, on its thread: a series' points are read from the file up to the
     * position, then the engine hands on what is fed after, so nothing is missed or counted twice.
     * Going back in time starts a new engine: the charts drop their points and follow again.
     */
    private final class RecordingCharts implements ChartFeed {

        private final List<Runnable> restartListeners = new CopyOnWriteArrayList<>();
        private final List<Follower> followers = new ArrayList<>(); // playback thread only

        private final class Follower {
            final SeriesKey key;
            final Consumer<SeriesPoints> sink;
            volatile boolean stopped;
            AutoCloseable fromEngine;

            Follower(SeriesKey key, Consumer<SeriesPoints> sink) {
                this.key = key;
                this.sink = sink;
            }

            void stop() {
                stopped = true;
                followers.remove(this);
                closeQuietly(fromEngine);
            }
        }

        @Override
        public AutoCloseable follow(SeriesKey key, Consumer<SeriesPoints> sink) {
            Follower follower = new Follower(key, sink);
            onThread(() -> start(follower));
            return () -> {
                follower.stopped = true;
                onThread(follower::stop);
            };
        }

        @Override
        public AutoCloseable onRestart(Runnable restarted) {
            restartListeners.add(restarted);
            return () -> restartListeners.remove(restarted);
        }

        private void start(Follower follower) {
            if (follower.stopped || engine == null) {
                return;
            }
            List<RecordedMessage> chunk = new ArrayList<>(PlaybackEngine.CHUNK);
            try (RecordingReader.Cursor cursor = reader.cursor(new RecordingQuery(
                    List.of(follower.key.topic()),
                    null,
                    summary.first(),
                    RecordedMessage.instant(positionMicros),
                    0))) {
                while (cursor.hasNext()) {
                    chunk.add(cursor.next());
                    if (chunk.size() == PlaybackEngine.CHUNK) {
                        hand(follower, chunk);
                    }
                }
                hand(follower, chunk);
            } catch (RecordingException | RecordingReader.CursorFailure e) {
                fail(e);
                return;
            }
            follower.fromEngine = engine.followPoints(follower.key, follower.sink);
            followers.add(follower);
        }

        private void hand(Follower follower, List<RecordedMessage> chunk) {
            SeriesPoints points = engine.points(follower.key, chunk);
            if (points.size() > 0) {
                follower.sink.accept(points);
            }
            chunk.clear();
        }

        /** Playback thread: the engine is about to be replaced; its subscriptions go with it. */
        void dropFollowers() {
            List.copyOf(followers).forEach(Follower::stop);
        }

        void restart() {
            restartListeners.forEach(Runnable::run);
        }

        private void onThread(Runnable task) {
            try {
                thread.execute(task);
            } catch (RejectedExecutionException closed) {
                // the recording was closed: nothing more to follow or stop
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // unsubscribing has nothing to report
        }
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
