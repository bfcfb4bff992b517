package com.springcoreexplorer.mqtt.connection;

import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.certstore.pki.CertificateIssuer;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Profiles, TLS material and fast options for tests against the real mosquitto fixture. */
final class Fixtures {

    static final String PREFIX = MosquittoBroker.DEFAULT_PREFIX;

    private Fixtures() {}

    static ConnectionProfile.Builder profile(MosquittoBroker broker, String name) {
        return ConnectionProfile.builder(name)
                .host(broker.host())
                .port(broker.port())
                .identity(name)
                .trustAnchors("root");
    }

    static TlsMaterial watcher(SpringCorePki pki, String cn) {
        return TestTls.material(
                pki.watcherCertificate(cn), Role.WATCHER, pki.root().certificate());
    }

    static TlsMaterial control(SpringCorePki pki, String cn) {
        return TestTls.material(
                pki.controlCertificate(cn), Role.CONTROL, pki.root().certificate());
    }

    static TlsMaterial device(SpringCorePki pki, String serial) {
        return TestTls.material(
                pki.deviceCertificate(serial), Role.DEVICE, pki.root().certificate());
    }

    /** A client certificate from a root the broker has never seen. */
    static TlsMaterial rogue(SpringCorePki pki, String cn) {
        IssuedCertificate rogueRoot = CertificateIssuer.subject("CN=Rogue Root CA")
                .profile(CertificateIssuer.Profile.ROOT_CA)
                .issue();
        IssuedCertificate client =
                CertificateIssuer.subject("CN=" + cn).issuedBy(rogueRoot).issue();
        return TestTls.material(client, Role.UNKNOWN, pki.root().certificate());
    }

    static ConnectionOptions fast(Consumer<InboundMessage> sink) {
        return fastBuilder(sink).build();
    }

    static ConnectionOptions.Builder fastBuilder(Consumer<InboundMessage> sink) {
        return ConnectionOptions.builder(sink)
                .backoff(new BackoffPolicy(Duration.ofMillis(50), Duration.ofMillis(400), 0.2))
                .connectTimeout(Duration.ofSeconds(5))
                .stableAfter(Duration.ofSeconds(5));
    }

    /** A sink that keeps everything (tests only; the app plugs the bounded ingest queue in). */
    static final class Inbox implements Consumer<InboundMessage> {
        final List<InboundMessage> messages = new CopyOnWriteArrayList<>();

        @Override
        public void accept(InboundMessage message) {
            messages.add(message);
        }

        List<String> payloads() {
            return messages.stream()
                    .map(m -> new String(m.payload(), java.nio.charset.StandardCharsets.UTF_8))
                    .toList();
        }
    }
}
