package com.springcoreexplorer.certstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.certstore.pki.CertificateIssuer;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.KeyAlgorithm;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.certstore.testing.KeyFiles;
import com.springcoreexplorer.certstore.testing.TestStores;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The store's TlsMaterial does real mutual TLS against a JDK TLS server on loopback that, like a
 * SpringCore broker, trusts only the root and asks for a client certificate: the client must send
 * leaf + intermediate, and must trust the server's Cloud CA chain.
 */
class TlsMaterialTest {

    private static SpringCorePki pki;

    @TempDir
    Path data;

    @BeforeAll
    static void generate() {
        pki = SpringCorePki.generate("TLS Test");
    }

    static Stream<Arguments> identities() {
        return Stream.of(
                Arguments.of("watcher EC P-256", pki.watcherCertificate("watcher-tls"), "TLSv1.3"),
                Arguments.of("control EC P-256 over TLS 1.2", pki.controlCertificate("control-tls"), "TLSv1.2"),
                Arguments.of("X.509 v1 device", pki.deviceCertificate("16051974"), "TLSv1.3"),
                Arguments.of(
                        "RSA 4096",
                        CertificateIssuer.subject("CN=rsa-tls")
                                .keyAlgorithm(KeyAlgorithm.RSA_4096)
                                .issuedBy(pki.controlCa())
                                .validFor(Duration.ofDays(30 * 12))
                                .issue(),
                        "TLSv1.3"),
                Arguments.of(
                        "EC P-384",
                        CertificateIssuer.subject("CN=p384-tls")
                                .keyAlgorithm(KeyAlgorithm.EC_P384)
                                .issuedBy(pki.watchCa())
                                .validFor(Duration.ofDays(365))
                                .issue(),
                        "TLSv1.3"),
                Arguments.of(
                        "Ed25519",
                        CertificateIssuer.subject("CN=ed25519-tls")
                                .keyAlgorithm(KeyAlgorithm.ED25519)
                                .issuedBy(pki.watchCa())
                                .validFor(Duration.ofDays(365))
                                .issue(),
                        "TLSv1.3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identities")
    void mutualTlsWithStoredIdentity(String label, IssuedCertificate identity, String protocol) throws Exception {
        CertificateStore store = TestStores.open(data);
        store.addTrustAnchors(List.of(KeyFiles.file(
                "broker-ca.pem",
                KeyFiles.certificatePem(pki.cloudCa().certificate(), pki.root().certificate()))));
        store.save(
                store.importPreview(
                        List.of(KeyFiles.file("id.p12", new KeyFiles(data).pkcs12(identity, "pw", false))),
                        ImportPasswords.same("pw".toCharArray())),
                "client",
                "");

        TlsMaterial material = store.tlsMaterial("client", List.of());
        assertThat(material.commonName()).isEqualTo(identity.commonName());

        Certificate[] presented = handshake(material, protocol);
        assertThat(((X509Certificate) presented[0]).getSubjectX500Principal())
                .isEqualTo(identity.certificate().getSubjectX500Principal());
        assertThat(presented).hasSizeGreaterThanOrEqualTo(2); // leaf + intermediate travel together
    }

    @org.junit.jupiter.api.Test
    void leafImportedAloneGetsItsIntermediateFromTheTrustAnchors() throws Exception {
        IssuedCertificate watcher = pki.watcherCertificate("leaf-only");
        CertificateStore store = TestStores.open(data);
        store.addTrustAnchors(List.of(KeyFiles.file(
                "cas.pem",
                KeyFiles.certificatePem(
                        pki.cloudCa().certificate(),
                        pki.watchCa().certificate(),
                        pki.root().certificate()))));
        store.save(
                store.importPreview(
                        List.of(
                                KeyFiles.file("leaf.pem", KeyFiles.certificatePem(watcher.certificate())),
                                KeyFiles.file("leaf.key", KeyFiles.pkcs8Pem(watcher.privateKey()))),
                        ImportPasswords.none()),
                "leaf only",
                "");
        assertThat(store.show("leaf only").chain()).hasSize(1);
        assertThat(store.show("leaf only").trusted()).isTrue();

        Certificate[] presented = handshake(store.tlsMaterial("leaf only", List.of()), "TLSv1.3");
        assertThat(presented).hasSize(2);
    }

    private static Certificate[] handshake(TlsMaterial material, String protocol) throws Exception {
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(
                material.keyManagers().getKeyManagers(),
                material.trustManagers().getTrustManagers(),
                null);
        try (SSLServerSocket server = (SSLServerSocket)
                serverContext().getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setNeedClientAuth(true);
            server.setEnabledProtocols(new String[] {protocol});
            CompletableFuture<Certificate[]> peer = CompletableFuture.supplyAsync(() -> {
                try (SSLSocket accepted = (SSLSocket) server.accept()) {
                    accepted.startHandshake();
                    Certificate[] chain = accepted.getSession().getPeerCertificates();
                    accepted.getOutputStream().write(1);
                    return chain;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (SSLSocket socket = (SSLSocket)
                    client.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                socket.setEnabledProtocols(new String[] {protocol});
                socket.startHandshake();
                assertThat(socket.getInputStream().read()).isEqualTo(1);
                assertThat(socket.getSession().getProtocol()).isEqualTo(protocol);
            }
            return peer.get(20, TimeUnit.SECONDS);
        }
    }

    /** Broker side: Cloud CA server certificate, trusts only the root (like mosquitto's cafile). */
    private static SSLContext serverContext() throws Exception {
        IssuedCertificate broker = pki.brokerCertificate("broker.test", "127.0.0.1");
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("broker", broker.privateKey(), "k".toCharArray(), broker.chainArray());
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "k".toCharArray());
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("root", pki.root().certificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
    }
}
