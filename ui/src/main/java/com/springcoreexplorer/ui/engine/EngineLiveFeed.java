package com.springcoreexplorer.ui.engine;

import com.springcoreexplorer.mqtt.ingest.IngestBatch;
import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.ingest.IngestStats;
import com.springcoreexplorer.mqtt.ingest.ListenerRegistration;
import com.springcoreexplorer.mqtt.springcore.DecodedBatchListener;
import com.springcoreexplorer.mqtt.springcore.SpringCoreModel;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DeviceState;
import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import com.springcoreexplorer.mqtt.springcore.devices.DeviceListener;
import com.springcoreexplorer.mqtt.springcore.devices.DeviceSnapshot;
import com.springcoreexplorer.mqtt.store.StoredMessage;
import com.springcoreexplorer.mqtt.topictree.TopicNode;
import com.springcoreexplorer.mqtt.topictree.TopicTreeDiff;
import com.springcoreexplorer.ui.detail.MessageView;
import com.springcoreexplorer.ui.events.TagEventRow;
import com.springcoreexplorer.ui.live.LiveFeed;
import com.springcoreexplorer.ui.live.LiveUpdate;
import com.springcoreexplorer.ui.readers.ReaderRow;
import com.springcoreexplorer.ui.status.FeedStats;
import com.springcoreexplorer.ui.topictree.TopicChanges;
import com.springcoreexplorer.ui.topictree.TopicSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The live views' feed from the real engine: the ingest pipeline's batches (store, topic tree,
 * counters), the SpringCore decoder's tag events and the device registry's changes. Every listener
 * here runs on the ingest dispatcher: it only maps immutable records and hands them on.
 */
public final class EngineLiveFeed implements LiveFeed {

    /** Newest messages of a batch handed to the detail pane (it follows one topic). */
    private static final int LATEST_PER_BATCH = 64;

    private final IngestPipeline pipeline;
    private final SpringCoreModel springCore;

    private final com.springcoreexplorer.ui.fleet.FleetFeed fleet;
    private final com.springcoreexplorer.ui.charts.ChartFeed charts;

    public EngineLiveFeed(IngestPipeline pipeline, SpringCoreModel springCore) {
        this(
                pipeline,
                springCore,
                com.springcoreexplorer.ui.fleet.FleetFeed.NONE,
                new EngineChartFeed(pipeline, springCore));
    }

    public EngineLiveFeed(
            IngestPipeline pipeline,
            SpringCoreModel springCore,
            com.springcoreexplorer.ui.fleet.FleetFeed fleet,
            com.springcoreexplorer.ui.charts.ChartFeed charts) {
        this.pipeline = pipeline;
        this.springCore = springCore;
        this.fleet = fleet;
        this.charts = charts;
    }

    @Override
    public com.springcoreexplorer.ui.fleet.FleetFeed fleet() {
        return fleet;
    }

    @Override
    public com.springcoreexplorer.ui.charts.ChartFeed charts() {
        return charts;
    }

    @Override
    public AutoCloseable subscribe(Consumer<LiveUpdate> listener) {
        ListenerRegistration batches = pipeline.addBatchListener(batch -> listener.accept(toUpdate(batch)));
        DecodedBatchListener events = (messages, decoded) -> {
            List<TagEventRow> rows = tagEvents(decoded);
            if (!rows.isEmpty()) {
                listener.accept(LiveUpdate.ofEvents(rows));
            }
        };
        springCore.addListener(events);
        DeviceListener devices = changes -> {
            List<ReaderRow> rows =
                    new ArrayList<>(changes.added().size() + changes.updated().size());
            changes.added().forEach(device -> rows.add(reader(device)));
            changes.updated().forEach(device -> rows.add(reader(device)));
            if (!rows.isEmpty()) {
                listener.accept(LiveUpdate.ofReaders(rows));
            }
        };
        springCore.registry().addListener(devices);
        return () -> {
            batches.remove();
            springCore.removeListener(events);
            springCore.registry().removeListener(devices);
        };
    }

    @Override
    public List<MessageView> history(String topic) {
        return pipeline.store().history(topic).stream()
                .map(EngineLiveFeed::view)
                .toList();
    }

    @Override
    public void clear() {
        pipeline.clear();
    }

    static LiveUpdate toUpdate(IngestBatch batch) {
        List<StoredMessage> messages = batch.messages();
        List<StoredMessage> latest = messages.size() > LATEST_PER_BATCH
                ? messages.subList(messages.size() - LATEST_PER_BATCH, messages.size())
                : messages;
        return new LiveUpdate(
                latest.stream().map(EngineLiveFeed::view).toList(),
                changes(batch.tree()),
                List.of(),
                List.of(),
                stats(batch.stats()),
                0);
    }

    static MessageView view(StoredMessage stored) {
        return new MessageView(stored.sequence(), stored.message(), stored.truncated(), stored.originalPayloadSize());
    }

    static TopicChanges changes(TopicTreeDiff diff) {
        return new TopicChanges(
                diff.cleared(),
                diff.added().stream().map(EngineLiveFeed::snapshot).toList(),
                diff.changed().stream().map(EngineLiveFeed::snapshot).toList());
    }

    static TopicSnapshot snapshot(TopicNode node) {
        return new TopicSnapshot(
                node.path(),
                node.name(),
                node.messageCount(),
                node.subtreeMessages(),
                node.retained(),
                node.ratePerSecond(),
                node.lastReceivedAt(),
                node.lastPreview());
    }

    static FeedStats stats(IngestStats stats) {
        return new FeedStats(
                stats.received(),
                stats.dropped(),
                stats.evicted(),
                stats.messagesPerSecond(),
                stats.memoryUsedBytes(),
                stats.memoryBudgetBytes(),
                stats.topics());
    }

    static List<TagEventRow> tagEvents(List<DecodedMessage> decoded) {
        List<TagEventRow> rows = new ArrayList<>();
        for (DecodedMessage message : decoded) {
            if (message instanceof TagEvent event) {
                rows.add(new TagEventRow(
                        event.receivedAt(),
                        event.deviceId(),
                        text(event.interfaceName()),
                        text(event.protocol()),
                        text(event.tagId()),
                        moveLabel(event),
                        event.rssi(),
                        text(event.tagData()),
                        String.join("; ", event.warnings()),
                        event.topic()));
            }
        }
        return rows;
    }

    /** One spelling for every firmware ($SCRDR "IR", old "Insert/Remove", new "Insert,Remove"); unknown values as sent. */
    static String moveLabel(TagEvent event) {
        if (event.move() == com.springcoreexplorer.mqtt.springcore.decode.Move.UNKNOWN) {
            return event.moveText() == null ? "" : event.moveText();
        }
        return event.move().label();
    }

    /** A reader's STATUS as the window shows it (the readers list and the fleet view alike). */
    static ReaderRow.State readerState(DeviceState state) {
        return switch (state) {
            case ONLINE_READY -> ReaderRow.State.READY;
            case ONLINE_BUSY -> ReaderRow.State.BUSY;
            case OFFLINE -> ReaderRow.State.OFFLINE;
            case OFFLINE_DEAD -> ReaderRow.State.DEAD;
            default -> ReaderRow.State.UNKNOWN;
        };
    }

    static ReaderRow reader(DeviceSnapshot device) {
        return new ReaderRow(
                device.deviceId(),
                readerState(device.state()),
                text(device.productName()),
                text(device.firmwareBuild()),
                device.lastTag() == null ? "" : text(device.lastTag().tagId()),
                device.lastSeen(),
                device.stale());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
