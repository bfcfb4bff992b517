package com.springcoreexplorer.mqtt.springcore;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.message.MessageBatchListener;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.decode.MessageDecoder;
import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import com.springcoreexplorer.mqtt.springcore.devices.DeviceRegistry;
import com.springcoreexplorer.mqtt.springcore.devices.RegistrySettings;
import com.springcoreexplorer.mqtt.springcore.events.TagEventLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The SpringCore side of ingest: decodes each message once, feeds the {@link DeviceRegistry} and the
 * {@link TagEventLog}, then tells listeners, once per batch. Register it with the ingest dispatcher as a
 * {@link MessageBatchListener}; call {@link #refresh()} from a timer on that same thread so stale flags
 * and rates move while no message arrives.
 */
public final class SpringCoreModel implements MessageBatchListener {

    private volatile MessageDecoder decoder;
    private final DeviceRegistry registry;
    private final TagEventLog events;
    private final Clock clock;
    private final List<DecodedBatchListener> listeners = new CopyOnWriteArrayList<>();

    public SpringCoreModel(DecoderSettings decoderSettings, RegistrySettings registrySettings, int eventCapacity, Clock clock) {
        this.decoder = new MessageDecoder(decoderSettings);
        this.registry = new DeviceRegistry(registrySettings);
        this.events = new TagEventLog(eventCapacity);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Default prefix, no rules, 30 s status interval, 100,000 events, system clock. */
    public SpringCoreModel() {
        this(DecoderSettings.DEFAULT, RegistrySettings.DEFAULT, TagEventLog.DEFAULT_CAPACITY, Clock.systemUTC());
    }

    @Override
    public void onBatch(List<InboundMessage> batch) {
        MessageDecoder d = decoder;
        List<DecodedMessage> decoded = new ArrayList<>(batch.size());
        for (InboundMessage m : batch) {
            DecodedMessage x = d.decode(m);
            decoded.add(x);
            registry.apply(x);
            if (x instanceof TagEvent e) {
                events.append(e);
            }
        }
        registry.publish(clock.instant());
        events.publish();
        if (!listeners.isEmpty()) {
            List<DecodedMessage> view = List.copyOf(decoded);
            for (DecodedBatchListener l : listeners) {
                l.onDecoded(batch, view);
            }
        }
    }

    /** Re-evaluates stale flags and rates now (timer on the dispatcher thread, e.g. every second). */
    public void refresh() {
        registry.refresh(clock.instant());
    }

    /** New prefix, rules or code names: applies from the next message on. */
    public void setDecoderSettings(DecoderSettings settings) {
        this.decoder = new MessageDecoder(settings);
    }

    public MessageDecoder decoder() {
        return decoder;
    }

    public DeviceRegistry registry() {
        return registry;
    }

    public TagEventLog events() {
        return events;
    }

    public Clock clock() {
        return clock;
    }

    public void addListener(DecodedBatchListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(DecodedBatchListener listener) {
        listeners.remove(listener);
    }
}
