package com.springcoreexplorer.mqtt.bench;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5RxClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import io.reactivex.Flowable;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The many-topics publisher, run as its own JVM so the measured heap and CPU are the explorer's
 * alone: {@code HeapPublisher host port identity.p12 password ca.pem messages topics}. Reactive
 * publishing, paced by the client's own flow control; QoS 0 unless -Dbench.heapQos=1.
 */
public final class HeapPublisher {

    private HeapPublisher() {}

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        char[] password = args[3].toCharArray();
        int messages = Integer.parseInt(args[5]);
        int topicCount = Integer.parseInt(args[6]);

        KeyStore identity = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(args[2]))) {
            identity.load(in, password);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(identity, password);
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        try (InputStream in = Files.newInputStream(Path.of(args[4]))) {
            anchors.setCertificateEntry("root", (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(anchors);

        String[] topics = topics(topicCount);
        Mqtt5RxClient client = MqttClient.builder()
                .useMqttVersion5()
                .identifier("bench-control-heap")
                .serverHost(host)
                .serverPort(port)
                .sslConfig(MqttClientSslConfig.builder()
                        .keyManagerFactory(keys)
                        .trustManagerFactory(trust)
                        .build())
                .buildRx();
        client.connect().blockingGet();
        long published = client.publish(Flowable.range(0, messages)
                        .map(i -> Mqtt5Publish.builder()
                                .topic(topics[i % topicCount])
                                .qos(MqttQos.fromCode(Integer.getInteger("bench.heapQos", 0)))
                                .payload(TagEvents.json(i / topicCount).getBytes(StandardCharsets.UTF_8))
                                .build()))
                .count()
                .blockingGet();
        client.disconnect().blockingAwait();
        System.out.println("published " + published);
    }

    static String[] topics(int count) {
        String[] topics = new String[count];
        for (int i = 0; i < count; i++) {
            topics[i] = TagEvents.eventTopic(String.format("%08X", 0x10000000 + i * 7919));
        }
        return topics;
    }
}
