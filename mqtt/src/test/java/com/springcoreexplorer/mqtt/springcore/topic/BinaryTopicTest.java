package com.springcoreexplorer.mqtt.springcore.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The binary topics of https://docs.springcard.com/books/SpringCore/Host_Interfaces/Network/MQTT_Client/Topics. */
class BinaryTopicTest {

    @ParameterizedTest
    @CsvSource({
        "ccid/p2r, HOST_TO_DEVICE",
        "dir/cmd, HOST_TO_DEVICE",
        "ccid/r2p, DEVICE_TO_HOST",
        "ccid/int, DEVICE_TO_HOST",
        "dir/rsp, DEVICE_TO_HOST",
        "dir/evt, DEVICE_TO_HOST"
    })
    void eachTopicHasItsDirection(String suffix, BinaryTopic.Direction direction) {
        BinaryTopic topic = BinaryTopic.ofSuffix(suffix).orElseThrow();
        assertThat(topic.direction()).isEqualTo(direction);
        assertThat(BinaryTopic.ofTopic("springcard/springcore/DA1275B0/" + suffix))
                .contains(topic);
        assertThat(BinaryTopic.ofTopic("p/16051974/" + suffix)).contains(topic);
        assertThat(topic.label()).contains(direction.text(), "binary");
    }

    @Test
    void onlyWithRoomForAPrefixAndADevice() {
        assertThat(BinaryTopic.ofTopic("ccid/p2r")).isEmpty();
        assertThat(BinaryTopic.ofTopic("x/ccid/p2r")).isEmpty();
        assertThat(BinaryTopic.ofTopic("p//ccid/p2r")).isEmpty();
        assertThat(BinaryTopic.ofTopic("p/id/xccid/p2r")).isEmpty();
        assertThat(BinaryTopic.ofTopic("p/id/ccid/p2r/more")).isEmpty();
        assertThat(BinaryTopic.ofSuffix("dir/0")).isEmpty();
        assertThat(BinaryTopic.ofTopic(null)).isEmpty();
    }
}
