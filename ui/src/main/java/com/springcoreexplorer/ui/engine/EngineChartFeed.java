package com.springcoreexplorer.ui.engine;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.DecodedBatchListener;
import com.springcoreexplorer.mqtt.springcore.SpringCoreModel;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import com.springcoreexplorer.mqtt.store.StoredMessage;
import com.springcoreexplorer.mqtt.topic.TopicFilters;
import com.springcoreexplorer.ui.charts.ChartFeed;
import com.springcoreexplorer.ui.charts.SeriesKey;
import com.springcoreexplorer.ui.charts.SeriesPoints;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Chart points from the real engine: the message store's history of an exact topic first (on the
 * caller's thread, a worker), then every batch's matching messages on the dispatcher.
 */
public final class EngineChartFeed implements ChartFeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IngestPipeline pipeline;
    private final SpringCoreModel springCore;

    public EngineChartFeed(IngestPipeline pipeline, SpringCoreModel springCore) {
        this.pipeline = pipeline;
        this.springCore = springCore;
    }

    @Override
    public AutoCloseable follow(SeriesKey key, Consumer<SeriesPoints> sink) {
        JsonPointer pointer = JsonPointer.compile(key.pointer());
        boolean exactTopic = !key.topic().contains("+") && !key.topic().contains("#");
        if (exactTopic) {
            List<StoredMessage> history = pipeline.store().history(key.topic());
            List<InboundMessage> messages =
                    history.stream().map(StoredMessage::message).toList();
            List<DecodedMessage> decoded =
                    messages.stream().map(m -> springCore.decoder().decode(m)).toList();
            SeriesPoints first = points(key, pointer, messages, decoded);
            if (first.size() > 0) {
                sink.accept(first);
            }
        }
        return followNew(key, sink);
    }

    /**
     * Only the points of the batches from now on, on the dispatcher (an opened recording reads the
     * history from its file: the message store keeps the last 100 per topic). Returns the remover.
     */
    public AutoCloseable followNew(SeriesKey key, Consumer<SeriesPoints> sink) {
        JsonPointer pointer = JsonPointer.compile(key.pointer());
        DecodedBatchListener live = (messages, decoded) -> {
            SeriesPoints points = points(key, pointer, messages, decoded);
            if (points.size() > 0) {
                sink.accept(points);
            }
        };
        springCore.addListener(live);
        return () -> springCore.removeListener(live);
    }

    /** The points of {@code key} in messages decoded by the SpringCore decoder ({@code decoded} in the same order). */
    public static SeriesPoints points(SeriesKey key, List<InboundMessage> messages, List<DecodedMessage> decoded) {
        return points(key, JsonPointer.compile(key.pointer()), messages, decoded);
    }

    static SeriesPoints points(
            SeriesKey key, JsonPointer pointer, List<InboundMessage> messages, List<DecodedMessage> decoded) {
        double[] times = null;
        double[] values = null;
        int n = 0;
        boolean rssi = "/RSSI".equalsIgnoreCase(key.pointer());
        for (int i = 0; i < messages.size(); i++) {
            InboundMessage m = messages.get(i);
            if (!TopicFilters.matches(key.topic(), m.topic())) {
                continue;
            }
            double value = rssi && i < decoded.size() && decoded.get(i) instanceof TagEvent e
                    ? (e.rssi() == null ? Double.NaN : e.rssi())
                    : number(m.payload(), pointer);
            if (Double.isNaN(value)) {
                continue;
            }
            if (times == null) {
                times = new double[messages.size() - i];
                values = new double[messages.size() - i];
            }
            times[n] = m.receivedAt().getEpochSecond() + m.receivedAt().getNano() / 1e9;
            values[n] = value;
            n++;
        }
        return n == 0
                ? new SeriesPoints(key, new double[0], new double[0])
                : new SeriesPoints(key, java.util.Arrays.copyOf(times, n), java.util.Arrays.copyOf(values, n));
    }

    /** The number at the pointer (a JSON number or a numeric string), NaN when there is none. */
    static double number(byte[] payload, JsonPointer pointer) {
        if (payload.length == 0 || (payload[0] != '{' && payload[0] != '[' && payload[0] != ' ')) {
            return Double.NaN;
        }
        try {
            JsonNode node = JSON.readTree(payload).at(pointer);
            if (node.isNumber()) {
                return node.doubleValue();
            }
            if (node.isTextual()) {
                return Double.parseDouble(node.textValue().strip());
            }
            if (node.isBoolean()) {
                return node.booleanValue() ? 1 : 0;
            }
        } catch (IOException | NumberFormatException notANumber) {
            // not JSON, or not a number there: no point
        }
        return Double.NaN;
    }
}
