package com.springcoreexplorer.mqtt.connection;

import com.hivemq.client.mqtt.exceptions.ConnectionClosedException;
import com.hivemq.client.mqtt.exceptions.MqttClientStateException;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAckReturnCode;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5DisconnectException;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode;
import com.hivemq.client.mqtt.mqtt5.message.disconnect.Mqtt5DisconnectReasonCode;
import com.springcoreexplorer.mqtt.connection.ConnectionProblem.Kind;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Turns what the TLS stack and the HiveMQ client throw into a {@link ConnectionProblem} in plain
 * words. TLS alerts have no type of their own in the JDK: the alert name in the message is the only
 * signal, and it is a fixed protocol name (RFC 8446), not free text.
 */
public final class ConnectionFailures {

    private static final Pattern ALERT = Pattern.compile("Received fatal alert: ([a-z_]+)");

    public static final String BROKER_DISTRUSTS_OUR_CA =
            "the broker does not trust the CA that issued your certificate";

    private ConnectionFailures() {}

    public static ConnectionProblem classify(Throwable failure) {
        if (failure == null) {
            return ConnectionProblem.of(Kind.CONNECTION_LOST, "the connection was closed", "");
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectionException ours) {
                return ours.problem();
            }
            if (t instanceof Mqtt5ConnAckException refused) {
                return connAck(
                        refused.getMqttMessage().getReasonCode(),
                        refused.getMqttMessage()
                                .getReasonString()
                                .map(Object::toString)
                                .orElse(""));
            }
            if (t instanceof Mqtt3ConnAckException refused) {
                return connAck3(refused.getMqttMessage().getReturnCode());
            }
            if (t instanceof Mqtt5DisconnectException disconnect) {
                return disconnect(
                        disconnect.getMqttMessage().getReasonCode(),
                        disconnect
                                .getMqttMessage()
                                .getReasonString()
                                .map(Object::toString)
                                .orElse(""));
            }
        }
        Optional<String> alert = alertName(failure);
        if (alert.isPresent()) {
            return alert(alert.get());
        }
        if (has(failure, CertPathBuilderException.class) || has(failure, CertPathValidatorException.class)) {
            return ConnectionProblem.of(
                    Kind.SERVER_UNTRUSTED,
                    "the broker's certificate is not issued by a CA you trust",
                    "add the broker's CA (e.g. SpringCore Cloud CA + Root CA) as a trust anchor of this profile");
        }
        Throwable certificate = find(failure, CertificateException.class);
        if (certificate != null
                && certificate.getMessage() != null
                && (certificate.getMessage().contains("No subject alternative")
                        || certificate.getMessage().contains("No name matching"))) {
            return ConnectionProblem.of(
                    Kind.HOSTNAME_MISMATCH,
                    "the broker's certificate does not name this host (" + certificate.getMessage() + ")",
                    "connect with a host name the certificate lists, or set the server name (SNI)");
        }
        Throwable ssl = find(failure, SSLException.class);
        if (ssl != null) {
            String message = String.valueOf(ssl.getMessage());
            if (message.contains("No appropriate protocol") || message.contains("protocol_version")) {
                return ConnectionProblem.of(
                        Kind.TLS_PROTOCOL,
                        "the broker and this profile share no TLS version",
                        "the broker must offer TLS 1.2 or 1.3");
            }
            return ConnectionProblem.of(
                    Kind.TLS, "the TLS handshake failed: " + message, "run the connection doctor for details");
        }
        if (has(failure, UnknownHostException.class) || has(failure, UnresolvedAddressException.class)) {
            return ConnectionProblem.of(
                    Kind.DNS, "the broker's host name does not resolve", "check the host name and your DNS");
        }
        if (has(failure, ConnectException.class) || has(failure, NoRouteToHostException.class)) {
            Throwable connect = find(failure, ConnectException.class);
            if (connect != null
                    && String.valueOf(connect.getMessage())
                            .toLowerCase(Locale.ROOT)
                            .contains("timed out")) {
                return timeout();
            }
            return ConnectionProblem.of(
                    Kind.TCP_REFUSED,
                    "nothing accepts connections on the broker's port",
                    "check the port (8883 for MQTT over TLS) and that the broker runs");
        }
        if (has(failure, SocketTimeoutException.class) || simpleNameContains(failure, "ConnectTimeout")) {
            return timeout();
        }
        if (has(failure, ConnectionClosedException.class)) {
            return ConnectionProblem.of(Kind.CONNECTION_LOST, "the broker closed the connection", "");
        }
        if (has(failure, MqttClientStateException.class)) {
            return ConnectionProblem.of(Kind.CONNECTION_LOST, "not connected", "connect first");
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return ConnectionProblem.of(Kind.OTHER, message, "");
    }

    private static ConnectionProblem timeout() {
        return ConnectionProblem.of(
                Kind.TCP_TIMEOUT,
                "the broker does not answer",
                "a firewall may drop the packets, or the host is down: check host, port and network");
    }

    /** The name of a TLS alert the peer sent (e.g. "unknown_ca"), if the failure is one. */
    public static Optional<String> alertName(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher matcher = ALERT.matcher(t.getMessage());
                if (matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** A TLS alert from the broker, in plain words. */
    public static ConnectionProblem alert(String alert) {
        return switch (alert) {
            case "unknown_ca", "bad_certificate", "certificate_unknown", "access_denied", "decrypt_error" ->
                ConnectionProblem.of(
                        Kind.CLIENT_CERTIFICATE_REFUSED,
                        "the broker refused your client certificate (TLS alert " + alert + "): "
                                + BROKER_DISTRUSTS_OUR_CA,
                        "use a certificate issued by a CA the broker trusts (for SpringCore: Client, Watch or Control CA under its root)");
            case "certificate_expired" ->
                ConnectionProblem.of(
                        Kind.CLIENT_CERTIFICATE_REFUSED,
                        "the broker refused your client certificate as expired (TLS alert certificate_expired): "
                                + BROKER_DISTRUSTS_OUR_CA + " at this date",
                        "renew the certificate, and check this computer's and the broker's clocks");
            case "certificate_revoked" ->
                ConnectionProblem.of(
                        Kind.CLIENT_CERTIFICATE_REFUSED,
                        "the broker says your client certificate is revoked (TLS alert certificate_revoked)",
                        "get a new certificate");
            case "certificate_required" ->
                ConnectionProblem.of(
                        Kind.CLIENT_CERTIFICATE_REFUSED,
                        "the broker wants a client certificate and got none it accepts (TLS alert certificate_required): "
                                + BROKER_DISTRUSTS_OUR_CA,
                        "check the identity holds the certificate, its key and its intermediate CA");
            case "protocol_version" ->
                ConnectionProblem.of(
                        Kind.TLS_PROTOCOL,
                        "the broker does not accept the TLS versions offered (TLS alert protocol_version)",
                        "the broker must offer TLS 1.2 or 1.3");
            case "handshake_failure" ->
                ConnectionProblem.of(
                        Kind.TLS,
                        "the broker ended the TLS handshake (handshake_failure): "
                                + "no cipher in common, or it wanted a client certificate we could not send",
                        "check the identity holds the certificate, its key and its intermediate CA");
            default ->
                ConnectionProblem.of(
                        Kind.TLS,
                        "the broker ended the TLS handshake with alert " + alert,
                        "run the connection doctor for details");
        };
    }

    static ConnectionProblem connAck(Mqtt5ConnAckReasonCode code, String reasonString) {
        String said = reasonString.isEmpty() ? "" : " (\"" + reasonString + "\")";
        int value = code.getCode();
        return switch (code) {
            case CLIENT_IDENTIFIER_NOT_VALID ->
                new ConnectionProblem(
                        Kind.CONNECT_REFUSED,
                        "the broker refused the client ID (CONNACK 0x85 client identifier not valid)" + said,
                        "the client ID must equal the certificate's Common Name: leave the client ID empty to use it",
                        value);
            case BAD_USER_NAME_OR_PASSWORD ->
                new ConnectionProblem(
                        Kind.CONNECT_REFUSED,
                        "the broker refused the user name or password (CONNACK 0x86)" + said,
                        "check the profile's user name and stored password",
                        value);
            case NOT_AUTHORIZED ->
                new ConnectionProblem(
                        Kind.CONNECT_REFUSED,
                        "the broker does not authorize this client (CONNACK 0x87)" + said,
                        "check that the broker knows this certificate's role, and the client ID equals the certificate's Common Name",
                        value);
            case UNSUPPORTED_PROTOCOL_VERSION ->
                new ConnectionProblem(
                        Kind.CONNECT_REFUSED,
                        "the broker does not speak MQTT 5 (CONNACK 0x84)" + said,
                        "set the profile to MQTT 3.1.1 (--mqtt 3)",
                        value);
            case BANNED ->
                new ConnectionProblem(
                        Kind.CONNECT_REFUSED,
                        "the broker has banned this client (CONNACK 0x8A)" + said,
                        "ask the broker's administrator",
                        value);
            case SERVER_UNAVAILABLE,
                    SERVER_BUSY,
                    SERVER_MOVED,
                    USE_ANOTHER_SERVER,
                    CONNECTION_RATE_EXCEEDED,
                    QUOTA_EXCEEDED ->
                new ConnectionProblem(
                        Kind.CONNECT_REFUSED,
                        "the broker cannot take the connection now (" + words(code.name())
                                + String.format(Locale.ROOT, ", CONNACK 0x%02X)", value) + said,
                        "try again later",
                        value);
            default ->
                new ConnectionProblem(
                        Kind.CONNECT_REFUSED,
                        "the broker refused the connection (" + words(code.name())
                                + String.format(Locale.ROOT, ", CONNACK 0x%02X)", value) + said,
                        "",
                        value);
        };
    }

    static ConnectionProblem connAck3(Mqtt3ConnAckReturnCode code) {
        int value = code.getCode();
        return switch (code) {
            case IDENTIFIER_REJECTED ->
                new ConnectionProblem(
                        Kind.CONNECT_REFUSED,
                        "the broker refused the client ID (CONNACK 2 identifier rejected)",
                        "the client ID must equal the certificate's Common Name: leave the client ID empty to use it",
                        value);
            case BAD_USER_NAME_OR_PASSWORD ->
                new ConnectionProblem(
                        Kind.CONNECT_REFUSED,
                        "the broker refused the user name or password (CONNACK 4)",
                        "check the profile's user name and stored password",
                        value);
            case NOT_AUTHORIZED ->
                new ConnectionProblem(
                        Kind.CONNECT_REFUSED,
                        "the broker does not authorize this client (CONNACK 5)",
                        "check that the broker knows this certificate's role, and the client ID equals the certificate's Common Name",
                        value);
            case UNSUPPORTED_PROTOCOL_VERSION ->
                new ConnectionProblem(
                        Kind.CONNECT_REFUSED,
                        "the broker does not speak MQTT 3.1.1 (CONNACK 1)",
                        "set the profile to MQTT 5",
                        value);
            default ->
                new ConnectionProblem(
                        Kind.CONNECT_REFUSED,
                        "the broker refused the connection (" + words(code.name()) + ")",
                        "try again later",
                        value);
        };
    }

    static ConnectionProblem disconnect(Mqtt5DisconnectReasonCode code, String reasonString) {
        String said = reasonString.isEmpty() ? "" : " (\"" + reasonString + "\")";
        if (code == Mqtt5DisconnectReasonCode.SESSION_TAKEN_OVER) {
            return new ConnectionProblem(
                    Kind.SESSION_TAKEN_OVER,
                    "another client connected with the same client ID and the broker "
                            + "handed it this session (DISCONNECT 0x8E session taken over)" + said,
                    "if this repeats, another program or a second window uses this client ID",
                    code.getCode());
        }
        return new ConnectionProblem(
                Kind.DISCONNECTED_BY_BROKER,
                "the broker disconnected this client (" + words(code.name())
                        + String.format(Locale.ROOT, ", DISCONNECT 0x%02X)", code.getCode()) + said,
                code == Mqtt5DisconnectReasonCode.NOT_AUTHORIZED
                        ? "the certificate's role does not allow what was asked"
                        : "",
                code.getCode());
    }

    static String words(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type) != null;
    }

    private static Throwable find(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static boolean simpleNameContains(Throwable failure, String part) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains(part)) {
                return true;
            }
        }
        return false;
    }
}
