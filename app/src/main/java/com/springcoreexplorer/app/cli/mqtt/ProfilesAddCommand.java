package com.springcoreexplorer.app.cli.mqtt;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.CommandContext;
import com.springcoreexplorer.app.cli.session.ProfileSession;
import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.IdentityEntry;
import com.springcoreexplorer.certstore.TrustAnchorEntry;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.MqttProtocol;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.mqtt.profile.ProfileStoreException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code profiles add NAME --host H ...}: saves a new connection profile. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a connection profile.")
public final class ProfilesAddCommand implements Callable<Integer> {

    /** MQTT 5's largest session expiry: the broker keeps the session with no time limit. */
    static final long MAX_SESSION_EXPIRY = 0xFFFF_FFFFL;

    static final String MQTT_3_SESSION_NOTE =
            "MQTT 3.1.1 has no session expiry: the broker keeps this session (and queues "
                    + "QoS 1/2 messages for it) until this client ID connects with clean session on, or the broker's own limit ends it";

    @Mixin
    CommandContext context;

    @Parameters(index = "0", paramLabel = "NAME", description = "Profile name.")
    String name;

    @Option(names = "--host", required = true, paramLabel = "H", description = "Broker host name or address.")
    String host;

    @Option(names = "--port", paramLabel = "P", description = "Broker port (default: 8883, MQTT over TLS).")
    int port = ConnectionProfile.DEFAULT_PORT;

    @Option(
            names = "--identity",
            required = true,
            paramLabel = "CERT",
            description = "Stored client certificate (identity) name.")
    String identity;

    @Option(
            names = "--trust",
            required = true,
            arity = "1..*",
            paramLabel = "NAME",
            description = "Stored trust anchor name(s) for the broker's chain.")
    List<String> trust;

    @Option(
            names = "--client-id",
            paramLabel = "ID",
            description = "MQTT client ID (default: the certificate's Common Name, as SpringCore brokers require).")
    String clientId;

    @Option(
            names = "--mqtt",
            paramLabel = "5|3",
            description = "MQTT version: 5 (default) or 3 (3.1.1; refused publishes are dropped silently).")
    String mqtt = "5";

    @Option(
            names = "--ws",
            paramLabel = "PATH",
            description = "Use MQTT over secure WebSocket (wss) on this path, e.g. /mqtt.")
    String webSocketPath;

    @Option(
            names = "--no-hostname-verification",
            description =
                    "Do not check that the broker's certificate names the host (the chain is still checked). Not advised.")
    boolean noHostnameVerification;

    @Option(
            names = "--prefix",
            paramLabel = "P",
            description = "SpringCore topic prefix (default: springcard/springcore).")
    String prefix;

    @Option(
            names = "--sub",
            paramLabel = "FILTER",
            description = "Subscribe to this filter on connect (repeatable; default: PREFIX/#).")
    List<String> subscriptions;

    @Option(
            names = "--session-expiry",
            paramLabel = "SECONDS",
            description = "Keep the session (subscriptions, queued QoS 1/2 "
                    + "messages) this long while offline (MQTT 5 session expiry; above 0 turns clean start off; 4294967295 = no limit). "
                    + "MQTT 3.1.1: any value above 0 turns clean session off, and the broker keeps the session until a clean-session connect. "
                    + "Default 0: a clean start every time.")
    Long sessionExpiry;

    @Override
    public Integer call() {
        MqttProtocol protocol = MqttProtocol.parse(mqtt);
        if (protocol == null) {
            throw CliFailure.badInput("--mqtt must be 5 or 3 (for 3.1.1), not '" + mqtt + "'");
        }
        long expiry = sessionExpiry == null ? 0 : sessionExpiry;
        if (expiry < 0 || expiry > MAX_SESSION_EXPIRY) {
            throw CliFailure.badInput("--session-expiry must be 0 (clean start) to " + MAX_SESSION_EXPIRY
                    + " seconds (no limit), not " + expiry + "; e.g. 3600 keeps the session for an hour");
        }
        ConnectionProfile.Builder builder = ConnectionProfile.builder(name)
                .host(host)
                .port(port)
                .identity(identity)
                .trustAnchors(trust)
                .clientId(clientId)
                .protocol(protocol)
                .webSocketPath(webSocketPath)
                .hostnameVerification(!noHostnameVerification)
                .topicPrefix(prefix == null ? ConnectionProfile.DEFAULT_PREFIX : prefix)
                .sessionExpiry(expiry);
        if (subscriptions != null) {
            subscriptions.forEach(builder::subscribe);
        }
        ConnectionProfile profile = builder.build();
        List<String> problems = profile.problems();
        if (!problems.isEmpty()) {
            throw CliFailure.badInput(String.join("; ", problems));
        }
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        ProfileStore profiles = ProfileSession.profiles(context.directories());
        try {
            if (profiles.find(name).isPresent()) {
                throw CliFailure.badInput(
                        "a profile named '" + name + "' already exists; remove it first or choose another name");
            }
            checkAgainstStore(profile, err);
            profiles.add(profile);
        } catch (ProfileStoreException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        out.println("profile '" + name + "' saved: " + host + ":" + profile.port() + ", identity '" + identity + "', "
                + protocol.displayName() + (profile.usesWebSocket() ? " over wss " + webSocketPath : "")
                + ", subscribes "
                + profile.subscriptions().stream().map(s -> s.filter()).toList()
                + (profile.keepsSession() ? ", session " + profile.sessionSummary() : ""));
        profile.warnings().forEach(w -> err.println("warning: " + w));
        if (profile.keepsSession() && protocol == MqttProtocol.MQTT_3_1_1) {
            err.println("note: " + MQTT_3_SESSION_NOTE);
        }
        out.flush();
        err.flush();
        return 0;
    }

    /** Names must exist in the store; a locked store is not an error here (the profile holds names only). */
    private void checkAgainstStore(ConnectionProfile profile, PrintWriter err) {
        CertificateStore store;
        var opener = CertificateStore.at(context.directories().data()).environment(System.getenv());
        if (!opener.storeExists()) {
            err.println("note: there is no certificate store yet: import '" + profile.identity()
                    + "' and the trust anchors before connecting");
            return;
        }
        try {
            store = opener.open();
        } catch (CertStoreException locked) {
            err.println("note: identity and trust anchor names not checked (" + locked.userMessage() + ")");
            return;
        }
        try {
            List<String> identities =
                    store.list().stream().map(IdentityEntry::name).toList();
            if (!identities.contains(profile.identity())) {
                throw CliFailure.badInput("no identity named '" + profile.identity() + "' in the certificate store"
                        + (identities.isEmpty()
                                ? "; import one with 'certs import'"
                                : " (stored: " + String.join(", ", identities) + ")"));
            }
            List<String> anchors =
                    store.trustAnchors().stream().map(TrustAnchorEntry::name).toList();
            for (String anchor : profile.trustAnchors()) {
                if (!anchors.contains(anchor)) {
                    throw CliFailure.badInput("no trust anchor named '" + anchor + "' in the certificate store"
                            + (anchors.isEmpty()
                                    ? "; add one with 'trust add'"
                                    : " (stored: " + String.join(", ", anchors) + ")"));
                }
            }
        } catch (CertStoreException e) {
            throw CliFailure.badInput(e.userMessage());
        }
    }
}
