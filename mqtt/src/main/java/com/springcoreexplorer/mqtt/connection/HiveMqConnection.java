package com.springcoreexplorer.mqtt.connection;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientBuilder;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.MqttClientSslConfigBuilder;
import com.hivemq.client.mqtt.MqttClientTransportConfig;
import com.hivemq.client.mqtt.MqttClientTransportConfigBuilder;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.MqttWebSocketConfig;
import com.hivemq.client.mqtt.exceptions.MqttClientStateException;
import com.hivemq.client.mqtt.lifecycle.MqttClientConnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.lifecycle.Mqtt3ClientConnectedContext;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientConnectedContext;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.ConnectionProblem.Kind;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.MqttProtocol;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import com.springcoreexplorer.mqtt.profile.TlsVersion;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MqttConnection} over the HiveMQ async client. Reconnects are ours (delay chosen by
 * {@link BackoffPolicy}, handed to HiveMQ's reconnector, which resubscribes when the session is gone).
 * State listeners run on one "events" thread per connection, in order, never on Netty threads.
 * Logs hosts, client IDs and causes; never a password or key material.
 */
final class HiveMqConnection implements MqttConnection {

    private static final Logger LOG = LoggerFactory.getLogger(HiveMqConnection.class);

    private final ConnectionProfile profile;
    private final TlsMaterial material;
    private final ConnectionOptions options;
    private final String clientId;
    private final List<Consumer<ConnectionState>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService events;
    private final Random random = new Random();
    private final Map<String, SubscriptionSpec> subscriptions = new LinkedHashMap<>();
    private final Deque<Long> takeovers = new ArrayDeque<>();

    private volatile ConnectionState state = ConnectionState.disconnected(null);
    private volatile ProtocolClient client;
    private volatile boolean userClosing;
    private volatile boolean everConnected;
    private volatile long connectedAtNanos;
    private int failedAttempts;

    HiveMqConnection(ConnectionProfile profile, TlsMaterial material, ConnectionOptions options) {
        this.profile = profile;
        this.material = material;
        this.options = options;
        this.clientId = profile.effectiveClientId(material.commonName());
        profile.subscriptions().forEach(s -> subscriptions.put(s.filter(), s));
        this.events = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("mqtt-events-" + clientId).factory());
    }

    @Override
    public ConnectionProfile profile() {
        return profile;
    }

    @Override
    public String clientId() {
        return clientId;
    }

    @Override
    public Role role() {
        return material.role();
    }

    @Override
    public List<String> warnings() {
        return profile.warnings();
    }

    @Override
    public ConnectionState state() {
        return state;
    }

    @Override
    public Runnable addStateListener(Consumer<ConnectionState> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void setState(ConnectionState next) {
        state = next;
        LOG.info("{} ({}:{}) {}", clientId, profile.host(), profile.port(), next.describe());
        if (!events.isShutdown()) {
            events.execute(() -> listeners.forEach(listener -> {
                try {
                    listener.accept(next);
                } catch (RuntimeException e) {
                    LOG.warn("connection state listener failed", e);
                }
            }));
        }
    }

    @Override
    public CompletableFuture<List<SubscriptionResult>> connect() {
        ProtocolClient protocol;
        synchronized (this) {
            if (client == null) {
                try {
                    client = build();
                } catch (ConnectionException e) {
                    setState(ConnectionState.disconnected(e.problem()));
                    return CompletableFuture.failedFuture(e);
                }
            }
            protocol = client;
            if (state.phase() == ConnectionState.Phase.CONNECTED
                    || state.phase() == ConnectionState.Phase.RECONNECTING) {
                // already up (or coming back by itself): connecting again only re-checks the subscriptions
                List<SubscriptionSpec> wanted = currentSubscriptions();
                return wanted.isEmpty() ? CompletableFuture.completedFuture(List.of()) : protocol.subscribe(wanted);
            }
            userClosing = false;
            failedAttempts = 0;
            takeovers.clear();
        }
        setState(ConnectionState.connecting());
        List<SubscriptionSpec> wanted = currentSubscriptions();
        return protocol.connect()
                .exceptionally(failure -> {
                    Throwable cause = HiveMqProtocolClient.unwrap(failure);
                    throw new CompletionException(new ConnectionException(ConnectionFailures.classify(cause), cause));
                })
                .thenCompose(connected -> wanted.isEmpty()
                        ? CompletableFuture.completedFuture(List.<SubscriptionResult>of())
                        : protocol.subscribe(wanted))
                .thenApply(results -> {
                    results.stream()
                            .filter(r -> !r.granted())
                            .forEach(r -> LOG.warn("{}: subscription {}", clientId, r.describe()));
                    return results;
                });
    }

    private List<SubscriptionSpec> currentSubscriptions() {
        synchronized (subscriptions) {
            return List.copyOf(subscriptions.values());
        }
    }

    @Override
    public CompletableFuture<List<SubscriptionResult>> subscribe(List<SubscriptionSpec> more) {
        synchronized (subscriptions) {
            more.forEach(s -> subscriptions.put(s.filter(), s));
        }
        ProtocolClient protocol = client;
        if (protocol == null) {
            return CompletableFuture.failedFuture(new ConnectionException(
                    ConnectionProblem.of(Kind.CONNECTION_LOST, "not connected", "connect first"), null));
        }
        return protocol.subscribe(more);
    }

    @Override
    public CompletableFuture<Void> unsubscribe(List<String> filters) {
        synchronized (subscriptions) {
            filters.forEach(subscriptions::remove);
        }
        ProtocolClient protocol = client;
        return protocol == null ? CompletableFuture.completedFuture(null) : protocol.unsubscribe(filters);
    }

    @Override
    public CompletableFuture<PublishOutcome> publish(
            String topic, byte[] payload, int qos, boolean retain, List<Map.Entry<String, String>> userProperties) {
        ProtocolClient protocol = client;
        if (protocol == null) {
            return CompletableFuture.completedFuture(new PublishOutcome.Failed("not connected; connect first"));
        }
        return protocol.publish(topic, payload.clone(), qos, retain, List.copyOf(userProperties));
    }

    @Override
    public CompletableFuture<PublishOutcome> publish(
            String topic, byte[] payload, int qos, boolean retain, InboundMessage.MessageProperties properties) {
        ProtocolClient protocol = client;
        if (protocol == null) {
            return CompletableFuture.completedFuture(new PublishOutcome.Failed("not connected; connect first"));
        }
        return protocol.publish(
                topic,
                payload.clone(),
                qos,
                retain,
                properties == null ? InboundMessage.MessageProperties.NONE : properties);
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        userClosing = true;
        ProtocolClient protocol = client;
        if (protocol == null) {
            return CompletableFuture.completedFuture(null);
        }
        return protocol.disconnect().handle((done, failure) -> {
            // already disconnected (or waiting to reconnect, which disconnect cancels): nothing left to close
            if (failure != null && !(HiveMqProtocolClient.unwrap(failure) instanceof MqttClientStateException)) {
                LOG.debug("{}: disconnect: {}", clientId, failure.toString());
            }
            if (state.phase() != ConnectionState.Phase.DISCONNECTED) {
                setState(ConnectionState.disconnected(ConnectionProblem.of(Kind.CLOSED_BY_USER, "closed by you", "")));
            }
            return null;
        });
    }

    @Override
    public void close() {
        try {
            disconnect().get(3, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debug("{}: close did not finish cleanly: {}", clientId, e.toString());
        }
        events.shutdown();
    }

    // --- HiveMQ lifecycle (Netty threads: decide, set state, return) ---

    private void onConnected(MqttClientConnectedContext context) {
        everConnected = true;
        connectedAtNanos = System.nanoTime();
        setState(ConnectionState.connected(sessionPresent(context)));
    }

    /** CONNACK "session present": the broker resumed the session it kept for this client ID. */
    private static boolean sessionPresent(MqttClientConnectedContext context) {
        return switch (context) {
            case Mqtt5ClientConnectedContext mqtt5 -> mqtt5.getConnAck().isSessionPresent();
            case Mqtt3ClientConnectedContext mqtt3 -> mqtt3.getConnAck().isSessionPresent();
            default -> false;
        };
    }

    private void onDisconnected(MqttClientDisconnectedContext context) {
        long upNanos = connectedAtNanos == 0 ? -1 : System.nanoTime() - connectedAtNanos;
        connectedAtNanos = 0;
        if (userClosing || context.getSource() == MqttDisconnectSource.USER) {
            setState(ConnectionState.disconnected(ConnectionProblem.of(Kind.CLOSED_BY_USER, "closed by you", "")));
            return;
        }
        ConnectionProblem problem = ConnectionFailures.classify(context.getCause());
        if (!everConnected) {
            // the first connect failed: the connect() future carries the reason; no retry loop on bad settings
            setState(ConnectionState.disconnected(problem));
            return;
        }
        // mosquitto closes the old connection without DISCONNECT 0x8E: a server-side drop soon after
        // connecting is the same evidence as an explicit takeover
        boolean takeover = problem.kind() == Kind.SESSION_TAKEN_OVER
                || (problem.kind() == Kind.CONNECTION_LOST
                        && context.getSource() == MqttDisconnectSource.SERVER
                        && upNanos >= 0
                        && upNanos < options.stableAfter().toNanos());
        ConnectionProblem loop = takeover ? recordTakeover() : null;
        if (loop != null) {
            LOG.warn("{}: {}", clientId, loop.message());
            setState(ConnectionState.disconnected(loop));
            return;
        }
        if (!options.autoReconnect()) {
            setState(ConnectionState.disconnected(problem));
            return;
        }
        int attempt;
        synchronized (this) {
            if (upNanos >= options.stableAfter().toNanos()) {
                failedAttempts = 0;
            }
            attempt = ++failedAttempts;
        }
        Duration delay = options.backoff().delay(attempt, random);
        context.getReconnector().reconnect(true).delay(delay.toMillis(), TimeUnit.MILLISECONDS);
        setState(ConnectionState.reconnecting(delay, attempt, problem));
    }

    /** Counts a takeover; returns the loop problem when there were too many within the window. */
    private synchronized ConnectionProblem recordTakeover() {
        long now = System.nanoTime();
        takeovers.addLast(now);
        while (!takeovers.isEmpty()
                && now - takeovers.peekFirst() > options.takeoverWindow().toNanos()) {
            takeovers.removeFirst();
        }
        if (takeovers.size() < options.takeoverThreshold()) {
            return null;
        }
        return ConnectionProblem.of(
                Kind.DUPLICATE_CLIENT_ID_LOOP,
                "another client keeps connecting with client ID '" + clientId
                        + "' and the broker throws this one out each time, right after it connects (" + takeovers.size()
                        + " times in "
                        + options.takeoverWindow().toSeconds() + " s); stopped reconnecting",
                "close the other program or window using this client ID (SpringCore brokers want client ID = certificate CN, "
                        + "so each client needs its own certificate)");
    }

    // --- building the HiveMQ client ---

    private ProtocolClient build() {
        MqttClientTransportConfigBuilder transport = MqttClientTransportConfig.builder()
                .serverAddress(serverAddress())
                .sslConfig(sslConfig())
                .socketConnectTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .mqttConnectTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (profile.usesWebSocket()) {
            transport = transport.webSocketConfig(MqttWebSocketConfig.builder()
                    .serverPath(profile.webSocketPath().substring(1))
                    .subprotocol("mqtt")
                    .build());
        }
        MqttClientBuilder builder = MqttClient.builder()
                .identifier(clientId)
                .transportConfig(transport.build())
                .addConnectedListener(this::onConnected)
                .addDisconnectedListener(this::onDisconnected);
        String username = profile.username();
        byte[] password = password();
        if (profile.protocol() == MqttProtocol.MQTT_3_1_1) {
            if (!profile.alpn().isEmpty()) {
                throw new ConnectionException(
                        ConnectionProblem.of(
                                Kind.OTHER,
                                "ALPN needs MQTT 5 in this version",
                                "set the profile to MQTT 5 or remove ALPN"),
                        null);
            }
            Mqtt3AsyncClient mqtt3 = builder.useMqttVersion3().buildAsync();
            if (options.leaveMessagesQueued()) {
                // a flow that never acknowledges: HiveMQ sends no PUBACK/PUBREC until every flow has
                mqtt3.publishes(MqttGlobalPublishFilter.ALL, publish -> {}, true);
            }
            return new Mqtt3ProtocolClient(mqtt3, profile, username, password, options.sink());
        }
        Mqtt5AsyncClient mqtt5 = builder.useMqttVersion5().buildAsync();
        if (options.leaveMessagesQueued()) {
            // as above: registered before connecting, so it also holds what a resumed session delivers first
            mqtt5.publishes(MqttGlobalPublishFilter.ALL, publish -> {}, true);
        }
        if (!profile.alpn().isEmpty()) {
            AlpnSupport.install(mqtt5, material, profile);
        }
        return new Mqtt5ProtocolClient(mqtt5, profile, username, password, options.sink());
    }

    /**
     * Host and port; with a server name (SNI) different from the host, an address whose host name is
     * the server name and whose IP is the host's, so TLS sends and checks the server name.
     */
    private InetSocketAddress serverAddress() {
        if (profile.serverName() == null
                || profile.serverName().isBlank()
                || profile.serverName().equals(profile.host())) {
            return InetSocketAddress.createUnresolved(profile.host(), profile.port());
        }
        try {
            InetAddress resolved = InetAddress.getByName(profile.host());
            return new InetSocketAddress(
                    InetAddress.getByAddress(profile.serverName(), resolved.getAddress()), profile.port());
        } catch (UnknownHostException e) {
            throw new ConnectionException(ConnectionFailures.classify(e), e);
        }
    }

    private MqttClientSslConfig sslConfig() {
        MqttClientSslConfigBuilder ssl = MqttClientSslConfig.builder()
                .keyManagerFactory(material.keyManagers())
                .trustManagerFactory(material.trustManagers())
                .protocols(
                        profile.tlsVersions().stream().map(TlsVersion::jsseName).toList())
                .handshakeTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (!profile.hostnameVerification()) {
            // a separate, warned choice: the trust managers still validate the chain
            ssl = ssl.hostnameVerifier((host, session) -> true);
        }
        return ssl.build();
    }

    private byte[] password() {
        if (profile.passwordRef() == null) {
            return null;
        }
        char[] chars = options.passwordSource()
                .password(profile.passwordRef())
                .orElseThrow(() -> new ConnectionException(
                        ConnectionProblem.of(
                                Kind.OTHER,
                                "no password is stored for user '" + profile.username() + "'",
                                "store the password for this profile first"),
                        null));
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(chars, '\0');
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "MqttConnection[" + profile.name() + ", " + clientId + "@" + profile.host() + ":" + profile.port() + ", "
                + state.phase() + "]";
    }
}
