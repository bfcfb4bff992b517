package com.springcoreexplorer.mqtt.connection;

import com.hivemq.client.internal.mqtt.MqttClientConfig;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.TlsVersion;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import javax.net.ssl.SSLException;

/**
 * ALPN for the HiveMQ client, which has no option for it: we build the Netty SSL context the client
 * would build (same key and trust managers, protocols, endpoint identification) plus the ALPN list,
 * and hand it to the client before it connects. The client keeps a context until its transport
 * changes, which ours never does. Uses one internal HiveMQ type: re-check on a HiveMQ upgrade
 * (ConnectionAlpnTest covers it).
 */
final class AlpnSupport {

    private AlpnSupport() {}

    static void install(Mqtt5AsyncClient client, TlsMaterial material, ConnectionProfile profile) {
        if (!(client.getConfig() instanceof MqttClientConfig config)) {
            throw new ConnectionException(
                    ConnectionProblem.of(
                            ConnectionProblem.Kind.OTHER,
                            "ALPN is not supported by this MQTT client version",
                            "remove ALPN from the profile"),
                    null);
        }
        try {
            SslContextBuilder builder = SslContextBuilder.forClient()
                    .sslProvider(SslProvider.JDK)
                    .keyManager(material.keyManagers())
                    .trustManager(material.trustManagers())
                    .protocols(profile.tlsVersions().stream()
                            .map(TlsVersion::jsseName)
                            .toArray(String[]::new))
                    .applicationProtocolConfig(new ApplicationProtocolConfig(
                            ApplicationProtocolConfig.Protocol.ALPN,
                            ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                            ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                            profile.alpn()));
            if (profile.hostnameVerification()) {
                builder.endpointIdentificationAlgorithm("HTTPS");
            }
            SslContext context = builder.build();
            config.setCurrentSslContext(context);
        } catch (SSLException e) {
            throw new ConnectionException(
                    ConnectionProblem.of(
                            ConnectionProblem.Kind.TLS,
                            "cannot set up TLS with ALPN: " + e.getMessage(),
                            "check the ALPN names"),
                    e);
        }
    }
}
