package com.springcoreexplorer.mqtt.springcore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import org.junit.jupiter.api.Test;

class SpringCoreJsonAnnotatorTest {

    @Test
    void addsEventAndDevice() {
        SpringCoreJsonAnnotator annotator = new SpringCoreJsonAnnotator(DecoderSettings.DEFAULT);
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        annotator.annotate(Samples.message("DA1275B0", "meta-full.json"), meta);
        ObjectNode tag = JsonNodeFactory.instance.objectNode();
        annotator.annotate(Samples.message("DA1275B0", "tag-json-current.json"), tag);

        assertThat(tag.get("event").get("kind").asText()).isEqualTo("tag");
        assertThat(tag.get("event").get("tagId").asText()).isEqualTo("047DAE02C84080");
        assertThat(tag.get("event").get("protocol").asText()).isEqualTo("NFC-A");
        assertThat(tag.get("event").get("uptime").get("startups").asInt()).isEqualTo(699);
        assertThat(tag.get("device").get("device").asText()).isEqualTo("DA1275B0");
        assertThat(tag.get("device").get("product").asText()).isEqualTo("SpringPark");
        assertThat(tag.get("device").get("events").asInt()).isEqualTo(1);

        ObjectNode other = JsonNodeFactory.instance.objectNode();
        annotator.annotate(InboundMessage.now("plant/t", "21"), other);
        assertThat(other.get("event").get("kind").asText()).isEqualTo("raw");
        assertThat(other.get("event").get("reason").asText()).contains("not a SpringCore topic");
        assertThat(other.has("device")).isFalse();
    }
}
