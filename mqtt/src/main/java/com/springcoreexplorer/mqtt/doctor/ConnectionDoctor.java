package com.springcoreexplorer.mqtt.doctor;

import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.ConnectionException;
import com.springcoreexplorer.mqtt.connection.ConnectionFailures;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.ConnectionProblem;
import com.springcoreexplorer.mqtt.connection.ConnectionProblem.Kind;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.PasswordSource;
import com.springcoreexplorer.mqtt.connection.PublishOutcome;
import com.springcoreexplorer.mqtt.connection.SubscriptionResult;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.MqttProtocol;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.KeyManager;
import javax.net.ssl.X509KeyManager;

/**
 * Runs a connection step by step (DNS, TCP, TLS, client certificate, MQTT connect, subscribe, role,
 * and whether the broker keeps a persistent session) and names the first step that fails, in plain words, with the fix. Pure Java; the TLS handshake is
 * our own (SSLSocket) so the broker's chain can be shown and judged; MQTT goes through
 * {@link MqttConnection}, without reconnects. Steps after a failure are reported as skipped.
 */
public final class ConnectionDoctor {

    /** The test publish's topic level: {@code {prefix}/explorer-doctor/{clientId}} ({@code {prefix}/{CN}/explorer-doctor} for a device), never retained. */
    public static final String TEST_TOPIC_LEVEL = "explorer-doctor";

    private final Duration timeout;

    private ConnectionDoctor(Duration timeout) {
        this.timeout = timeout;
    }

    public static ConnectionDoctor create() {
        return new ConnectionDoctor(Duration.ofSeconds(10));
    }

    /** A doctor whose network steps give up after {@code timeout} each. */
    public static ConnectionDoctor withTimeout(Duration timeout) {
        return new ConnectionDoctor(timeout);
    }

    /** Runs on a thread of its own; the listener hears each step as it starts and ends. */
    public CompletableFuture<DoctorReport> run(
            ConnectionProfile profile, TlsMaterial material, PasswordSource passwords, DoctorListener listener) {
        CompletableFuture<DoctorReport> report = new CompletableFuture<>();
        Thread.ofVirtual().name("connection-doctor").start(() -> {
            try {
                report.complete(runNow(profile, material, passwords, listener));
            } catch (RuntimeException | Error e) {
                report.completeExceptionally(e);
            }
        });
        return report;
    }

    /** Runs on the calling thread (command line). Blocks for up to a few timeouts. */
    public DoctorReport runNow(
            ConnectionProfile profile, TlsMaterial material, PasswordSource passwords, DoctorListener listener) {
        return new Run(
                        profile,
                        material,
                        passwords == null ? PasswordSource.NONE : passwords,
                        listener == null ? DoctorListener.NONE : listener)
                .execute();
    }

    private final class Run {
        private final ConnectionProfile profile;
        private final TlsMaterial material;
        private final PasswordSource passwords;
        private final DoctorListener listener;
        private final List<StepResult> results = new ArrayList<>();
        private TlsProbe.Outcome tls;
        /** TLS 1.3: the broker hung up right after our certificate went out, without a readable alert. */
        private boolean droppedAfterOurCertificate;
        /** A kept session that the doctor's own connect created: ended again at the end, to leave the broker as found. */
        private boolean sessionStartedByUs;

        private long started;

        Run(ConnectionProfile profile, TlsMaterial material, PasswordSource passwords, DoctorListener listener) {
            this.profile = profile;
            this.material = material;
            this.passwords = passwords;
            this.listener = listener;
        }

        DoctorReport execute() {
            InetAddress[] addresses = dns();
            Socket socket = addresses == null ? null : tcp(addresses);
            boolean ok = socket != null && tls(socket);
            if (ok && mqtt()) {
                session();
            }

            for (DoctorStep step : DoctorStep.values()) {
                if (results.stream().noneMatch(r -> r.step() == step)) {
                    String why = results.stream()
                            .filter(StepResult::failed)
                            .findFirst()
                            .map(f -> "not run: " + f.step().displayName() + " failed")
                            .orElse("not run");
                    finish(StepResult.skipped(step, why));
                }
            }
            List<CertificateSummary> chain = tls == null
                    ? List.of()
                    : tls.chain().stream().map(CertificateSummary::of).toList();
            return new DoctorReport(
                    profile.name(),
                    results,
                    chain,
                    tls == null ? "" : tls.protocol(),
                    tls == null ? "" : tls.cipherSuite(),
                    tls == null ? "" : tls.applicationProtocol());
        }

        private void start(DoctorStep step) {
            started = System.nanoTime();
            listener.stepStarted(step);
        }

        private void finish(StepResult result) {
            results.add(result);
            listener.stepFinished(result);
        }

        private Duration took() {
            return Duration.ofNanos(System.nanoTime() - started);
        }

        private void pass(DoctorStep step, String summary, List<String> details) {
            finish(new StepResult(step, StepStatus.PASSED, summary, details, "", took()));
        }

        private void fail(DoctorStep step, String summary, List<String> details, String fix) {
            finish(new StepResult(step, StepStatus.FAILED, summary, details, fix, took()));
        }

        // --- DNS, TCP ---

        private InetAddress[] dns() {
            start(DoctorStep.DNS);
            String host = profile.host();
            try {
                InetAddress[] addresses = TlsProbe.resolve(host);
                List<String> shown = Arrays.stream(addresses)
                        .map(InetAddress::getHostAddress)
                        .toList();
                pass(
                        DoctorStep.DNS,
                        TlsProbe.isAddress(host)
                                ? host + " is an address, nothing to resolve"
                                : host + " resolves to " + String.join(", ", shown),
                        List.of());
                return addresses;
            } catch (UnknownHostException e) {
                fail(
                        DoctorStep.DNS,
                        "the host name '" + host + "' does not resolve",
                        List.of(),
                        "check the spelling of the host, your DNS settings or VPN, or use the broker's IP address");
                return null;
            }
        }

        private Socket tcp(InetAddress[] addresses) {
            start(DoctorStep.TCP);
            List<String> tried = new ArrayList<>();
            boolean refused = false;
            for (InetAddress address : addresses) {
                Socket socket = new Socket();
                try {
                    socket.connect(new InetSocketAddress(address, profile.port()), (int) timeout.toMillis());
                    pass(
                            DoctorStep.TCP,
                            "connected to " + address.getHostAddress() + ":" + profile.port() + " in "
                                    + took().toMillis() + " ms",
                            tried);
                    return socket;
                } catch (ConnectException e) {
                    refused = true;
                    tried.add(address.getHostAddress() + ":" + profile.port() + ": refused");
                } catch (SocketTimeoutException e) {
                    tried.add(address.getHostAddress() + ":" + profile.port() + ": no answer within "
                            + timeout.toSeconds() + " s");
                } catch (IOException e) {
                    tried.add(address.getHostAddress() + ":" + profile.port() + ": " + e.getMessage());
                }
                closeQuietly(socket);
            }
            if (refused) {
                fail(
                        DoctorStep.TCP,
                        "the broker refused the TCP connection on port " + profile.port() + ": nothing listens there",
                        tried,
                        "check the port (8883 for MQTT over TLS"
                                + (profile.usesWebSocket() ? ", the broker's WebSocket port for wss" : "")
                                + ") and that the broker is running");
            } else {
                fail(
                        DoctorStep.TCP,
                        "no answer from " + profile.host() + ":" + profile.port(),
                        tried,
                        "a firewall may drop the packets, or the host is down: check host, port and network");
            }
            return null;
        }

        // --- TLS ---

        private boolean tls(Socket socket) {
            start(DoctorStep.TLS);
            tls = TlsProbe.handshake(socket, profile, material, (int) timeout.toMillis());
            List<String> details = new ArrayList<>();
            for (int i = 0; i < tls.chain().size(); i++) {
                details.add("server certificate " + (i + 1) + ": "
                        + CertificateSummary.of(tls.chain().get(i)).describe());
            }
            Exception failure = tls.failure();
            if (failure == null) {
                if (!profile.hostnameVerification()) {
                    details.add("warning: " + ConnectionProfile.WARNING_NO_HOSTNAME_VERIFICATION);
                }
                if (!tls.applicationProtocol().isEmpty()) {
                    details.add("ALPN: " + tls.applicationProtocol());
                } else if (!profile.alpn().isEmpty()) {
                    details.add("ALPN: the broker chose none of " + profile.alpn());
                }
                pass(
                        DoctorStep.TLS,
                        tls.protocol() + " with " + tls.cipherSuite() + "; the broker's certificate is trusted"
                                + (profile.hostnameVerification() ? " and names " + profile.effectiveServerName() : ""),
                        details);
                return true;
            }
            if (tls.chainFailure() != null) {
                X509Certificate top = tls.chain().isEmpty() ? null : tls.chain().getLast();
                String issuer = top == null
                        ? "an unknown CA"
                        : top.getIssuerX500Principal().getName();
                details.add("why: " + rootMessage(tls.chainFailure()));
                expiredServerCertificate().ifPresent(details::add);
                fail(
                        DoctorStep.TLS,
                        "the broker's certificate is not trusted: its chain ends at " + issuer
                                + ", which none of this profile's trust anchors " + profile.trustAnchors() + " is",
                        details,
                        "add the CA that issued the broker's certificate (for SpringCore: Cloud CA and Root CA) to the profile's trust anchors");
                return false;
            }
            if (tls.hostnameFailure() != null) {
                List<String> names = tls.chain().isEmpty()
                        ? List.of()
                        : HostNames.of(tls.chain().getFirst());
                fail(
                        DoctorStep.TLS,
                        "hostname mismatch: the broker's certificate is for "
                                + (names.isEmpty() ? "no host name" : String.join(", ", names)) + ", not for '"
                                + profile.effectiveServerName() + "'",
                        details,
                        "connect with a name the certificate lists, or set the server name (SNI) to one of them; turning hostname "
                                + "verification off (--no-hostname-verification) works but lets any certificate from your CAs pass for this broker");
                return false;
            }
            Optional<String> alert = ConnectionFailures.alertName(failure);
            if (alert.isPresent()) {
                ConnectionProblem problem = ConnectionFailures.alert(alert.get());
                if (problem.kind() == Kind.CLIENT_CERTIFICATE_REFUSED) {
                    pass(
                            DoctorStep.TLS,
                            "the broker's certificate is trusted; then the broker ended the handshake",
                            details);
                    start(DoctorStep.CLIENT_CERTIFICATE);
                    clientCertificateFailed(problem);
                    return false;
                }
                fail(DoctorStep.TLS, problem.message(), details, problem.fix());
                return false;
            }
            String message = rootMessage(failure);
            if (!tls.chain().isEmpty()
                    && !(failure instanceof SocketTimeoutException)
                    && !message.contains("protocol")) {
                // our side accepted the broker; the broker hung up while reading our certificate: the MQTT
                // attempt below tells which alert it sent
                droppedAfterOurCertificate = true;
                details.add("note: the broker closed the connection right after receiving your certificate (" + message
                        + ")");
                pass(
                        DoctorStep.TLS,
                        "the broker's certificate is trusted"
                                + (profile.hostnameVerification() ? " and names " + profile.effectiveServerName() : "")
                                + "; then the broker closed the connection",
                        details);
                return true;
            }
            if (message.contains("No appropriate protocol") || message.contains("protocol_version")) {
                fail(
                        DoctorStep.TLS,
                        "the broker and this profile share no TLS version (offered: " + profile.tlsVersions() + ")",
                        details,
                        "the broker must offer TLS 1.2 or 1.3; older versions are not used");
                return false;
            }
            if (failure instanceof SocketTimeoutException) {
                fail(
                        DoctorStep.TLS,
                        "the broker did not answer the TLS handshake within " + timeout.toSeconds() + " s",
                        details,
                        "check that this port speaks TLS (8883), not plain MQTT (1883)");
                return false;
            }
            if (message.contains("Unsupported or unrecognized SSL message") || message.contains("plaintext")) {
                fail(
                        DoctorStep.TLS,
                        "the broker answered without TLS on port " + profile.port(),
                        details,
                        "this port speaks plain MQTT: use the broker's TLS port (8883)");
                return false;
            }
            fail(
                    DoctorStep.TLS,
                    "the TLS handshake failed: " + message,
                    details,
                    "check the broker's TLS settings and this profile's trust anchors");
            return false;
        }

        private Optional<String> expiredServerCertificate() {
            Instant now = Instant.now();
            return tls.chain().stream()
                    .map(CertificateSummary::of)
                    .filter(c -> !c.validAt(now))
                    .findFirst()
                    .map(c -> "note: " + c.subject() + " is outside its validity dates (check both clocks)");
        }

        private void clientCertificateFailed(ConnectionProblem problem) {
            List<String> details = new ArrayList<>(ownCertificate());
            fail(DoctorStep.CLIENT_CERTIFICATE, problem.message(), details, problem.fix());
        }

        /** Our own chain, read from the key managers (certificates only; the key never leaves them). */
        private List<String> ownCertificate() {
            List<String> lines = new ArrayList<>();
            for (KeyManager manager : material.keyManagers().getKeyManagers()) {
                if (manager instanceof X509KeyManager keys) {
                    for (String type : List.of("EC", "RSA", "EdDSA", "Ed25519", "RSASSA-PSS")) {
                        String[] aliases = keys.getClientAliases(type, null);
                        if (aliases != null && aliases.length > 0) {
                            X509Certificate[] chain = keys.getCertificateChain(aliases[0]);
                            if (chain != null) {
                                for (int i = 0; i < chain.length; i++) {
                                    lines.add((i == 0 ? "your certificate: " : "  issued by: ")
                                            + CertificateSummary.of(chain[i]).describe());
                                }
                                return lines;
                            }
                        }
                    }
                }
            }
            return lines;
        }

        // --- MQTT: client certificate (TLS 1.3 decides it here), CONNACK, subscribe, role ---

        /** A connection that never acknowledges: what a persistent session had queued stays for the real client. */
        private ConnectionOptions lookOnly() {
            return ConnectionOptions.builder(message -> {})
                    .autoReconnect(false)
                    .passwordSource(passwords)
                    .connectTimeout(timeout)
                    .leaveMessagesQueued(true)
                    .build();
        }

        /** True when every MQTT step up to the role ran (the session step comes next). */
        private boolean mqtt() {
            boolean tls12 = "TLSv1.2".equals(tls.protocol());
            start(DoctorStep.CLIENT_CERTIFICATE);
            try (MqttConnection connection = MqttConnection.create(profile, material, lookOnly())) {
                List<SubscriptionResult> subscriptions;
                try {
                    subscriptions = connection.connect().get(timeout.toMillis() * 3, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    passClientCertificate(tls12);
                    start(DoctorStep.MQTT_CONNECT);
                    fail(
                            DoctorStep.MQTT_CONNECT,
                            "no answer to MQTT CONNECT within " + timeout.toSeconds() * 3 + " s",
                            List.of(),
                            "check that the broker speaks MQTT on this port"
                                    + (profile.usesWebSocket() ? " and WebSocket path" : ""));
                    return false;
                } catch (ExecutionException | InterruptedException e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                    ConnectionProblem problem = ConnectionException.problemOf(e.getCause() == null ? e : e.getCause());
                    if (problem.kind() == Kind.CLIENT_CERTIFICATE_REFUSED) {
                        clientCertificateFailed(problem);
                        return false;
                    }
                    if (droppedAfterOurCertificate && !connection.state().isConnected()) {
                        clientCertificateFailed(
                                ConnectionProblem.of(
                                        Kind.CLIENT_CERTIFICATE_REFUSED,
                                        "the broker hangs up as soon as it receives your certificate: most likely "
                                                + ConnectionFailures.BROKER_DISTRUSTS_OUR_CA + " (" + problem.message()
                                                + ")",
                                        "use a certificate issued by a CA the broker trusts (for SpringCore: Client, Watch or Control CA under its root)"));
                        return false;
                    }
                    passClientCertificate(tls12);
                    start(DoctorStep.MQTT_CONNECT);
                    if (connection.state().isConnected()) {
                        pass(DoctorStep.MQTT_CONNECT, connectedSummary(connection), clientIdNotes(connection));
                        start(DoctorStep.SUBSCRIBE);
                        fail(
                                DoctorStep.SUBSCRIBE,
                                "the subscription got no answer: " + problem.message(),
                                List.of(),
                                problem.fix());
                        return false;
                    }
                    List<String> details = clientIdNotes(connection);
                    fail(DoctorStep.MQTT_CONNECT, problem.message(), details, problem.fix());
                    return false;
                }
                passClientCertificate(tls12);
                start(DoctorStep.MQTT_CONNECT);
                List<String> notes = clientIdNotes(connection);
                connection.warnings().forEach(w -> notes.add("warning: " + w));
                notes.add("session: " + profile.sessionSummary() + "; " + sessionOnConnect(connection));
                pass(DoctorStep.MQTT_CONNECT, connectedSummary(connection), notes);
                if (!subscribe(connection, subscriptions)) {
                    return false;
                }
                role(connection);
                return true;
            }
        }

        private String sessionOnConnect(MqttConnection connection) {
            sessionStartedByUs = profile.keepsSession() && !connection.state().sessionPresent();
            if (connection.state().sessionPresent()) {
                return "the broker resumed the session it kept for '" + connection.clientId() + "' (session present)";
            }
            return profile.keepsSession()
                    ? "the broker had no session for '" + connection.clientId() + "' and started one"
                    : "the broker started a new session";
        }

        /**
         * A persistent session: connect again and see whether the broker kept it across the disconnect (a broker
         * may refuse or shorten persistent sessions). Nothing is acknowledged, so nothing queued is taken away.
         */
        private void session() {
            start(DoctorStep.SESSION);
            if (!profile.keepsSession()) {
                finish(new StepResult(
                        DoctorStep.SESSION,
                        StepStatus.SKIPPED,
                        "not used: this profile starts clean, so the broker "
                                + "keeps nothing while it is offline (a session expiry keeps what is sent meanwhile)",
                        List.of(),
                        "",
                        took()));
                return;
            }
            List<String> details = new ArrayList<>(List.of("setting: " + profile.sessionSummary()));
            // no subscriptions: the kept session has them, and subscribing again would only resend retained messages
            try (MqttConnection again = MqttConnection.create(
                    profile.toBuilder().subscriptions(List.of()).build(), material, lookOnly())) {
                again.connect().get(timeout.toMillis() * 3, TimeUnit.MILLISECONDS);
                if (again.state().sessionPresent()) {
                    if (sessionStartedByUs) {
                        details.add(endSessionWeStarted());
                    }
                    pass(
                            DoctorStep.SESSION,
                            "the broker keeps your session: after a disconnect it resumed it (session present)",
                            details);
                } else {
                    fail(
                            DoctorStep.SESSION,
                            "the broker did not keep the session across a disconnect: messages sent while "
                                    + "you are offline will be lost",
                            details,
                            "the broker limits or disables persistent sessions "
                                    + "(mosquitto: persistence, persistent_client_expiration; HiveMQ: maximum session expiry): ask its administrator");
                }
            } catch (TimeoutException | ExecutionException e) {
                fail(
                        DoctorStep.SESSION,
                        "connecting again to check the session failed: "
                                + ConnectionException.problemOf(e.getCause() == null ? e : e.getCause())
                                        .message(),
                        details,
                        "try again; if it repeats, the broker may be refusing quick reconnects");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(DoctorStep.SESSION, "interrupted", details, "");
            }
        }

        /** Connects once with a clean start and no expiry, which ends the kept session (MQTT 5 and 3.1.1 alike). */
        private String endSessionWeStarted() {
            ConnectionProfile clean = profile.toBuilder()
                    .sessionExpiry(0)
                    .subscriptions(List.of())
                    .build();
            try (MqttConnection ending = MqttConnection.create(clean, material, lookOnly())) {
                ending.connect().get(timeout.toMillis() * 3, TimeUnit.MILLISECONDS);
                return "the doctor started this session, so it ended it again: the broker is left as it was";
            } catch (TimeoutException | ExecutionException e) {
                return "note: the session the doctor started could not be ended; it expires after "
                        + ConnectionProfile.duration(profile.sessionExpirySeconds());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "note: interrupted before the session the doctor started was ended";
            }
        }

        private String connectedSummary(MqttConnection connection) {
            return "the broker accepted " + profile.protocol().displayName() + " client ID '" + connection.clientId()
                    + "'";
        }

        private void passClientCertificate(boolean tls12) {
            pass(
                    DoctorStep.CLIENT_CERTIFICATE,
                    "the broker accepted your certificate (CN=" + material.commonName() + ", "
                            + material.role().displayName() + ")"
                            + (tls12 ? "" : "; with TLS 1.3 the broker checks it after the handshake"),
                    ownCertificate());
        }

        private List<String> clientIdNotes(MqttConnection connection) {
            List<String> notes = new ArrayList<>();
            if (!connection.clientId().equals(material.commonName())) {
                notes.add("note: client ID '" + connection.clientId() + "' differs from the certificate CN '"
                        + material.commonName() + "'; SpringCore brokers want them equal");
            }
            return notes;
        }

        private boolean subscribe(MqttConnection connection, List<SubscriptionResult> subscriptions) {
            start(DoctorStep.SUBSCRIBE);
            List<String> details =
                    subscriptions.stream().map(SubscriptionResult::describe).toList();
            long refused = subscriptions.stream().filter(r -> !r.granted()).count();
            if (refused == 0) {
                pass(DoctorStep.SUBSCRIBE, "the broker granted " + subscriptions.size() + " subscription(s)", details);
                return true;
            }
            String fix = material.role() == Role.DEVICE
                    ? "a Device certificate may only read " + profile.topicPrefix() + "/" + material.commonName()
                            + "/#: subscribe to that"
                    : "subscribe to topics this certificate's role may read, or ask the broker's administrator for access";
            fail(
                    DoctorStep.SUBSCRIBE,
                    "the broker refused " + refused + " of " + subscriptions.size() + " subscription(s)",
                    details,
                    fix);
            return false;
        }

        private void role(MqttConnection connection) {
            start(DoctorStep.ROLE);
            Role role = material.role();
            if (profile.protocol() == MqttProtocol.MQTT_3_1_1) {
                finish(new StepResult(
                        DoctorStep.ROLE,
                        StepStatus.SKIPPED,
                        "cannot be tested over MQTT 3.1.1: the broker drops a " + "refused publish silently",
                        List.of(),
                        "use MQTT 5 to see what the broker grants",
                        took()));
                return;
            }
            // a device may only write below its own CN; every other role gets a topic no reader listens to
            String topic = role == Role.DEVICE
                    ? profile.topicPrefix() + "/" + material.commonName() + "/" + TEST_TOPIC_LEVEL
                    : profile.topicPrefix() + "/" + TEST_TOPIC_LEVEL + "/" + connection.clientId();
            PublishOutcome outcome;
            try {
                outcome = connection
                        .publish(
                                topic,
                                "{\"doctor\":\"SpringCore Explorer connection test\"}".getBytes(StandardCharsets.UTF_8),
                                1,
                                false)
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                outcome = new PublishOutcome.Failed("no PUBACK within " + timeout.toSeconds() + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome = new PublishOutcome.Failed("interrupted");
            }
            List<String> details = List.of("test publish: " + topic + " (QoS 1, not retained): " + outcome.describe());
            switch (outcome) {
                case PublishOutcome.Refused refused
                when role == Role.WATCHER && refused.notAuthorized() ->
                    pass(
                            DoctorStep.ROLE,
                            "read-only, as expected for a Watcher: the test publish was refused (0x87 not authorized)",
                            details);
                case PublishOutcome.Refused refused ->
                    fail(
                            DoctorStep.ROLE,
                            "the broker refused a publish from a " + role.displayName() + " certificate ("
                                    + refused.describe() + ")",
                            details,
                            role == Role.CONTROL
                                    ? "the broker does not grant this certificate the Control role: check its ACL or plugin"
                                    : "the broker does not let this certificate publish to its own topics: check the broker's ACL");
                case PublishOutcome.Accepted accepted
                when role == Role.WATCHER ->
                    pass(
                            DoctorStep.ROLE,
                            "the broker let this Watcher publish: it grants more than the SpringCore Watcher role (read-only)",
                            details);
                case PublishOutcome.Accepted accepted ->
                    pass(
                            DoctorStep.ROLE,
                            "can publish, as expected for a " + role.displayName() + " certificate",
                            details);
                case PublishOutcome.Failed failed ->
                    fail(
                            DoctorStep.ROLE,
                            "the test publish got no answer: " + failed.message(),
                            details,
                            "try again; if it repeats, the broker may be dropping this client");
            }
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        String message = String.valueOf(t.getMessage());
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // a socket that never connected
        }
    }
}
