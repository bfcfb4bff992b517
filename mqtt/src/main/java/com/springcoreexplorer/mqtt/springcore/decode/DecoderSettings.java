package com.springcoreexplorer.mqtt.springcore.decode;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.springcoreexplorer.mqtt.springcore.rules.DecodingRule;
import com.springcoreexplorer.mqtt.springcore.topic.TopicPrefix;
import java.util.List;

/**
 * Everything the decoder needs that the vendor leaves open: the topic prefix, the user's decoding
 * rules and the $SCRDR code names. Immutable; serialisable with Jackson (saved with the profile).
 */
public record DecoderSettings(TopicPrefix prefix, List<DecodingRule> rules, ScrdrCodeTable scrdrCodes) {

    public static final DecoderSettings DEFAULT =
            new DecoderSettings(TopicPrefix.DEFAULT, List.of(), ScrdrCodeTable.EMPTY);

    @JsonCreator
    public DecoderSettings(
            @JsonProperty("prefix") TopicPrefix prefix,
            @JsonProperty("rules") List<DecodingRule> rules,
            @JsonProperty("scrdrCodes") ScrdrCodeTable scrdrCodes) {
        this.prefix = prefix == null ? TopicPrefix.DEFAULT : prefix;
        this.rules = rules == null ? List.of() : List.copyOf(rules);
        this.scrdrCodes = scrdrCodes == null ? ScrdrCodeTable.EMPTY : scrdrCodes;
    }

    public DecoderSettings withPrefix(TopicPrefix prefix) {
        return new DecoderSettings(prefix, rules, scrdrCodes);
    }

    public DecoderSettings withRules(List<DecodingRule> rules) {
        return new DecoderSettings(prefix, rules, scrdrCodes);
    }

    public DecoderSettings withScrdrCodes(ScrdrCodeTable codes) {
        return new DecoderSettings(prefix, rules, codes);
    }
}
