package com.springcoreexplorer.ui.recording;

import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.recording.RecordedMessage;
import com.springcoreexplorer.mqtt.springcore.SpringCoreModel;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.devices.RegistrySettings;
import com.springcoreexplorer.ui.charts.SeriesKey;
import com.springcoreexplorer.ui.charts.SeriesPoints;
import com.springcoreexplorer.ui.engine.EngineChartFeed;
import com.springcoreexplorer.ui.engine.EngineLiveFeed;
import com.springcoreexplorer.ui.fleet.FleetFeed;
import com.springcoreexplorer.ui.live.LiveFeed;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * A recording's own engine: an ingest pipeline with the SpringCore decoder, fed from the file instead of
 * a broker, so the window's views show a recording exactly as they show a live connection. Going back
 * in time means a new engine (the topic tree and readers only move forward).
 */
final class PlaybackEngine implements AutoCloseable {

    /** Fed in chunks well under the ingest queue (32,768), each flushed: nothing is ever dropped. */
    static final int CHUNK = 4_096;

    private final IngestPipeline pipeline;
    private final PlaybackClock clock;
    private final SpringCoreModel springCore;
    private final EngineChartFeed charts;
    private final LiveFeed feed;

    /** {@code start}: the recording's first moment; reader state is judged in recorded time from there. */
    PlaybackEngine(DecoderSettings decoderSettings, Instant start) {
        this.pipeline = IngestPipeline.start(IngestSettings.defaults());
        this.clock = new PlaybackClock(start);
        this.springCore = new SpringCoreModel(decoderSettings, RegistrySettings.DEFAULT, clock);
        pipeline.addMessageListener(springCore);
        this.charts = new EngineChartFeed(pipeline, springCore);
        this.feed = new EngineLiveFeed(pipeline, springCore, FleetFeed.NONE, charts);
    }

    LiveFeed feed() {
        return feed;
    }

    /** Playback thread: hands the messages to the pipeline and waits until the views' listeners have them. */
    void feed(List<RecordedMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        // the chunk is judged as of its newest message (a chunk spans at most a few seconds of recording)
        clock.moveTo(messages.getLast().receivedAt());
        for (RecordedMessage message : messages) {
            pipeline.offer(message.toInbound());
        }
        pipeline.flush().join();
    }

    /** The points of {@code key} in recorded messages, decoded as this engine decodes them. */
    SeriesPoints points(SeriesKey key, List<RecordedMessage> messages) {
        List<InboundMessage> inbound =
                messages.stream().map(RecordedMessage::toInbound).toList();
        List<DecodedMessage> decoded =
                inbound.stream().map(m -> springCore.decoder().decode(m)).toList();
        return EngineChartFeed.points(key, inbound, decoded);
    }

    /** The points of {@code key} in what is fed from now on, on the engine's dispatcher. Returns the remover. */
    AutoCloseable followPoints(SeriesKey key, Consumer<SeriesPoints> sink) {
        return charts.followNew(key, sink);
    }

    /** Playback thread: the recording has reached {@code at}; stale flags and rates move to it. */
    void reached(Instant at) {
        clock.moveTo(at);
        springCore.refresh();
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
