package com.springcoreexplorer.mqtt.connection;

import static com.springcoreexplorer.mqtt.connection.Fixtures.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Everything the connection code path logs, at DEBUG, on success and failure, holds no password and no key. */
class ConnectionLogSecrecyTest {

    private static final String PASSWORD = "s3cret-Pa55word-never-logged";

    @Test
    void noPasswordOrKeyMaterialReachesTheLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level previous = root.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.DEBUG);
        ((Logger) LoggerFactory.getLogger("com.hivemq")).setLevel(Level.DEBUG);
        ((Logger) LoggerFactory.getLogger("io.netty")).setLevel(Level.DEBUG);
        SpringCorePki pki = SpringCorePki.generate("Secrecy test");
        IssuedCertificate identity = pki.controlCertificate("control");
        try (MosquittoBroker broker = MosquittoBroker.builder(pki)
                .control("control")
                .watcher("watcher")
                .start()) {
            PasswordSource secrets = reference -> Optional.of(PASSWORD.toCharArray());
            try (MqttConnection connection = MqttConnection.create(
                    Fixtures.profile(broker, "control")
                            .username("control")
                            .passwordRef("profile:control")
                            .build(),
                    TestTls.material(identity, Role.CONTROL, pki.root().certificate()),
                    Fixtures.fastBuilder(m -> {}).passwordSource(secrets).build())) {
                connection.connect().join();
                connection
                        .publish(PREFIX + "/1/rdr/cmd", "{\"Buzzer\":100}".getBytes(StandardCharsets.UTF_8), 1, false)
                        .join();
            }
            try (MqttConnection watcher = MqttConnection.create(
                    Fixtures.profile(broker, "watcher")
                            .username("watcher")
                            .passwordRef("profile:watcher")
                            .build(),
                    Fixtures.watcher(pki, "watcher"),
                    Fixtures.fastBuilder(m -> {}).passwordSource(secrets).build())) {
                watcher.connect().join();
                assertThat(watcher.publish(PREFIX + "/1/rdr/cmd", new byte[] {1}, 1, false)
                                .join())
                        .isInstanceOf(PublishOutcome.Refused.class);
            }
            try (MqttConnection rogue = MqttConnection.create(
                    Fixtures.profile(broker, "rogue")
                            .username("rogue")
                            .passwordRef("r")
                            .build(),
                    Fixtures.rogue(pki, "rogue"),
                    Fixtures.fastBuilder(m -> {}).passwordSource(secrets).build())) {
                assertThatThrownBy(() -> rogue.connect().join()).isNotNull();
            }
        } finally {
            root.detachAppender(appender);
            root.setLevel(previous);
            ((Logger) LoggerFactory.getLogger("com.hivemq")).setLevel(Level.WARN);
            ((Logger) LoggerFactory.getLogger("io.netty")).setLevel(Level.WARN);
        }
        StringBuilder everything = new StringBuilder();
        for (ILoggingEvent event : appender.list) {
            everything.append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                everything
                        .append(ThrowableProxyUtil.asString(event.getThrowableProxy()))
                        .append('\n');
            }
        }
        String logs = everything.toString();
        assertThat(logs).as("the connection logged its story").contains("connected", "control");
        assertThat(logs).doesNotContain(PASSWORD);
        assertThat(logs).doesNotContain(Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8)));
        assertThat(logs).doesNotContain("PRIVATE KEY");
        String keyBase64 =
                Base64.getEncoder().encodeToString(identity.privateKey().getEncoded());
        assertThat(logs).doesNotContain(keyBase64.substring(0, 32));
        assertThat(logs)
                .doesNotContainIgnoringCase(java.util.HexFormat.of()
                        .formatHex(identity.privateKey().getEncoded())
                        .substring(0, 32));
    }
}
