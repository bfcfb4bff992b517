package com.springcoreexplorer.app.demo.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
import com.springcoreexplorer.app.demo.MqttProbe;
import com.springcoreexplorer.app.demo.MqttProbe.Outcome;
import com.springcoreexplorer.app.demo.pki.DemoPki;
import com.springcoreexplorer.certstore.pki.CertificateIssuer;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker enforces the SpringCore roles by issuing CA; checked with the real HiveMQ client. */
class DemoBrokerRoleTest {

    private static final String PREFIX = DemoBroker.DEFAULT_PREFIX;

    @TempDir
    static Path work;

    static DemoPki pki;
    static DemoBroker broker;
    static String readerA;
    static String readerB;

    @BeforeAll
    static void startBroker() {
        pki = DemoPki.generate(2);
        readerA = pki.devices().get(0).commonName();
        readerB = pki.devices().get(1).commonName();
        broker = DemoBroker.start(pki, new DemoBroker.Options(work, 0, PREFIX)).join();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
        assertThat(work).isEmptyDirectory();
    }

    private static MqttProbe connect(IssuedCertificate identity, String clientId) {
        return MqttProbe.connect(
                broker.host(), broker.port(), identity, clientId, pki.root().certificate());
    }

    private static String topic(String reader, String channel) {
        return PREFIX + "/" + reader + "/" + channel;
    }

    @Test
    void watcherReadsEverythingAndEveryPublishIsRefusedWithoutDisconnect() {
        try (MqttProbe watcher = connect(pki.watcher(), "watcher-1");
                MqttProbe control = connect(pki.control(), "control-spy")) {
            assertThat(control.subscribe("#")).isEqualTo(Mqtt5SubAckReasonCode.GRANTED_QOS_1);
            assertThat(watcher.subscribe("#")).isEqualTo(Mqtt5SubAckReasonCode.GRANTED_QOS_1);
            assertThat(watcher.subscribe(topic(readerA, "rdr/evt"))).isEqualTo(Mqtt5SubAckReasonCode.GRANTED_QOS_1);

            assertThat(watcher.publish(topic(readerA, "rdr/cmd"), "{\"Buzzer\":100}"))
                    .isEqualTo(Outcome.NOT_AUTHORIZED);
            assertThat(watcher.publish("anything/else", "x")).isEqualTo(Outcome.NOT_AUTHORIZED);
            assertThat(watcher.isConnected()).isTrue();

            // the watcher still receives after its refusals
            assertThat(control.publish(topic(readerA, "rdr/cmd"), "{\"Sequence\":35}"))
                    .isEqualTo(Outcome.ACCEPTED);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> watcher.receivedOn(topic(readerA, "rdr/cmd")).contains("{\"Sequence\":35}"));
            assertThat(control.receivedOn(topic(readerA, "rdr/cmd"))).containsExactly("{\"Sequence\":35}");
            assertThat(control.receivedOn("anything/else")).isEmpty();
        }
    }

    @Test
    void controlReadsAndWritesEverything() {
        try (MqttProbe control = connect(pki.control(), "control-1")) {
            assertThat(control.subscribe("#")).isEqualTo(Mqtt5SubAckReasonCode.GRANTED_QOS_1);
            assertThat(control.publish(topic(readerB, "rdr/cmd"), "{\"Buzzer\":50}"))
                    .isEqualTo(Outcome.ACCEPTED);
            assertThat(control.publish("other/topic", "free")).isEqualTo(Outcome.ACCEPTED);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> control.receivedOn("other/topic").contains("free"));
        }
    }

    @Test
    void readerReachesOnlyItsOwnTopics() {
        try (MqttProbe control = connect(pki.control(), "control-2");
                MqttProbe reader = connect(pki.devices().get(0), readerA)) {
            control.subscribe("#");
            assertThat(reader.subscribe(topic(readerA, "rdr/cmd"))).isEqualTo(Mqtt5SubAckReasonCode.GRANTED_QOS_1);
            assertThat(reader.subscribe(topic(readerB, "rdr/evt"))).isEqualTo(Mqtt5SubAckReasonCode.NOT_AUTHORIZED);
            assertThat(reader.subscribe("#")).isEqualTo(Mqtt5SubAckReasonCode.NOT_AUTHORIZED);

            assertThat(reader.publish(topic(readerA, "rdr/evt"), "own")).isEqualTo(Outcome.ACCEPTED);
            assertThat(reader.publish(topic(readerB, "rdr/evt"), "other")).isEqualTo(Outcome.NOT_AUTHORIZED);
            assertThat(reader.publish("elsewhere", "other")).isEqualTo(Outcome.NOT_AUTHORIZED);
            assertThat(reader.isConnected()).isTrue();

            assertThat(control.publish(topic(readerA, "rdr/cmd"), "{\"Leds\":\"92929292\"}"))
                    .isEqualTo(Outcome.ACCEPTED);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> reader.receivedOn(topic(readerA, "rdr/cmd")).size() == 1);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> control.receivedOn(topic(readerA, "rdr/evt")).contains("own"));
            assertThat(control.receivedOn(topic(readerB, "rdr/evt"))).isEmpty();
            assertThat(control.receivedOn("elsewhere")).isEmpty();
        }
    }

    @Test
    void readerWhoseClientIdIsNotItsCommonNameIsRefused() {
        assertThatThrownBy(() -> connect(pki.devices().get(0), readerB))
                .hasStackTraceContaining("CLIENT_IDENTIFIER_NOT_VALID");
    }

    @Test
    void certificateFromForeignCaIsRefusedAtTls() {
        SpringCorePki foreign = SpringCorePki.generate("Someone Else");
        // same CA names as the real ones: only the signature tells them apart
        assertThatThrownBy(() -> connect(foreign.watcherCertificate("intruder"), "intruder"))
                .hasStackTraceContaining("SSLHandshakeException");
    }

    @Test
    void certificateFromCloudCaIsRefused() {
        IssuedCertificate cloudClient = CertificateIssuer.subject("CN=cloud-client")
                .profile(CertificateIssuer.Profile.TLS_CLIENT)
                .issuedBy(pki.cloudCa())
                .issue();
        assertThatThrownBy(() -> connect(cloudClient, "cloud-client")).hasStackTraceContaining("SSLHandshakeException");
    }

    @Test
    void issuingCaRolesNeedTheSignatureNotJustTheName() {
        IssuingCaRoles roles = new IssuingCaRoles(
                pki.clientCa().certificate(),
                pki.watchCa().certificate(),
                pki.controlCa().certificate());
        SpringCorePki lookAlike = SpringCorePki.generate(DemoPki.LABEL);
        X509Certificate forged = lookAlike.controlCertificate("forged").certificate();
        assertThat(forged.getIssuerX500Principal())
                .isEqualTo(pki.controlCa().certificate().getSubjectX500Principal());
        assertThat(roles.roleOf(forged)).isEqualTo(com.springcoreexplorer.certstore.Role.UNKNOWN);
        assertThat(roles.roleOf(pki.control().certificate())).isEqualTo(com.springcoreexplorer.certstore.Role.CONTROL);
        assertThat(roles.roleOf(pki.devices().get(0).certificate()))
                .isEqualTo(com.springcoreexplorer.certstore.Role.DEVICE);
        assertThat(roles.roleOf(pki.watcher().certificate())).isEqualTo(com.springcoreexplorer.certstore.Role.WATCHER);
    }

    @Test
    void configFileIsCheckedAgainstTheBrokerSchema(@TempDir Path folder) throws Exception {
        Path good = BrokerConfigFile.write(
                folder,
                new BrokerConfigFile.Settings(
                        "127.0.0.1", 8883, folder.resolve("k.p12"), "a&b", folder.resolve("t.p12"), "c"));
        assertThat(Files.readString(good))
                .contains("<client-authentication-mode>REQUIRED</client-authentication-mode>", "a&amp;b");
        Path bad = folder.resolve("bad.xml");
        Files.writeString(
                bad,
                Files.readString(good)
                        .replace("<bind-address>", "<bind-adress>")
                        .replace("</bind-address>", "</bind-adress>"));
        assertThatThrownBy(() -> BrokerConfigFile.validate(bad))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("not valid");
    }
}
