package com.springcoreexplorer.app.brokerkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
import com.springcoreexplorer.app.demo.MqttProbe;
import com.springcoreexplorer.app.demo.MqttProbe.Outcome;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real mosquitto started on the kit's own files; the roles checked with the HiveMQ client and the kit's PKCS#12 files. */
class MosquittoKitTest {

    private static final String PREFIX = MosquittoKit.DEFAULT_PREFIX;
    private static final char[] PASSWORD = "kit-test-password".toCharArray();

    @TempDir
    Path temp;

    private Process mosquitto;

    @AfterEach
    void stopMosquitto() throws InterruptedException {
        if (mosquitto != null) {
            mosquitto.destroy();
            if (!mosquitto.waitFor(10, TimeUnit.SECONDS)) {
                mosquitto.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void writesConfigAclCertificatesAndReadme() throws Exception {
        MosquittoKit.Written kit = MosquittoKit.write(
                new MosquittoKit.Options(temp.resolve("kit"), "broker.example.com", 8883, null, PREFIX, PASSWORD),
                MosquittoKit.generatedPki("broker.example.com"));
        String config = Files.readString(kit.config());
        assertThat(config)
                .contains(
                        "listener 8883\n",
                        "require_certificate true",
                        "use_identity_as_username true",
                        "tls_version tlsv1.2",
                        "allow_anonymous false",
                        "acl_file " + kit.directory().resolve("acl"),
                        // a flood for a slow or offline kept session: mosquitto's 1000 / 20 would drop it
                        "\nmax_queued_messages 100000\n",
                        "\nmax_queued_bytes 67108864\n",
                        "\nmax_inflight_messages 1000\n");
        assertThat(Files.readString(kit.acl()))
                .contains(
                        "user watcher\ntopic read #",
                        "user control\ntopic readwrite #",
                        "pattern readwrite " + PREFIX + "/%u/#");
        assertThat(Files.readString(kit.readme())).contains("cannot tell", "unique", "plugin");
        X509Certificate server = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificates(Files.newInputStream(kit.directory().resolve("server.pem")))
                .iterator()
                .next();
        assertThat(server.getSubjectAlternativeNames())
                .extracting(name -> name.get(1).toString())
                .contains("broker.example.com", "localhost", "127.0.0.1");
        assertThat(Files.getPosixFilePermissions(kit.directory().resolve("server-key.pem")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        // no other plain private key anywhere in the kit
        try (Stream<Path> files = Files.walk(kit.directory())) {
            List<Path> plainKeys = files.filter(Files::isRegularFile)
                    .filter(f -> read(f).contains("PRIVATE KEY-----"))
                    .toList();
            assertThat(plainKeys).containsExactly(kit.directory().resolve("server-key.pem"));
        }
        assertThat(temp)
                .isDirectoryNotContaining(p -> p.getFileName().toString().contains(".partial-"));
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndLeavesItAlone() throws Exception {
        Path existing = Files.createDirectories(temp.resolve("used"));
        Files.writeString(existing.resolve("mine.txt"), "keep");
        assertThatThrownBy(() -> MosquittoKit.write(
                        new MosquittoKit.Options(existing, "localhost", 8883, null, PREFIX, PASSWORD),
                        MosquittoKit.generatedPki("localhost")))
                .isInstanceOf(MosquittoKit.KitException.class)
                .hasMessageContaining("not an empty folder");
        try (Stream<Path> files = Files.list(existing)) {
            assertThat(files.toList()).containsExactly(existing.resolve("mine.txt"));
        }
    }

    @Test
    void realMosquittoOnTheKitGivesEachRoleItsRights() throws Exception {
        StartedKit started = startKit();
        int port = started.port();
        Path kitDirectory = started.directory();
        X509Certificate[] anchors = started.anchors();
        IssuedCertificate watcher = started.watcher();
        IssuedCertificate control = started.control();
        Path devicePkcs12;
        try (Stream<Path> files = Files.list(kitDirectory.resolve("clients"))) {
            devicePkcs12 = files.filter(f -> f.getFileName().toString().matches("device-[0-9A-F]{8}\\.p12"))
                    .findFirst()
                    .orElseThrow();
        }
        IssuedCertificate device = identity(devicePkcs12);
        String serial = device.commonName();
        String own = PREFIX + "/" + serial + "/rdr/evt";
        String other = PREFIX + "/OTHER123/rdr/evt";

        try (MqttProbe w = MqttProbe.connect("127.0.0.1", port, watcher, "kit-watcher", anchors);
                MqttProbe c = MqttProbe.connect("127.0.0.1", port, control, "kit-control", anchors);
                MqttProbe d = MqttProbe.connect("127.0.0.1", port, device, serial, anchors)) {
            assertThat(w.subscribe("#")).isEqualTo(Mqtt5SubAckReasonCode.GRANTED_QOS_1);
            assertThat(c.subscribe("#")).isEqualTo(Mqtt5SubAckReasonCode.GRANTED_QOS_1);
            assertThat(d.subscribe(PREFIX + "/" + serial + "/rdr/cmd")).isEqualTo(Mqtt5SubAckReasonCode.GRANTED_QOS_1);
            // mosquitto 2.0 grants it but filters at delivery (checked below)
            d.subscribe(other);

            assertThat(w.publish(PREFIX + "/" + serial + "/rdr/cmd", "{\"Buzzer\":100}"))
                    .isEqualTo(Outcome.NOT_AUTHORIZED);
            assertThat(d.publish(other, "not mine")).isEqualTo(Outcome.NOT_AUTHORIZED);
            assertThat(d.publish(own, "{\"TagId\":\"01020304\"}")).isEqualTo(Outcome.ACCEPTED);
            assertThat(c.publish(PREFIX + "/" + serial + "/rdr/cmd", "{\"Sequence\":35}"))
                    .isEqualTo(Outcome.ACCEPTED);
            assertThat(c.publish(other, "for the other reader")).isEqualTo(Outcome.ACCEPTED);

            await().atMost(Duration.ofSeconds(5))
                    .until(() -> w.receivedOn(own).contains("{\"TagId\":\"01020304\"}")
                            && d.receivedOn(PREFIX + "/" + serial + "/rdr/cmd").contains("{\"Sequence\":35}"));
            Thread.sleep(MqttProbe.settle().toMillis());
            assertThat(c.receivedOn(other)).containsExactly("for the other reader");
            assertThat(d.receivedOn(other)).isEmpty();
            assertThat(w.receivedOn(other)).containsExactly("for the other reader");
            assertThat(c.receivedOn(PREFIX + "/" + serial + "/rdr/cmd")).containsExactly("{\"Sequence\":35}");
        }
        SpringCorePki foreign = SpringCorePki.generate("Foreign");
        assertThatThrownBy(() -> MqttProbe.connect(
                        "127.0.0.1", port, foreign.watcherCertificate("watcher"), "intruder", anchors))
                .hasStackTraceContaining("SSL");
    }

    /**
     * More QoS 1 events than mosquitto's default queue (1,000) published while a kept session is offline:
     * the kit's limits make the broker keep them all, delivered in order on reconnect.
     */
    @Test
    void realMosquittoOnTheKitKeepsAFloodForAnOfflineSession() throws Exception {
        StartedKit started = startKit();
        int port = started.port();
        X509Certificate[] anchors = started.anchors();
        IssuedCertificate watcher = started.watcher();
        IssuedCertificate control = started.control();
        String topic = PREFIX + "/DA1275B0/rdr/evt";
        int events = 1_500;

        try (MqttProbe away = MqttProbe.connect("127.0.0.1", port, watcher, "kit-kept", 600, anchors)) {
            assertThat(away.subscribe(PREFIX + "/+/rdr/evt")).isEqualTo(Mqtt5SubAckReasonCode.GRANTED_QOS_1);
        } // disconnected: the broker keeps the session and queues for it
        try (MqttProbe publisher = MqttProbe.connect("127.0.0.1", port, control, "kit-flood", anchors)) {
            for (int i = 0; i < events; i++) {
                assertThat(publisher.publish(topic, "{\"Sequence\":" + i + "}")).isEqualTo(Outcome.ACCEPTED);
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            expected.add("{\"Sequence\":" + i + "}");
        }
        try (MqttProbe back = MqttProbe.connect("127.0.0.1", port, watcher, "kit-kept", 600, anchors)) {
            assertThat(back.sessionPresent()).isTrue();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> back.receivedOn(topic).size() >= events);
            assertThat(back.receivedOn(topic)).containsExactlyElementsOf(expected);
        }
    }

    /** A real mosquitto on a freshly written kit (skipped where mosquitto is not installed). */
    private record StartedKit(
            int port,
            Path directory,
            X509Certificate[] anchors,
            IssuedCertificate watcher,
            IssuedCertificate control) {}

    private StartedKit startKit() throws Exception {
        assumeThat(MosquittoBroker.isInstalled())
                .as("mosquitto installed (apt-get install mosquitto)")
                .isTrue();
        int port = MosquittoBroker.freePort();
        Path kitDirectory = temp.resolve("kit");
        MosquittoKit.Written kit = MosquittoKit.write(
                new MosquittoKit.Options(kitDirectory, "localhost", port, "127.0.0.1", PREFIX, PASSWORD),
                MosquittoKit.generatedPki("localhost"));
        startMosquitto(kit, port);
        return new StartedKit(
                port,
                kitDirectory,
                caCertificates(kit.caFile()),
                identity(kitDirectory.resolve("clients/watcher.p12")),
                identity(kitDirectory.resolve("clients/control.p12")));
    }

    private void startMosquitto(MosquittoKit.Written kit, int port) throws Exception {
        // started as root, mosquitto drops to user "mosquitto": let it read this throw-away copy
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(
                        file, PosixFilePermissions.fromString(Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        Path log = kit.directory().resolve("mosquitto.log");
        Files.writeString(log, "");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.writeString(kit.config(), Files.readString(kit.config()) + "log_dest file " + log + "\nlog_type all\n");
        mosquitto = new ProcessBuilder("/usr/sbin/mosquitto", "-c", kit.config().toString())
                .redirectErrorStream(true)
                .redirectOutput(kit.directory().resolve("stdout.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            assertThat(mosquitto.isAlive())
                    .as(() -> "mosquitto exited: " + read(kit.directory().resolve("stdout.log")) + read(log))
                    .isTrue();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("mosquitto did not listen: " + read(log));
    }

    private static X509Certificate[] caCertificates(Path caFile) throws Exception {
        try (InputStream in = Files.newInputStream(caFile)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast)
                    .toArray(X509Certificate[]::new);
        }
    }

    private static IssuedCertificate identity(Path pkcs12) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(Files.readAllBytes(pkcs12)), PASSWORD);
        String alias = store.aliases().nextElement();
        Certificate[] chain = store.getCertificateChain(alias);
        List<X509Certificate> issuers = new ArrayList<>();
        for (int i = 1; i < chain.length; i++) {
            issuers.add((X509Certificate) chain[i]);
        }
        return new IssuedCertificate((X509Certificate) chain[0], (PrivateKey) store.getKey(alias, PASSWORD), issuers);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
