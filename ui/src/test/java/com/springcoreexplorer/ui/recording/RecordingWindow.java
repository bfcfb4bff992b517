package com.springcoreexplorer.ui.recording;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.message.InboundMessage.MessageProperties;
import com.springcoreexplorer.ui.testing.Fx;
import com.springcoreexplorer.ui.testing.TestHome;
import com.springcoreexplorer.ui.testing.WindowFixture;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The real window (Monocle) on a test home, with the recording feature installed: the recording tests' set-up. */
record RecordingWindow(TestHome home, WindowFixture fixture, RecordingFeature feature) implements AutoCloseable {

    static RecordingWindow open(String name) {
        TestHome home = new TestHome(name);
        WindowFixture fixture = WindowFixture.open(home);
        RecordingFeature feature = Fx.get(() -> RecordingFeature.install(fixture.window(), home.engine()));
        return new RecordingWindow(home, fixture, feature);
    }

    /** A message as the recorder gets it: QoS 1, not retained, received {@code at}. */
    static InboundMessage recorded(Instant at, String topic, String payload) {
        return new InboundMessage(
                topic, payload.getBytes(StandardCharsets.UTF_8), 1, false, at, 0, MessageProperties.NONE);
    }

    @Override
    public void close() {
        Fx.run(feature::close);
        fixture.close();
        home.close();
    }
}
