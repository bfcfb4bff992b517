package com.springcoreexplorer.mqtt.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAckReturnCode;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode;
import com.hivemq.client.mqtt.mqtt5.message.disconnect.Mqtt5DisconnectReasonCode;
import com.springcoreexplorer.mqtt.connection.ConnectionProblem.Kind;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Random;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Plain words for what the broker and the network say; cases the real broker cannot be made to produce. */
class ConnectionFailuresTest {

    @Test
    void aRefusedClientIdSaysItMustEqualTheCertificateCn() {
        ConnectionProblem five = ConnectionFailures.connAck(Mqtt5ConnAckReasonCode.CLIENT_IDENTIFIER_NOT_VALID, "");
        assertThat(five.kind()).isEqualTo(Kind.CONNECT_REFUSED);
        assertThat(five.reasonCode()).isEqualTo(0x85);
        assertThat(five.fix()).startsWith("the client ID must equal the certificate's Common Name");
        ConnectionProblem three = ConnectionFailures.connAck3(Mqtt3ConnAckReturnCode.IDENTIFIER_REJECTED);
        assertThat(three.fix()).isEqualTo(five.fix());
        assertThat(ConnectionFailures.connAck(Mqtt5ConnAckReasonCode.UNSUPPORTED_PROTOCOL_VERSION, "")
                        .fix())
                .contains("--mqtt 3");
    }

    @Test
    void certificateAlertsMeanTheBrokerDistrustsOurCa() {
        for (String alert :
                new String[] {"unknown_ca", "bad_certificate", "certificate_expired", "certificate_required"}) {
            ConnectionProblem problem =
                    ConnectionFailures.classify(new SSLHandshakeException("Received fatal alert: " + alert));
            assertThat(problem.kind()).isEqualTo(Kind.CLIENT_CERTIFICATE_REFUSED);
            assertThat(problem.message()).contains(alert).contains(ConnectionFailures.BROKER_DISTRUSTS_OUR_CA);
        }
        assertThat(ConnectionFailures.classify(new SSLHandshakeException("Received fatal alert: protocol_version"))
                        .kind())
                .isEqualTo(Kind.TLS_PROTOCOL);
    }

    @Test
    void networkFailuresAreNamed() {
        assertThat(ConnectionFailures.classify(new RuntimeException(new UnknownHostException("x")))
                        .kind())
                .isEqualTo(Kind.DNS);
        assertThat(ConnectionFailures.classify(new RuntimeException(new ConnectException("Connection refused")))
                        .kind())
                .isEqualTo(Kind.TCP_REFUSED);
        assertThat(ConnectionFailures.disconnect(Mqtt5DisconnectReasonCode.SESSION_TAKEN_OVER, "")
                        .kind())
                .isEqualTo(Kind.SESSION_TAKEN_OVER);
    }

    @Test
    void backoffDoublesUpToTheCapWithBoundedJitter() {
        BackoffPolicy policy = new BackoffPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.2);
        Random random = new Random(7);
        for (int attempt = 1; attempt <= 10; attempt++) {
            long base = Math.min(60_000, 1000L << (attempt - 1));
            for (int i = 0; i < 50; i++) {
                long delay = policy.delay(attempt, random).toMillis();
                assertThat(delay).isBetween(Math.round(base * 0.8), Math.round(base * 1.2));
            }
        }
        assertThat(new BackoffPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 0).delay(40, random))
                .isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void stateLinesReadWell() {
        ConnectionProblem lost = ConnectionProblem.of(Kind.CONNECTION_LOST, "the broker closed the connection", "");
        assertThat(ConnectionState.reconnecting(Duration.ofSeconds(4), 3, lost).describe())
                .isEqualTo("reconnecting in 4 s (attempt 3): the broker closed the connection");
        assertThat(ConnectionState.disconnected(null).describe()).isEqualTo("disconnected");
    }
}
