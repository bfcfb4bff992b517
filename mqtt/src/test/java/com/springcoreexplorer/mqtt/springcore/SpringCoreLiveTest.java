package com.springcoreexplorer.mqtt.springcore;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.message.disconnect.Mqtt5DisconnectReasonCode;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.PublishOutcome;
import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.springcore.commands.BuildResult;
import com.springcoreexplorer.mqtt.springcore.commands.CommandBuilder;
import com.springcoreexplorer.mqtt.springcore.commands.CommandFormat;
import com.springcoreexplorer.mqtt.springcore.commands.OutgoingCommand;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.decode.DeviceState;
import com.springcoreexplorer.mqtt.springcore.decode.ReaderCommand;
import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import com.springcoreexplorer.mqtt.springcore.decode.WireFormat;
import com.springcoreexplorer.mqtt.springcore.devices.DeviceSnapshot;
import com.springcoreexplorer.mqtt.springcore.devices.DevicesChanged;
import com.springcoreexplorer.mqtt.springcore.devices.RegistrySettings;
import com.springcoreexplorer.mqtt.springcore.topic.TopicPrefix;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import com.springcoreexplorer.mqtt.testing.TestTls;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * End to end over a real mosquitto with mutual TLS: a reader (X.509 v1 device certificate) publishes
 * META, STATUS and tag events and dies with its last will; a Control sends commands built by the
 * builder; a Watcher's connection feeds the ingest pipeline, whose dispatcher drives the SpringCore model.
 */
class SpringCoreLiveTest {

    private static final String PREFIX = MosquittoBroker.DEFAULT_PREFIX;
    private static final String DEVICE = "DA1275B0";

    @Test
    void readerLifecycleThroughTheRealPipeline() throws Exception {
        SpringCorePki pki = SpringCorePki.generate("SpringCore live");
        SpringCoreModel model =
                new SpringCoreModel(DecoderSettings.DEFAULT, RegistrySettings.DEFAULT, Clock.systemUTC());
        List<DevicesChanged> changes = new CopyOnWriteArrayList<>();
        List<TagEvent> events = new CopyOnWriteArrayList<>();
        model.addListener((messages, decoded) -> decoded.stream()
                .filter(TagEvent.class::isInstance)
                .map(TagEvent.class::cast)
                .forEach(events::add));
        List<String> dispatcherThreads = new CopyOnWriteArrayList<>();
        model.registry().addListener(changes::add);
        model.addListener((messages, decoded) ->
                dispatcherThreads.add(Thread.currentThread().getName()));

        try (MosquittoBroker broker = MosquittoBroker.builder(pki)
                        .watcher("watcher")
                        .control("control")
                        .start();
                IngestPipeline pipeline = IngestPipeline.start(IngestSettings.defaults())) {
            pipeline.addMessageListener(model);
            ConnectionProfile watcherProfile = ConnectionProfile.builder("watcher")
                    .host(broker.host())
                    .port(broker.port())
                    .identity("watcher")
                    .trustAnchors("root")
                    .subscribe(PREFIX + "/#")
                    .build();
            ConnectionProfile controlProfile = ConnectionProfile.builder("control")
                    .host(broker.host())
                    .port(broker.port())
                    .identity("control")
                    .trustAnchors("root")
                    .build();
            try (MqttConnection watcher = MqttConnection.create(
                            watcherProfile,
                            TestTls.material(
                                    pki.watcherCertificate("watcher"),
                                    Role.WATCHER,
                                    pki.root().certificate()),
                            ConnectionOptions.into(pipeline::offer).build());
                    MqttConnection control = MqttConnection.create(
                            controlProfile,
                            TestTls.material(
                                    pki.controlCertificate("control"),
                                    Role.CONTROL,
                                    pki.root().certificate()),
                            ConnectionOptions.builder(m -> {}).build())) {
                watcher.connect().get(10, TimeUnit.SECONDS);
                control.connect().get(10, TimeUnit.SECONDS);

                Mqtt5BlockingClient reader = deviceClient(broker, pki);
                publish(reader, "meta", Samples.bytes("meta-full.json"), true);
                publish(reader, "status", Samples.bytes("status-online-ready.json"), true);
                publish(reader, "rdr/evt", Samples.bytes("tag-json-current.json"), false);
                publish(reader, "rdr/evt", Samples.bytes("tag-scrdr-checksum-including.txt"), false);

                OutgoingCommand wink = built(CommandBuilder.to(TopicPrefix.DEFAULT, DEVICE)
                        .sequence("wink")
                        .build());
                assertThat(control.publish(wink.topic(), wink.payload(), 1, false)
                                .get(10, TimeUnit.SECONDS))
                        .isInstanceOf(PublishOutcome.Accepted.class);
                OutgoingCommand beep = built(CommandBuilder.to(TopicPrefix.DEFAULT, DEVICE)
                        .leds("92929292")
                        .buzzer(100)
                        .format(CommandFormat.TEXT)
                        .build());
                assertThat(control.publish(beep.topic(), beep.payload(), 1, false)
                                .get(10, TimeUnit.SECONDS))
                        .isInstanceOf(PublishOutcome.Accepted.class);

                Awaitility.await()
                        .atMost(15, TimeUnit.SECONDS)
                        .until(() -> model.registry()
                                .device(DEVICE, model.clock().instant())
                                .map(d -> d.lastCommand() != null
                                        && d.lastCommand().format() == WireFormat.TEXT)
                                .orElse(false));
                DeviceSnapshot live =
                        model.registry().device(DEVICE, model.clock().instant()).orElseThrow();
                assertThat(live.productName()).isEqualTo("SpringPark");
                assertThat(live.ipAddress()).isEqualTo("192.168.1.50");
                assertThat(live.state()).isEqualTo(DeviceState.ONLINE_READY);
                assertThat(live.eventCount()).isEqualTo(2);
                assertThat(live.lastTag().tagId()).isEqualTo("047DAE02C84080");
                assertThat(live.lastCommand().describe()).isEqualTo("LEDs 92929292, beep 100 ms");
                assertThat(live.stale()).isFalse();
                assertThat(live.eventRate()).isPositive();

                assertThat(events).extracting(TagEvent::format).containsExactly(WireFormat.JSON, WireFormat.TEXT);
                assertThat(events).allSatisfy(e -> assertThat(e.deviceId()).isEqualTo(DEVICE));

                // the reader vanishes: the broker publishes its last will
                reader.disconnectWith()
                        .reasonCode(Mqtt5DisconnectReasonCode.DISCONNECT_WITH_WILL_MESSAGE)
                        .send();
                Awaitility.await()
                        .atMost(15, TimeUnit.SECONDS)
                        .until(() -> model.registry()
                                .device(DEVICE, model.clock().instant())
                                .map(DeviceSnapshot::diedUnexpectedly)
                                .orElse(false));
                watcher.disconnect().get(10, TimeUnit.SECONDS);
                control.disconnect().get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(changes.getFirst().added())
                .extracting(DeviceSnapshot::deviceId)
                .containsExactly(DEVICE);
        assertThat(changes.getLast().updated())
                .singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(DeviceState.OFFLINE_DEAD));
        assertThat(dispatcherThreads)
                .isNotEmpty()
                .allSatisfy(name -> assertThat(name).isEqualTo(IngestPipeline.DISPATCHER_THREAD_NAME));
    }

    @Test
    void decodedCommandsSeenOnTheWireMatchWhatWasBuilt() throws Exception {
        SpringCorePki pki = SpringCorePki.generate("SpringCore commands");
        List<DecodedMessage> seen = new CopyOnWriteArrayList<>();
        SpringCoreModel model = new SpringCoreModel();
        model.addListener((messages, decoded) -> seen.addAll(decoded));
        try (MosquittoBroker broker = MosquittoBroker.builder(pki)
                        .watcher("watcher")
                        .control("control")
                        .start();
                IngestPipeline pipeline = IngestPipeline.start(IngestSettings.defaults())) {
            pipeline.addMessageListener(model);
            try (MqttConnection watcher = MqttConnection.create(
                            ConnectionProfile.builder("watcher")
                                    .host(broker.host())
                                    .port(broker.port())
                                    .identity("watcher")
                                    .trustAnchors("root")
                                    .subscribe(PREFIX + "/+/rdr/cmd")
                                    .build(),
                            TestTls.material(
                                    pki.watcherCertificate("watcher"),
                                    Role.WATCHER,
                                    pki.root().certificate()),
                            ConnectionOptions.into(pipeline::offer).build());
                    MqttConnection control = MqttConnection.create(
                            ConnectionProfile.builder("control")
                                    .host(broker.host())
                                    .port(broker.port())
                                    .identity("control")
                                    .trustAnchors("root")
                                    .build(),
                            TestTls.material(
                                    pki.controlCertificate("control"),
                                    Role.CONTROL,
                                    pki.root().certificate()),
                            ConnectionOptions.builder(m -> {}).build())) {
                watcher.connect().get(10, TimeUnit.SECONDS);
                control.connect().get(10, TimeUnit.SECONDS);
                List<OutgoingCommand> sent = List.of(
                        built(CommandBuilder.to(TopicPrefix.DEFAULT, "16051974")
                                .sequence("read-success")
                                .build()),
                        built(CommandBuilder.to(TopicPrefix.DEFAULT, "16051974")
                                .sequence("read-failed")
                                .format(CommandFormat.TEXT)
                                .build()),
                        built(CommandBuilder.to(TopicPrefix.DEFAULT, "16051974")
                                .leds("00FF00FF")
                                .buzzer(250)
                                .build()));
                for (OutgoingCommand c : sent) {
                    control.publish(c.topic(), c.payload(), 1, false).get(10, TimeUnit.SECONDS);
                }
                Awaitility.await().atMost(15, TimeUnit.SECONDS).until(() -> seen.size() >= 3);
                assertThat(seen).allSatisfy(d -> assertThat(d).isInstanceOf(ReaderCommand.class));
                assertThat(seen)
                        .extracting(d -> ((ReaderCommand) d).command())
                        .containsExactlyElementsOf(
                                sent.stream().map(OutgoingCommand::command).toList());
                watcher.disconnect().get(10, TimeUnit.SECONDS);
                control.disconnect().get(10, TimeUnit.SECONDS);
            }
        }
    }

    private static OutgoingCommand built(BuildResult result) {
        assertThat(result).isInstanceOf(BuildResult.Built.class);
        return ((BuildResult.Built) result).command();
    }

    private static Mqtt5BlockingClient deviceClient(MosquittoBroker broker, SpringCorePki pki) {
        Mqtt5BlockingClient client = MqttClient.builder()
                .useMqttVersion5()
                .identifier(DEVICE)
                .serverHost(broker.host())
                .serverPort(broker.port())
                .sslConfig(MqttClientSslConfig.builder()
                        .keyManagerFactory(TestTls.keyManagers(pki.deviceCertificate(DEVICE)))
                        .trustManagerFactory(TestTls.trustManagers(pki.root().certificate()))
                        .build())
                .willPublish()
                .topic(PREFIX + "/" + DEVICE + "/status")
                .qos(MqttQos.AT_LEAST_ONCE)
                .retain(true)
                .payload(Samples.bytes("status-last-will.json"))
                .applyWillPublish()
                .buildBlocking();
        client.connect();
        return client;
    }

    private static void publish(Mqtt5BlockingClient client, String channel, byte[] payload, boolean retain) {
        client.publishWith()
                .topic(PREFIX + "/" + DEVICE + "/" + channel)
                .qos(MqttQos.AT_LEAST_ONCE)
                .retain(retain)
                .payload(payload)
                .send();
    }
}
