package com.springcoreexplorer.mqtt.springcore.decode;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.rules.CompiledRules;
import com.springcoreexplorer.mqtt.springcore.rules.RuleMatch;
import com.springcoreexplorer.mqtt.springcore.sctext.ScFrame;
import com.springcoreexplorer.mqtt.springcore.topic.BinaryTopic;
import com.springcoreexplorer.mqtt.springcore.topic.Channel;
import com.springcoreexplorer.mqtt.springcore.topic.SpringCoreTopic;
import java.util.Optional;

/**
 * Turns every received message into one {@link DecodedMessage}. A pure, total function: the same
 * message and settings give the same result, and no payload (binary, invalid UTF-8, broken or deeply
 * nested JSON, 64 kB+) makes it throw; what it does not understand becomes a {@link Raw} with the
 * reason. Thread-safe and cheap to share; build a new one when the settings change. This class routes
 * by channel; {@code TagEventDecoder}, {@code DeviceReportDecoder} and {@code CommandDecoder} read the payloads.
 */
public final class MessageDecoder {

    /** The reason given for binary payloads on {@code rdr/evt}. */
    public static final String BINARY_TAG_EVENT =
            "binary tag event (TLV/MK1, register 02A0): the layout is not published by SpringCard, shown as it is";

    private final DecoderSettings settings;
    private final CompiledRules rules;

    public MessageDecoder(DecoderSettings settings) {
        this.settings = settings == null ? DecoderSettings.DEFAULT : settings;
        this.rules = CompiledRules.of(this.settings.rules());
    }

    /** One-off decoding (compiles the rules each call: keep a {@link MessageDecoder} for streams). */
    public static DecodedMessage decode(InboundMessage message, DecoderSettings settings) {
        return new MessageDecoder(settings).decode(message);
    }

    public DecoderSettings settings() {
        return settings;
    }

    public DecodedMessage decode(InboundMessage message) {
        try {
            return decodeUnchecked(message);
        } catch (RuntimeException | StackOverflowError bug) {
            // Last line of defence: a decoder bug must never cost the user the message.
            Optional<SpringCoreTopic> topic = settings.prefix().parse(message.topic());
            return new Raw(
                    message.topic(),
                    message.receivedAt(),
                    topic.map(SpringCoreTopic::deviceId).orElse(null),
                    topic.map(SpringCoreTopic::channel).orElse(null),
                    "could not be decoded (" + bug.getClass().getSimpleName() + "); shown as it is",
                    message.payload());
        }
    }

    private DecodedMessage decodeUnchecked(InboundMessage m) {
        Optional<SpringCoreTopic> parsed = settings.prefix().parse(m.topic());
        SpringCoreTopic topic = parsed.orElse(null);
        String deviceId = topic == null ? null : topic.deviceId();
        if (!rules.isEmpty()) {
            Optional<RuleMatch> match = rules.apply(m.topic(), m.payload(), topic != null);
            if (match.isPresent()) {
                return new RuleDecoded(
                        m.topic(),
                        m.receivedAt(),
                        deviceId,
                        match.get().ruleName(),
                        match.get().columns());
            }
        }
        if (topic == null) {
            return Fields.raw(m, null, "not a SpringCore topic (prefix " + settings.prefix() + ")");
        }
        byte[] p = m.payload();
        if (p.length == 0 && topic.channel() != Channel.DIR && topic.channel() != Channel.CCID) {
            return Fields.raw(
                    m, topic, m.retain() ? "empty retained payload" : "empty payload (clears a retained message)");
        }
        return switch (topic.channel()) {
            case META -> {
                Fields.JsonRead read = Fields.readObject(p);
                yield read.node() == null
                        ? Fields.raw(m, topic, "META is not a JSON object: " + read.problem())
                        : DeviceReportDecoder.meta(m, topic, read.node());
            }
            case STATUS -> {
                Fields.JsonRead read = Fields.readObject(p);
                yield read.node() == null
                        ? Fields.raw(m, topic, "STATUS is not a JSON object: " + read.problem())
                        : DeviceReportDecoder.status(m, topic, read.node());
            }
            case RDR_EVT -> {
                if (ScFrame.looksLikeFrame(p, "RDR")) {
                    yield TagEventDecoder.scrdr(m, topic, settings.scrdrCodes());
                }
                Fields.JsonRead read = Fields.readObject(p);
                if (read.node() != null) {
                    yield TagEventDecoder.jsonTag(m, topic, read.node());
                }
                // register 02A0 = 0 (TLV) or 3 (MK1): binary events whose layout SpringCard does not publish
                yield Fields.raw(
                        m,
                        topic,
                        PayloadViews.isPrintableAscii(p) || PayloadViews.isUtf8(p)
                                ? "tag event is neither $SCRDR nor a JSON object: " + read.problem()
                                : BINARY_TAG_EVENT);
            }
            case RDR_CMD -> {
                if (ScFrame.looksLikeFrame(p, "CMD")) {
                    yield CommandDecoder.sccmd(m, topic);
                }
                Fields.JsonRead read = Fields.readObject(p);
                yield read.node() == null
                        ? Fields.raw(m, topic, "command is neither $SCCMD nor a JSON object: " + read.problem())
                        : CommandDecoder.jsonCommand(m, topic, read.node());
            }
            case DIR, CCID ->
                Fields.raw(
                        m,
                        topic,
                        BinaryTopic.ofSuffix(topic.rest())
                                .map(binary -> binary.suffix() + ": " + binary.label() + ", shown as it is")
                                .orElse(topic.rest()
                                        + ": binary channel not in SpringCard's topic table, shown as it is"));
            case OTHER -> Fields.raw(m, topic, "'" + topic.rest() + "' is not a documented SpringCore channel");
        };
    }
}
