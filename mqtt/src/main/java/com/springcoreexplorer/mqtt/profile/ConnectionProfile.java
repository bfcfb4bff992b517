package com.springcoreexplorer.mqtt.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.springcoreexplorer.mqtt.topic.TopicFilters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to reach one broker, as the user saved it. Immutable; stored as JSON by {@link ProfileStore}.
 * Holds names only: the identity and trust anchors are names in the certificate store, and a
 * password is never here (only {@link #passwordRef()}, the key under which a secret source keeps it).
 *
 * @param name                  unique profile name
 * @param host                  broker host name or address
 * @param port                  TCP port (8883: MQTT over TLS)
 * @param identity              stored certificate (client identity) name
 * @param trustAnchors          stored trust anchor names for the broker's chain
 * @param clientId              MQTT client ID; null = the certificate's Common Name (what SpringCore brokers require)
 * @param protocol              MQTT 5 (default) or 3.1.1
 * @param tlsVersions           offered TLS versions (1.3 and 1.2 only)
 * @param hostnameVerification  check the broker certificate names the host; on by default. Off never
 *                              turns off chain validation
 * @param serverName            SNI name and name checked in the certificate when it differs from
 *                              {@code host} (e.g. connecting by IP address); null = host
 * @param alpn                  ALPN protocol names to offer (empty = none)
 * @param webSocketPath         MQTT over secure WebSocket (wss) on this path; null = plain MQTT over TLS
 * @param username              optional MQTT user name
 * @param passwordRef           key of the password in the caller's secret source; null = no password
 * @param keepAliveSeconds      MQTT keep-alive
 * @param cleanStart            true: a fresh session per connection; false: a persistent session
 * @param sessionExpirySeconds  how long the broker keeps a persistent session after a disconnect (MQTT 5)
 * @param topicPrefix           SpringCore topic prefix
 * @param subscriptions         filters subscribed on connect; default (null) {@code {prefix}/#}, empty = none
 * @param decodingRules         SpringCore decoding rules, kept verbatim for the decoder
 * @param alertRules            fleet alert rules (docs/fleet.md), kept verbatim; empty = the default rules.
 *                              Optional in the file: profiles saved before it existed load unchanged
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConnectionProfile(
        String name,
        String host,
        int port,
        String identity,
        List<String> trustAnchors,
        String clientId,
        MqttProtocol protocol,
        List<TlsVersion> tlsVersions,
        boolean hostnameVerification,
        String serverName,
        List<String> alpn,
        String webSocketPath,
        String username,
        String passwordRef,
        int keepAliveSeconds,
        boolean cleanStart,
        long sessionExpirySeconds,
        String topicPrefix,
        List<SubscriptionSpec> subscriptions,
        List<JsonNode> decodingRules,
        List<JsonNode> alertRules) {

    public static final int DEFAULT_PORT = 8883;
    public static final String DEFAULT_PREFIX = "springcard/springcore";
    public static final int DEFAULT_KEEP_ALIVE_SECONDS = 30;
    public static final long DEFAULT_PERSISTENT_SESSION_EXPIRY_SECONDS = 24 * 3600;

    public static final String WARNING_NO_HOSTNAME_VERIFICATION =
            "hostname verification is off: any certificate from a trusted CA "
                    + "is accepted for this broker, whatever host it names (the chain is still checked)";
    public static final String WARNING_MQTT_3 =
            "MQTT 3.1.1: a broker drops refused publishes silently (the publish looks accepted); "
                    + "use MQTT 5 to see refusals";

    public ConnectionProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(identity, "identity");
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
        protocol = protocol == null ? MqttProtocol.MQTT_5 : protocol;
        tlsVersions = tlsVersions == null || tlsVersions.isEmpty()
                ? List.of(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2)
                : List.copyOf(tlsVersions);
        alpn = alpn == null ? List.of() : List.copyOf(alpn);
        topicPrefix = topicPrefix == null || topicPrefix.isBlank() ? DEFAULT_PREFIX : topicPrefix;
        // null = the default; an empty list is a real choice (e.g. a publish-only connection)
        subscriptions =
                subscriptions == null ? List.of(SubscriptionSpec.of(topicPrefix + "/#")) : List.copyOf(subscriptions);
        decodingRules = decodingRules == null ? List.of() : List.copyOf(decodingRules);
        alertRules = alertRules == null ? List.of() : List.copyOf(alertRules);
        port = port == 0 ? DEFAULT_PORT : port;
        keepAliveSeconds = keepAliveSeconds <= 0 ? DEFAULT_KEEP_ALIVE_SECONDS : keepAliveSeconds;
    }

    /** Reads a stored profile; a field left out of the file gets the builder's (safe) default, never false/0. */
    @JsonCreator
    static ConnectionProfile fromJson(
            @JsonProperty("name") String name,
            @JsonProperty("host") String host,
            @JsonProperty("port") Integer port,
            @JsonProperty("identity") String identity,
            @JsonProperty("trustAnchors") List<String> trustAnchors,
            @JsonProperty("clientId") String clientId,
            @JsonProperty("protocol") MqttProtocol protocol,
            @JsonProperty("tlsVersions") List<TlsVersion> tlsVersions,
            @JsonProperty("hostnameVerification") Boolean hostnameVerification,
            @JsonProperty("serverName") String serverName,
            @JsonProperty("alpn") List<String> alpn,
            @JsonProperty("webSocketPath") String webSocketPath,
            @JsonProperty("username") String username,
            @JsonProperty("passwordRef") String passwordRef,
            @JsonProperty("keepAliveSeconds") Integer keepAliveSeconds,
            @JsonProperty("cleanStart") Boolean cleanStart,
            @JsonProperty("sessionExpirySeconds") Long sessionExpirySeconds,
            @JsonProperty("topicPrefix") String topicPrefix,
            @JsonProperty("subscriptions") List<SubscriptionSpec> subscriptions,
            @JsonProperty("decodingRules") List<JsonNode> decodingRules,
            @JsonProperty("alertRules") List<JsonNode> alertRules) {
        return new ConnectionProfile(
                name == null ? "" : name,
                host == null ? "" : host,
                port == null ? DEFAULT_PORT : port,
                identity == null ? "" : identity,
                trustAnchors,
                clientId,
                protocol,
                tlsVersions,
                hostnameVerification == null || hostnameVerification,
                serverName,
                alpn,
                webSocketPath,
                username,
                passwordRef,
                keepAliveSeconds == null ? DEFAULT_KEEP_ALIVE_SECONDS : keepAliveSeconds,
                cleanStart == null || cleanStart,
                sessionExpirySeconds == null ? 0 : sessionExpirySeconds,
                topicPrefix,
                subscriptions,
                decodingRules,
                alertRules);
    }

    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    public Builder toBuilder() {
        return new Builder()
                .name(name)
                .host(host)
                .port(port)
                .identity(identity)
                .trustAnchors(trustAnchors)
                .clientId(clientId)
                .protocol(protocol)
                .tlsVersions(tlsVersions)
                .hostnameVerification(hostnameVerification)
                .serverName(serverName)
                .alpn(alpn)
                .webSocketPath(webSocketPath)
                .username(username)
                .passwordRef(passwordRef)
                .keepAliveSeconds(keepAliveSeconds)
                .cleanStart(cleanStart)
                .sessionExpirySeconds(sessionExpirySeconds)
                .topicPrefix(topicPrefix)
                .subscriptions(subscriptions)
                .decodingRules(decodingRules)
                .alertRules(alertRules);
    }

    /** The client ID to send: the profile's, else the certificate's CN (SpringCore: client ID = CN). */
    public String effectiveClientId(String certificateCommonName) {
        return clientId == null || clientId.isBlank() ? certificateCommonName : clientId;
    }

    /** The name sent as SNI and checked against the broker certificate. */
    @JsonIgnore
    public String effectiveServerName() {
        return serverName == null || serverName.isBlank() ? host : serverName;
    }

    /**
     * True when the broker keeps this client's session (subscriptions, queued QoS 1/2 messages) while it is
     * offline: MQTT 5 clean start off, MQTT 3.1.1 clean session off.
     */
    @JsonIgnore
    public boolean keepsSession() {
        return !cleanStart;
    }

    /** The session setting in words, e.g. "kept 1 h while offline" or "clean start (nothing kept while offline)". */
    @JsonIgnore
    public String sessionSummary() {
        if (cleanStart) {
            return "clean start (nothing kept while offline)";
        }
        if (protocol == MqttProtocol.MQTT_3_1_1) {
            return "kept while offline (MQTT 3.1.1 clean session off: until a clean-session connect)";
        }
        return sessionExpirySeconds == 0
                ? "resumed, but ended at each disconnect (expiry 0)"
                : "kept " + duration(sessionExpirySeconds) + " while offline";
    }

    /** "90 s", "15 min", "2 h", "1 h 30 min", "7 d"; 4294967295 s (MQTT 5: never expires) is "with no time limit". */
    public static String duration(long seconds) {
        if (seconds >= 0xFFFF_FFFFL) {
            return "with no time limit";
        }
        if (seconds < 60 || seconds % 60 != 0) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + " d";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    @JsonIgnore
    public boolean usesWebSocket() {
        return webSocketPath != null;
    }

    /** Things the user should know before connecting with this profile, in plain words. */
    @JsonIgnore
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (!hostnameVerification) {
            warnings.add(WARNING_NO_HOSTNAME_VERIFICATION);
        }
        if (protocol == MqttProtocol.MQTT_3_1_1) {
            warnings.add(WARNING_MQTT_3);
        }
        if (!cleanStart && sessionExpirySeconds == 0 && protocol == MqttProtocol.MQTT_5) {
            warnings.add("persistent session with expiry 0: the broker ends it at every disconnect; set an expiry");
        }
        return List.copyOf(warnings);
    }

    /** Problems that make the profile unusable, in plain words (empty = usable). */
    @JsonIgnore
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name.isBlank()) {
            problems.add("the profile needs a name");
        }
        if (host.isBlank()) {
            problems.add("the profile needs a broker host (--host)");
        } else if (host.contains("://") || host.contains("/")) {
            problems.add("host '" + host + "' must be a host name or address only, without scheme or path");
        }
        if (port < 1 || port > 65535) {
            problems.add("port " + port + " is not a TCP port (1-65535; MQTT over TLS is 8883)");
        }
        if (identity.isBlank()) {
            problems.add("the profile needs a client certificate name from the store (--identity)");
        }
        if (trustAnchors.isEmpty()) {
            problems.add(
                    "the profile needs at least one trust anchor name from the store (--trust) to check the broker");
        }
        if (clientId != null && clientId.isBlank()) {
            problems.add("the client ID cannot be blank (leave it out to use the certificate's Common Name)");
        }
        if (webSocketPath != null && !webSocketPath.startsWith("/")) {
            problems.add("WebSocket path '" + webSocketPath + "' must start with '/' (e.g. /mqtt)");
        }
        if (keepAliveSeconds > 65535) {
            problems.add("keep-alive must be at most 65535 s");
        }
        if (sessionExpirySeconds < 0 || sessionExpirySeconds > 0xFFFF_FFFFL) {
            problems.add("session expiry must be between 0 and 4294967295 s");
        }
        if (TopicFilters.hasWildcard(topicPrefix)) {
            problems.add("topic prefix '" + topicPrefix + "' cannot contain wildcards");
        }
        for (SubscriptionSpec subscription : subscriptions) {
            TopicFilters.problem(subscription.filter()).ifPresent(problems::add);
        }
        if (!alpn.isEmpty() && protocol == MqttProtocol.MQTT_3_1_1) {
            problems.add("ALPN needs MQTT 5 in this version: remove ALPN or use MQTT 5");
        }
        if (username == null && passwordRef != null) {
            problems.add("a password needs a user name");
        }
        return List.copyOf(problems);
    }

    /** Builder with the SpringCore defaults: port 8883, MQTT 5, TLS 1.3/1.2, hostname verification on, clean start. */
    public static final class Builder {
        private String name = "";
        private String host = "";
        private int port = DEFAULT_PORT;
        private String identity = "";
        private List<String> trustAnchors = List.of();
        private String clientId;
        private MqttProtocol protocol = MqttProtocol.MQTT_5;
        private List<TlsVersion> tlsVersions = List.of(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2);
        private boolean hostnameVerification = true;
        private String serverName;
        private List<String> alpn = List.of();
        private String webSocketPath;
        private String username;
        private String passwordRef;
        private int keepAliveSeconds = DEFAULT_KEEP_ALIVE_SECONDS;
        private boolean cleanStart = true;
        private long sessionExpirySeconds;
        private String topicPrefix = DEFAULT_PREFIX;
        private List<SubscriptionSpec> subscriptions;
        private List<JsonNode> decodingRules = List.of();
        private List<JsonNode> alertRules = List.of();

        private Builder() {}

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder host(String value) {
            this.host = value;
            return this;
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder identity(String value) {
            this.identity = value;
            return this;
        }

        public Builder trustAnchors(List<String> value) {
            this.trustAnchors = List.copyOf(value);
            return this;
        }

        public Builder trustAnchors(String... value) {
            return trustAnchors(List.of(value));
        }

        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        public Builder protocol(MqttProtocol value) {
            this.protocol = value;
            return this;
        }

        public Builder tlsVersions(List<TlsVersion> value) {
            this.tlsVersions = List.copyOf(value);
            return this;
        }
        /** Off is a separate, warned choice: the chain is still validated. */
        public Builder hostnameVerification(boolean value) {
            this.hostnameVerification = value;
            return this;
        }

        public Builder serverName(String value) {
            this.serverName = value;
            return this;
        }

        public Builder alpn(List<String> value) {
            this.alpn = List.copyOf(value);
            return this;
        }

        public Builder webSocketPath(String value) {
            this.webSocketPath = value;
            return this;
        }

        public Builder username(String value) {
            this.username = value;
            return this;
        }

        public Builder passwordRef(String value) {
            this.passwordRef = value;
            return this;
        }

        public Builder keepAliveSeconds(int value) {
            this.keepAliveSeconds = value;
            return this;
        }

        public Builder cleanStart(boolean value) {
            this.cleanStart = value;
            return this;
        }

        public Builder sessionExpirySeconds(long value) {
            this.sessionExpirySeconds = value;
            return this;
        }
        /**
         * How long the broker keeps the session while this client is offline: any value above 0 turns clean start
         * (MQTT 5) / clean session (3.1.1) off; 0 is a clean start every time. 4294967295 = never expires.
         */
        public Builder sessionExpiry(long seconds) {
            this.cleanStart = seconds <= 0;
            this.sessionExpirySeconds = seconds;
            return this;
        }
        /** A persistent session the broker keeps for {@code expirySeconds} after a disconnect. */
        public Builder persistentSession(long expirySeconds) {
            this.cleanStart = false;
            this.sessionExpirySeconds = expirySeconds;
            return this;
        }

        public Builder topicPrefix(String value) {
            this.topicPrefix = value;
            return this;
        }

        public Builder subscriptions(List<SubscriptionSpec> value) {
            this.subscriptions = List.copyOf(value);
            return this;
        }

        public Builder subscribe(String filter) {
            List<SubscriptionSpec> more = subscriptions == null ? new ArrayList<>() : new ArrayList<>(subscriptions);
            more.add(SubscriptionSpec.of(filter));
            this.subscriptions = List.copyOf(more);
            return this;
        }

        public Builder decodingRules(List<JsonNode> value) {
            this.decodingRules = List.copyOf(value);
            return this;
        }

        public Builder alertRules(List<JsonNode> value) {
            this.alertRules = List.copyOf(value);
            return this;
        }

        /** The profile; check {@link ConnectionProfile#problems()} before using it. */
        public ConnectionProfile build() {
            return new ConnectionProfile(
                    name,
                    host,
                    port,
                    identity,
                    trustAnchors,
                    clientId,
                    protocol,
                    tlsVersions,
                    hostnameVerification,
                    serverName,
                    alpn,
                    webSocketPath,
                    username,
                    passwordRef,
                    keepAliveSeconds,
                    cleanStart,
                    sessionExpirySeconds,
                    topicPrefix,
                    subscriptions,
                    decodingRules,
                    alertRules);
        }
    }
}
