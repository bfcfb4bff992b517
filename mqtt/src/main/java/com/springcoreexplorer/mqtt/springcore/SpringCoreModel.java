package com.springcoreexplorer.mqtt.springcore;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.message.MessageBatchListener;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.decode.MessageDecoder;
import com.springcoreexplorer.mqtt.springcore.devices.DeviceRegistry;
import com.springcoreexplorer.mqtt.springcore.devices.RegistrySettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The SpringCore side of ingest: decodes each message once, feeds the {@link DeviceRegistry}, then tells
 * listeners, once per batch. It keeps no events itself: the messages stay in the ingest's budgeted
 * message store, and whoever shows or records tag events keeps them from {@link DecodedBatchListener}. Register it with the ingest dispatcher as a
 * {@link MessageBatchListener}; call {@link #refresh()} from a timer on that same thread so stale flags
 * and rates move while no message arrives.
 */
public final class SpringCoreModel implements MessageBatchListener {

    private volatile MessageDecoder decoder;
    private final DeviceRegistry registry;
    private final Clock clock;
    private final List<DecodedBatchListener> listeners = new CopyOnWriteArrayList<>();

    public SpringCoreModel(DecoderSettings decoderSettings, RegistrySettings registrySettings, Clock clock) {
        this.decoder = new MessageDecoder(decoderSettings);
        this.registry = new DeviceRegistry(registrySettings);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Default prefix, no rules, 30 s status interval, system clock. */
    public SpringCoreModel() {
        this(DecoderSettings.DEFAULT, RegistrySettings.DEFAULT, Clock.systemUTC());
    }

    @Override
    public void onBatch(List<InboundMessage> batch) {
        MessageDecoder d = decoder;
        List<DecodedMessage> decoded = new ArrayList<>(batch.size());
        for (InboundMessage m : batch) {
            DecodedMessage x = d.decode(m);
            decoded.add(x);
            registry.apply(x);
        }
        registry.publish(clock.instant());
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
