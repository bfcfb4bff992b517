package com.springcoreexplorer.mqtt.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.doctor.ConnectionDoctor;
import com.springcoreexplorer.mqtt.doctor.DoctorListener;
import com.springcoreexplorer.mqtt.doctor.DoctorReport;
import com.springcoreexplorer.mqtt.doctor.DoctorStep;
import com.springcoreexplorer.mqtt.doctor.StepStatus;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/**
 * ALPN, which mosquitto 2.0 does not negotiate: a JDK TLS server that records the protocols a client
 * offers and picks one, so both the connection (HiveMQ + our SSL context) and the doctor are checked.
 */
class ConnectionAlpnTest {

    @Test
    void theConnectionAndTheDoctorOfferTheProfilesAlpnNames() throws Exception {
        SpringCorePki pki = SpringCorePki.generate("ALPN test");
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(
                TestTls.keyManagers(pki.brokerCertificate("localhost", "localhost", "127.0.0.1"))
                        .getKeyManagers(),
                null,
                null);
        List<List<String>> offered = new CopyOnWriteArrayList<>();
        try (SSLServerSocket listener = (SSLServerSocket)
                server.getServerSocketFactory().createServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofPlatform().daemon().start(() -> {
                while (!listener.isClosed()) {
                    try (SSLSocket socket = (SSLSocket) listener.accept()) {
                        socket.setHandshakeApplicationProtocolSelector((s, protocols) -> {
                            offered.add(List.copyOf(protocols));
                            return protocols.contains("x-amzn-mqtt-ca") ? "x-amzn-mqtt-ca" : "";
                        });
                        socket.startHandshake();
                        socket.getInputStream().read();
                    } catch (Exception endOfOneClient) {
                        // next client
                    }
                }
            });
            ConnectionProfile profile = ConnectionProfile.builder("alpn")
                    .host("127.0.0.1")
                    .port(listener.getLocalPort())
                    .identity("control")
                    .trustAnchors("root")
                    .alpn(List.of("x-amzn-mqtt-ca"))
                    .build();
            var material = TestTls.material(
                    pki.controlCertificate("control"), Role.CONTROL, pki.root().certificate());

            DoctorReport report = ConnectionDoctor.withTimeout(Duration.ofSeconds(2))
                    .runNow(profile, material, PasswordSource.NONE, DoctorListener.NONE);
            assertThat(report.step(DoctorStep.TLS).orElseThrow().status()).isEqualTo(StepStatus.PASSED);
            assertThat(report.applicationProtocol()).isEqualTo("x-amzn-mqtt-ca");
            assertThat(offered).first().isEqualTo(List.of("x-amzn-mqtt-ca"));

            offered.clear();
            try (MqttConnection connection = MqttConnection.create(
                    profile,
                    material,
                    ConnectionOptions.builder(m -> {})
                            .autoReconnect(false)
                            .connectTimeout(Duration.ofSeconds(2))
                            .build())) {
                connection.connect().handle((ok, failure) -> null).join();
                await().atMost(Duration.ofSeconds(5)).until(() -> !offered.isEmpty());
                assertThat(offered.getFirst())
                        .as("the HiveMQ client sent our ALPN list")
                        .containsExactly("x-amzn-mqtt-ca");
            }
            listener.close();
            acceptor.join(2000);
        }
    }

    @Test
    void theDoctorNamesATlsVersionMismatch() throws Exception {
        SpringCorePki pki = SpringCorePki.generate("TLS version test");
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(
                TestTls.keyManagers(pki.brokerCertificate("localhost", "localhost", "127.0.0.1"))
                        .getKeyManagers(),
                null,
                null);
        try (SSLServerSocket listener = (SSLServerSocket)
                server.getServerSocketFactory().createServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            listener.setEnabledProtocols(new String[] {"TLSv1.2"});
            Thread acceptor = Thread.ofPlatform().daemon().start(() -> {
                try (SSLSocket socket = (SSLSocket) listener.accept()) {
                    socket.startHandshake();
                } catch (Exception refused) {
                    // the handshake is meant to fail
                }
            });
            ConnectionProfile profile = ConnectionProfile.builder("tls13")
                    .host("127.0.0.1")
                    .port(listener.getLocalPort())
                    .identity("control")
                    .trustAnchors("root")
                    .tlsVersions(List.of(com.springcoreexplorer.mqtt.profile.TlsVersion.TLS_1_3))
                    .build();
            DoctorReport report = ConnectionDoctor.withTimeout(Duration.ofSeconds(2))
                    .runNow(
                            profile,
                            TestTls.material(
                                    pki.controlCertificate("control"),
                                    Role.CONTROL,
                                    pki.root().certificate()),
                            PasswordSource.NONE,
                            DoctorListener.NONE);
            var failure = report.firstFailure().orElseThrow();
            assertThat(failure.step()).isEqualTo(DoctorStep.TLS);
            assertThat(failure.summary()).as(report.toString()).contains("TLS version");
            assertThat(failure.fix()).contains("TLS 1.2 or 1.3");
            acceptor.join(2000);
        }
    }
}
