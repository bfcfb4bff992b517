package com.springcoreexplorer.app.demo.broker;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.joran.util.ConfigurationWatchListUtil;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.CodeSource;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The HiveMQ jar ships its own {@code logback.xml} (console appender, INFO). Logback takes the first
 * one on the class path, so an unlucky class-path order would send broker logs to the terminal and
 * drop the app's rolling file. If HiveMQ's file won, reload the app's own from the app's jar.
 */
final class AppLoggingGuard {

    private AppLoggingGuard() {}

    /** Returns true when it had to reconfigure. */
    static boolean ensureAppConfiguration() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            return false;
        }
        URL active = ConfigurationWatchListUtil.getMainWatchURL(context);
        if (active == null || !isHiveMqConfiguration(active)) {
            return false;
        }
        URL own = appConfiguration();
        if (own == null) {
            return false;
        }
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(own);
        } catch (JoranException e) {
            context.getLogger(AppLoggingGuard.class)
                    .warn("could not reload the app's logging configuration {}", own, e);
        }
        return true;
    }

    static boolean isHiveMqConfiguration(URL configuration) {
        return configuration.toExternalForm().contains("hivemq-community-edition");
    }

    /** {@code logback.xml} from the jar or folder this class was loaded from (the app's). */
    static URL appConfiguration() {
        CodeSource source = AppLoggingGuard.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            String location = source.getLocation().toExternalForm();
            if (location.endsWith(".jar")) {
                return new URI("jar:" + location + "!/logback.xml").toURL();
            }
            return new URI(location + (location.endsWith("/") ? "" : "/") + "logback.xml").toURL();
        } catch (URISyntaxException | MalformedURLException e) {
            return null;
        }
    }
}
