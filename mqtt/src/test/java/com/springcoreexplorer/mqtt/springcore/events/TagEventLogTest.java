package com.springcoreexplorer.mqtt.springcore.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.mqtt.springcore.Samples;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.decode.MessageDecoder;
import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagEventLogTest {

    static final MessageDecoder DECODER = new MessageDecoder(DecoderSettings.DEFAULT);

    static TagEvent event(String device, String tagId, String protocol, Instant at) {
        String json = "{\"Interface\":\"13.56\",\"Protocol\":\"" + protocol + "\",\"TagId\":\"" + tagId + "\"}";
        return (TagEvent) DECODER.decode(Samples.message(device, "rdr/evt", json.getBytes(StandardCharsets.UTF_8), at));
    }

    @Test
    void boundedAndCountsEvictions() {
        TagEventLog log = new TagEventLog(3);
        List<TagEventsAppended> heard = new ArrayList<>();
        log.addListener(heard::add);
        for (int i = 0; i < 5; i++) {
            log.append(event("A", "0" + i, "NFC-A", Samples.T0.plusSeconds(i)));
        }
        log.publish();
        assertThat(log.size()).isEqualTo(3);
        assertThat(log.capacity()).isEqualTo(3);
        assertThat(log.evictions()).isEqualTo(2);
        assertThat(log.appendedTotal()).isEqualTo(5);
        assertThat(log.snapshot()).extracting(TagEvent::tagId).containsExactly("02", "03", "04");
        assertThat(heard).singleElement().satisfies(n -> {
            assertThat(n.added()).extracting(TagEvent::tagId).containsExactly("02", "03", "04");
            assertThat(n.evictedTotal()).isEqualTo(2);
            assertThat(n.size()).isEqualTo(3);
        });
        log.publish();
        assertThat(heard).as("nothing new, no notification").hasSize(1);
        log.clear();
        log.publish();
        assertThat(heard.getLast().cleared()).isTrue();
        assertThat(log.size()).isZero();
        assertThat(log.evictions()).isZero();
    }

    @Test
    void filterByDeviceProtocolTagTextAndTime() {
        TagEventLog log = new TagEventLog(100);
        log.append(event("A", "047DAE02C84080", "NFC-A", Samples.T0));
        log.append(event("B", "262BA1B0", "Innovatron", Samples.T0.plusSeconds(10)));
        log.append(event("A", "E2801160", "UHF-EPC", Samples.T0.plusSeconds(20)));
        log.append(event("A", "047dae99", "NFC-A", Samples.T0.plusSeconds(30)));

        assertThat(log.matching(TagEventFilter.ANY)).hasSize(4);
        assertThat(log.matching(TagEventFilter.ANY.withDevice("A"))).hasSize(3);
        assertThat(log.matching(TagEventFilter.ANY.withProtocol("nfc-a"))).extracting(TagEvent::tagId)
                .containsExactly("047DAE02C84080", "047dae99");
        assertThat(log.matching(TagEventFilter.ANY.withTagIdContaining("7dae"))).hasSize(2);
        assertThat(log.matching(TagEventFilter.ANY.between(Samples.T0.plusSeconds(10), Samples.T0.plusSeconds(30))))
                .extracting(TagEvent::tagId).containsExactly("262BA1B0", "E2801160");
        assertThat(log.matching(TagEventFilter.ANY.withDevice("A").withProtocol("NFC-A").withTagIdContaining("99")))
                .extracting(TagEvent::tagId).containsExactly("047dae99");
        assertThat(log.matching(new TagEventFilter(" ", "", null, null, null))).as("blank means any").hasSize(4);
    }
}
