package com.springcoreexplorer.app.demo.reader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulated SpringCore reader: a real MQTT 5 client with its own device certificate, client ID
 * = CN = serial number. Publishes META (retained) on connect, STATUS (retained) periodically, tag
 * events in its format at a random rate (Insert then Remove), leaves a last will
 * {@code {"State":"offline,dead"}}, and answers commands on its {@code rdr/cmd} with a busy blip.
 */
public final class SimulatedReader {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedReader.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String DEAD = "{\"State\":\"offline,dead\"}";

    private final String serial;
    private final String prefix;
    private final ReaderProfile profile;
    private final Settings settings;
    private final ScheduledExecutorService scheduler;
    private final ReaderListener listener;
    private final Random random;
    private final Mqtt5AsyncClient client;
    /** Volatile: a simulated reboot moves them on the timer thread while MQTT threads read them. */
    private volatile int startCounter;

    private volatile long startNanos = System.nanoTime();
    /** Off the air (dropped out with its will) until the simulated outage ends. */
    private final AtomicBoolean down = new AtomicBoolean();
    /** How far the tags' RSSI has drifted from the reader's usual (timer thread only). */
    private double rssiDrift;

    private final List<TagRead.Technology> recentTechnologies = new ArrayList<>();
    private final List<String> knownTags = new ArrayList<>();
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    /**
     * Timing of a reader.
     *
     * @param statusInterval  STATUS period (SpringCore default 30 s; the demo uses 10 s)
     * @param firstEvent      upper bound of the delay before the first tag (so a new user sees data at once)
     * @param meanEventGap    mean time between tags (exponential)
     */
    public record Settings(Duration statusInterval, Duration firstEvent, Duration meanEventGap, Troubles troubles) {
        /** The window's demo: troubles on, so the fleet view and alerts have something to show in the first minute. */
        public static final Settings DEMO =
                new Settings(Duration.ofSeconds(10), Duration.ofMillis(600), Duration.ofSeconds(4), Troubles.DEMO);

        /** Well-behaved readers (no reboots, outages or RSSI drift). */
        public Settings(Duration statusInterval, Duration firstEvent, Duration meanEventGap) {
            this(statusInterval, firstEvent, meanEventGap, Troubles.NONE);
        }

        public Settings {
            troubles = troubles == null ? Troubles.NONE : troubles;
        }

        public Settings withTroubles(Troubles value) {
            return new Settings(statusInterval, firstEvent, meanEventGap, value);
        }
    }

    /**
     * What goes wrong with the demo's readers, now and then, one reader at a time.
     *
     * @param enabled    off: readers behave
     * @param firstAfter the first trouble comes between this and 15 s later
     * @param meanGap    mean time between troubles (exponential)
     * @param outage     how long a reader that dropped out (last will) stays away
     * @param rssiDrift  how far (dB) the RSSI of a reader's tags may wander down from its usual
     */
    public record Troubles(boolean enabled, Duration firstAfter, Duration meanGap, Duration outage, int rssiDrift) {
        public static final Troubles NONE = new Troubles(false, Duration.ZERO, Duration.ofMinutes(1), Duration.ZERO, 0);
        public static final Troubles DEMO =
                new Troubles(true, Duration.ofSeconds(20), Duration.ofSeconds(35), Duration.ofSeconds(25), 20);
    }

    SimulatedReader(
            String serial,
            String prefix,
            ReaderProfile profile,
            Settings settings,
            String host,
            int port,
            KeyManagerFactory keyManagers,
            TrustManagerFactory trustManagers,
            ScheduledExecutorService scheduler,
            ReaderListener listener,
            long seed) {
        this.serial = serial;
        this.prefix = prefix;
        this.profile = profile;
        this.settings = settings;
        this.scheduler = scheduler;
        this.listener = listener;
        this.random = new Random(seed);
        this.startCounter = 1 + random.nextInt(400);
        this.client = Mqtt5Client.builder()
                .identifier(serial)
                .serverHost(host)
                .serverPort(port)
                .sslConfig()
                .keyManagerFactory(keyManagers)
                .trustManagerFactory(trustManagers)
                .applySslConfig()
                .buildAsync();
    }

    public String serial() {
        return serial;
    }

    public ReaderProfile profile() {
        return profile;
    }

    String topic(String channel) {
        return prefix + "/" + serial + "/" + channel;
    }

    /** True while connected and not dropped out or stopped. */
    boolean isUp() {
        return !stopped.get() && !down.get() && client.getState().isConnected();
    }

    /** A restart: the start-up counter goes up and the uptime starts again; META and STATUS as after power-on. */
    void reboot() {
        if (!isUp()) {
            return;
        }
        startCounter++;
        startNanos = System.nanoTime();
        LOG.info("demo reader {} reboots (start-up counter {})", serial, startCounter);
        publish("meta", meta(), true).thenCompose(done -> publishStatus("online,ready"));
    }

    /** Loses power: the broker publishes its last will; it comes back after {@code outage}, rebooted. */
    void dropOut(Duration outage) {
        if (!isUp() || !down.compareAndSet(false, true)) {
            return;
        }
        LOG.info("demo reader {} drops out for {} s", serial, outage.toSeconds());
        cancelTasks();
        client.disconnectWith()
                .reasonCode(
                        com.hivemq.client.mqtt.mqtt5.message.disconnect.Mqtt5DisconnectReasonCode
                                .DISCONNECT_WITH_WILL_MESSAGE)
                .send()
                .handle((done, failure) -> null);
        scheduler.schedule(
                () -> {
                    if (stopped.get()) {
                        return;
                    }
                    startCounter++;
                    startNanos = System.nanoTime();
                    down.set(false);
                    start().exceptionally(failure -> {
                        LOG.debug("demo reader {} could not come back: {}", serial, failure.toString());
                        return null;
                    });
                },
                outage.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void cancelTasks() {
        synchronized (tasks) {
            tasks.forEach(task -> task.cancel(false));
            tasks.clear();
        }
    }

    /** Connects with the last will, publishes META and STATUS, subscribes to commands, starts the events. */
    CompletableFuture<Void> start() {
        return client.connectWith()
                .cleanStart(true)
                .keepAlive(10)
                .willPublish()
                .topic(topic("status"))
                .qos(MqttQos.AT_LEAST_ONCE)
                .retain(true)
                .payload(DEAD.getBytes(StandardCharsets.US_ASCII))
                .applyWillPublish()
                .send()
                .thenCompose(connAck -> client.subscribeWith()
                        .topicFilter(topic("rdr/cmd"))
                        .qos(MqttQos.AT_LEAST_ONCE)
                        .callback(this::onCommand)
                        .send())
                .thenCompose(subAck -> publish("meta", meta(), true))
                .thenCompose(done -> publishStatus("online,ready"))
                .thenRun(this::schedule);
    }

    private void schedule() {
        synchronized (tasks) {
            if (stopped.get() || down.get()) {
                return;
            }
            long statusMillis = settings.statusInterval().toMillis();
            tasks.add(scheduler.scheduleAtFixedRate(
                    () -> publishStatus("online,ready"), statusMillis, statusMillis, TimeUnit.MILLISECONDS));
            tasks.add(scheduler.schedule(
                    this::nextTag,
                    50 + random.nextLong(Math.max(1, settings.firstEvent().toMillis())),
                    TimeUnit.MILLISECONDS));
        }
    }

    /** A tag arrives: Insert now, Remove a moment later (or a short Insert,Remove apparition). */
    private void nextTag() {
        if (stopped.get() || down.get()) {
            return;
        }
        TagRead.Technology technology = pickTechnology();
        String tagId = pickTag(technology);
        int template = 1 + random.nextInt(3);
        String tagData = random.nextInt(3) == 0 ? "" : "0000" + tagId.substring(0, Math.min(tagId.length(), 12));
        if (technology.hasRssi() && random.nextInt(4) == 0) {
            publishEvent(
                    new TagRead(technology, template, rssi(), tagId, TagRead.Move.INSERT_REMOVE, tagData, uptime()));
        } else {
            publishEvent(new TagRead(
                    technology,
                    template,
                    technology.hasRssi() ? rssi() : null,
                    tagId,
                    TagRead.Move.INSERT,
                    tagData,
                    uptime()));
            long presentMillis = 400 + random.nextInt(2_100);
            later(
                    () -> publishEvent(new TagRead(
                            technology,
                            template,
                            technology.hasRssi() ? rssi() : null,
                            tagId,
                            TagRead.Move.REMOVE,
                            tagData,
                            uptime())),
                    presentMillis);
        }
        double gap =
                -Math.log(1 - random.nextDouble()) * settings.meanEventGap().toMillis();
        later(this::nextTag, (long) Math.clamp(gap, 300, settings.meanEventGap().toMillis() * 4));
    }

    private void later(Runnable task, long millis) {
        synchronized (tasks) {
            if (stopped.get() || down.get()) {
                return;
            }
            tasks.removeIf(ScheduledFuture::isDone);
            tasks.add(scheduler.schedule(task, millis, TimeUnit.MILLISECONDS));
        }
    }

    private TagRead.Technology pickTechnology() {
        List<TagRead.Technology> options = profile.technologies();
        // the first technology is the reader's main one: about half the reads
        return random.nextBoolean() ? options.getFirst() : options.get(random.nextInt(options.size()));
    }

    /** Regulars come back (the same badge many times a day); now and then a new tag. */
    private String pickTag(TagRead.Technology technology) {
        if (!knownTags.isEmpty() && random.nextInt(3) > 0) {
            for (int tries = 0; tries < 4; tries++) {
                int index = random.nextInt(knownTags.size());
                if (recentTechnologies.get(index) == technology) {
                    return knownTags.get(index);
                }
            }
        }
        byte[] id = new byte[technology.idBytes()];
        random.nextBytes(id);
        if (technology == TagRead.Technology.NFC_A) {
            id[0] = 0x04; // NXP manufacturer byte, like most 7-byte UIDs
        }
        String tagId = HexFormat.of().withUpperCase().formatHex(id);
        if (knownTags.size() < 12) {
            knownTags.add(tagId);
            recentTechnologies.add(technology);
        }
        return tagId;
    }

    private int rssi() {
        int drift = settings.troubles().rssiDrift();
        if (drift > 0) {
            // a slow random walk, a little downwards: an antenna going bad, a tag moved further away
            rssiDrift = Math.clamp(rssiDrift + random.nextGaussian() * 1.5 + 0.1, 0, drift);
        }
        return Math.clamp(-35 - random.nextInt(40) - Math.round(rssiDrift), -99, -20);
    }

    private void publishEvent(TagRead read) {
        String payload = profile.format().format(read);
        publish("rdr/evt", payload, false).thenRun(() -> listener.eventPublished(serial, payload));
    }

    private void onCommand(Mqtt5Publish command) {
        String text = new String(command.getPayloadAsBytes(), StandardCharsets.UTF_8).strip();
        LOG.info("reader {} blinking/beeping for command {}", serial, text);
        listener.commandReceived(serial, text);
        publishStatus("online,busy");
        later(() -> publishStatus("online,ready"), 1_000);
    }

    private CompletableFuture<Void> publishStatus(String state) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("State", state);
        status.put("Uptime", uptime());
        return publish("status", toJson(status), true);
    }

    private CompletableFuture<Void> publish(String channel, String payload, boolean retain) {
        if (stopped.get() && !"status".equals(channel)) {
            return CompletableFuture.completedFuture(null);
        }
        return client.publishWith()
                .topic(topic(channel))
                .qos(MqttQos.AT_LEAST_ONCE)
                .retain(retain)
                .payload(payload.getBytes(StandardCharsets.UTF_8))
                .send()
                .handle((result, failure) -> {
                    if (failure != null && !stopped.get()) {
                        LOG.debug("reader {} could not publish on {}: {}", serial, channel, failure.toString());
                    }
                    return null;
                });
    }

    private String meta() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("VendorName", "SpringCard");
        meta.put("ProductName", profile.productName());
        meta.put("ProductVariant", profile.variant());
        meta.put("SerialNumber", serial);
        meta.put("Version", "1.2");
        meta.put("Firmware", "SpringCore demo");
        meta.put("Revision", "1.2.0-demo");
        meta.put("Hardware", "demo");
        meta.put("UniqueId", "DEMO-" + serial);
        meta.put("ConfigId", "demo-config");
        meta.put("Open", false);
        meta.put("Location", profile.location());
        meta.put(
                "PhysAddress",
                "02:5C:" + serial.substring(0, 2) + ":" + serial.substring(2, 4) + ":" + serial.substring(4, 6) + ":"
                        + serial.substring(6, 8));
        meta.put("IpAddress", "127.0.0.1");
        meta.put("Protocol", profile.format().metaProtocol());
        meta.put("Interfaces", profile.interfaces());
        return toJson(meta);
    }

    /** {@code CCC:SSS.MMM}: start-up counter, then seconds.milliseconds since start. */
    String uptime() {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return String.format("%d:%d.%03d", startCounter, millis / 1000, millis % 1000);
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the events, says {@code offline} (a clean stop sends no will) and disconnects. */
    CompletableFuture<Void> stop() {
        if (!stopped.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        synchronized (tasks) {
            tasks.forEach(task -> task.cancel(false));
            tasks.clear();
        }
        if (!client.getState().isConnected()) {
            return CompletableFuture.completedFuture(null);
        }
        Map<String, Object> offline = Map.of("State", "offline");
        return publish("status", toJson(offline), true)
                .thenCompose(done -> client.disconnect())
                .handle((done, failure) -> null);
    }

    /** Drops the connection without DISCONNECT, as a reader losing power does: the broker sends the will. */
    void crash() {
        stopped.set(true);
        synchronized (tasks) {
            tasks.forEach(task -> task.cancel(false));
        }
        client.disconnectWith()
                .reasonCode(
                        com.hivemq.client.mqtt.mqtt5.message.disconnect.Mqtt5DisconnectReasonCode
                                .DISCONNECT_WITH_WILL_MESSAGE)
                .send();
    }
}
