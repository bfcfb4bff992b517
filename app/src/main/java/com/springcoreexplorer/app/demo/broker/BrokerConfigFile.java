package com.springcoreexplorer.app.demo.broker;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * HiveMQ's {@code config.xml} for the demo: one TLS listener on loopback, client certificates
 * REQUIRED, in-memory persistence, no usage statistics. Empty client IDs are allowed (the broker
 * assigns one) so {@code mosquitto_sub} works without {@code -i}; a reader must still use its CN. Checked against the {@code config.xsd}
 * inside the broker jar before it is used: HiveMQ falls back to its defaults on a malformed file,
 * and those open an unencrypted listener on 0.0.0.0:1883.
 */
final class BrokerConfigFile {

    /** Messages queued per offline/slow client; HiveMQ's default (1000) lost QoS 1 messages here. */
    static final int MAX_QUEUED_MESSAGES = 100_000;

    private BrokerConfigFile() {}

    record Settings(
            String bindAddress,
            int port,
            Path keyStore,
            String keyStorePassword,
            Path trustStore,
            String trustStorePassword) {}

    static String render(Settings settings) {
        return """
                <?xml version="1.0"?>
                <hivemq>
                    <listeners>
                        <tls-tcp-listener>
                            <port>%d</port>
                            <bind-address>%s</bind-address>
                            <name>springcore-demo-tls</name>
                            <tls>
                                <keystore>
                                    <path>%s</path>
                                    <password>%s</password>
                                    <private-key-password>%s</private-key-password>
                                </keystore>
                                <truststore>
                                    <path>%s</path>
                                    <password>%s</password>
                                </truststore>
                                <protocols>
                                    <protocol>TLSv1.3</protocol>
                                    <protocol>TLSv1.2</protocol>
                                </protocols>
                                <client-authentication-mode>REQUIRED</client-authentication-mode>
                            </tls>
                        </tls-tcp-listener>
                    </listeners>
                    <mqtt>
                        <queued-messages>
                            <max-queue-size>%d</max-queue-size>
                        </queued-messages>
                    </mqtt>
                    <security>
                        <allow-empty-client-id>
                            <enabled>true</enabled>
                        </allow-empty-client-id>
                    </security>
                    <anonymous-usage-statistics>
                        <enabled>false</enabled>
                    </anonymous-usage-statistics>
                    <persistence>
                        <mode>in-memory</mode>
                    </persistence>
                </hivemq>
                """.formatted(
                        settings.port(),
                        xml(settings.bindAddress()),
                        xml(settings.keyStore().toString()),
                        xml(settings.keyStorePassword()),
                        xml(settings.keyStorePassword()),
                        xml(settings.trustStore().toString()),
                        xml(settings.trustStorePassword()),
                        MAX_QUEUED_MESSAGES);
    }

    /** Writes {@code config.xml} into {@code folder} and validates it; throws if HiveMQ would not accept it. */
    static Path write(Path folder, Settings settings) throws IOException {
        Path file = folder.resolve("config.xml");
        Files.writeString(file, render(settings), StandardCharsets.UTF_8);
        validate(file);
        return file;
    }

    /** Validates against the schema shipped in the HiveMQ jar (the one the broker itself uses). */
    static void validate(Path file) throws IOException {
        try {
            SchemaHolder.SCHEMA.newValidator().validate(new StreamSource(file.toFile()));
        } catch (SAXException invalid) {
            throw new IOException(
                    "broker configuration " + file + " is not valid for HiveMQ: " + invalid.getMessage(), invalid);
        }
    }

    /** Parsed once, on first use; thread-safe by class initialisation. */
    private static final class SchemaHolder {
        static final Schema SCHEMA = load();

        private static Schema load() {
            URL schemaUrl = com.hivemq.embedded.EmbeddedHiveMQ.class.getResource("/config.xsd");
            if (schemaUrl == null) {
                throw new IllegalStateException(
                        "config.xsd not found in the HiveMQ jar: cannot check the broker configuration");
            }
            try (InputStream schemaStream = schemaUrl.openStream()) {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return factory.newSchema(new StreamSource(schemaStream, schemaUrl.toExternalForm()));
            } catch (IOException | SAXException e) {
                throw new IllegalStateException("cannot read HiveMQ's config.xsd", e);
            }
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
