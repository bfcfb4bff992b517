package com.springcoreexplorer.app.demo.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The broker jar's logback.xml never replaces the app's. */
class AppLoggingGuardTest {

    @Test
    void findsTheAppsOwnConfigurationBesideItsClasses() throws Exception {
        URL own = AppLoggingGuard.appConfiguration();
        assertThat(own).isNotNull();
        assertThat(AppLoggingGuard.isHiveMqConfiguration(own)).isFalse();
        try (InputStream in = own.openStream()) {
            // the app's file: rolling file appender, never the broker's console appender
            assertThat(new String(in.readAllBytes()))
                    .contains("RollingFileAppender")
                    .doesNotContain("ConsoleAppender");
        }
    }

    @Test
    void recognisesTheBrokersConfiguration() throws Exception {
        URL hivemq = com.hivemq.embedded.EmbeddedHiveMQ.class.getResource("/config.xsd");
        URL brokerLogback = URI.create(hivemq.toExternalForm().replace("config.xsd", "logback.xml"))
                .toURL();
        assertThat(AppLoggingGuard.isHiveMqConfiguration(brokerLogback)).isTrue();
        try (InputStream in = brokerLogback.openStream()) {
            assertThat(new String(in.readAllBytes())).contains("ConsoleAppender");
        }
    }
}
