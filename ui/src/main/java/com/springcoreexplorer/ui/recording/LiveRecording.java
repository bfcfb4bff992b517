package com.springcoreexplorer.ui.recording;

import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.ingest.ListenerRegistration;
import com.springcoreexplorer.mqtt.recording.Recorder;
import com.springcoreexplorer.mqtt.recording.RecorderSettings;
import com.springcoreexplorer.mqtt.recording.RecorderStats;
import com.springcoreexplorer.mqtt.recording.RecordingException;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import java.nio.file.Path;

/**
 * The window's Record button: every message of the live connection into a file. The recorder sits on
 * the ingest dispatcher as a message listener: a writer that falls behind makes the dispatcher wait
 * (blocking hand-off), so the ingest queue's own overflow policy is the only place a message can go.
 */
final class LiveRecording implements AutoCloseable {

    private final Recorder recorder;
    private final ListenerRegistration registration;

    private LiveRecording(Recorder recorder, ListenerRegistration registration) {
        this.recorder = recorder;
        this.registration = registration;
    }

    /** Off the FX thread: opens the file (creating or appending) and starts taking the pipeline's messages. */
    static LiveRecording start(IngestPipeline pipeline, Path file, String source, DecoderSettings decoderSettings)
            throws RecordingException {
        Recorder recorder = Recorder.start(file, RecorderSettings.of(source, decoderSettings, 0));
        // ingest dispatcher thread: acceptAll waits while the writer is behind
        ListenerRegistration registration = pipeline.addMessageListener(recorder::acceptAll);
        return new LiveRecording(recorder, registration);
    }

    Path file() {
        return recorder.file();
    }

    RecorderStats stats() {
        return recorder.stats();
    }

    Throwable failure() {
        return recorder.failure();
    }

    /** Off the FX thread: stops taking messages, writes what is queued, closes the file. */
    @Override
    public void close() {
        registration.remove();
        recorder.close();
    }
}
