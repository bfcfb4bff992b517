package com.springcoreexplorer.mqtt.springcore.topic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * The topic prefix SpringCore devices publish under (device register 028E), {@code springcard/springcore}
 * by default. It may have several levels; it never has wildcards nor a leading or trailing slash.
 * Parsing is allocation-light (no regex): it runs for every received message.
 */
public record TopicPrefix(@JsonValue String value) {

    public static final TopicPrefix DEFAULT = new TopicPrefix("springcard/springcore");

    public TopicPrefix {
        Objects.requireNonNull(value, "value");
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    @JsonCreator
    public static TopicPrefix of(String value) {
        return new TopicPrefix(value);
    }

    /**
     * Why {@code text} is not a usable prefix, as one line for the user, or empty when it is fine.
     * Use this to validate user input before calling the constructor.
     */
    public static Optional<String> problem(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of(
                    "the topic prefix is empty; enter the prefix set in the readers (default springcard/springcore)");
        }
        if (text.startsWith("/") || text.endsWith("/")) {
            return Optional.of("the topic prefix '" + text
                    + "' starts or ends with '/'; remove the slash (e.g. springcard/springcore)");
        }
        if (text.contains("//")) {
            return Optional.of("the topic prefix '" + text + "' has an empty level ('//'); remove the extra slash");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+' || c == '#') {
                return Optional.of("the topic prefix '" + text + "' contains the wildcard '" + c
                        + "'; a prefix is a plain topic path");
            }
            if (c == '\u0000') {
                return Optional.of("the topic prefix contains a NUL character; remove it");
            }
        }
        return Optional.empty();
    }

    /** The topic filter that subscribes to every device under this prefix. */
    public String allDevicesFilter() {
        return value + "/#";
    }

    /** {@code {prefix}/{deviceId}/{channel suffix}}, e.g. the command topic of one reader. */
    public String topic(String deviceId, Channel channel) {
        String suffix = channel.suffix();
        if (suffix == null) {
            throw new IllegalArgumentException(channel + " has no fixed topic");
        }
        return value + '/' + deviceId + '/' + suffix;
    }

    /**
     * Recognises {@code {prefix}/{id}/...}: the device ID and the channel, or empty when the topic is
     * not under this prefix or has no device level ("not SpringCore").
     */
    public Optional<SpringCoreTopic> parse(String topic) {
        int p = value.length();
        if (topic.length() <= p + 1 || topic.charAt(p) != '/' || !topic.startsWith(value)) {
            return Optional.empty();
        }
        int idStart = p + 1;
        int idEnd = topic.indexOf('/', idStart);
        String deviceId = idEnd < 0 ? topic.substring(idStart) : topic.substring(idStart, idEnd);
        if (deviceId.isEmpty()) {
            return Optional.empty();
        }
        String rest = idEnd < 0 ? "" : topic.substring(idEnd + 1);
        return Optional.of(new SpringCoreTopic(deviceId, channelOf(rest), rest));
    }

    static Channel channelOf(String rest) {
        return switch (rest) {
            case "meta" -> Channel.META;
            case "status" -> Channel.STATUS;
            case "rdr/evt" -> Channel.RDR_EVT;
            case "rdr/cmd" -> Channel.RDR_CMD;
            default -> {
                if (rest.equals("dir") || rest.startsWith("dir/")) {
                    yield Channel.DIR;
                }
                if (rest.equals("ccid") || rest.startsWith("ccid/")) {
                    yield Channel.CCID;
                }
                yield Channel.OTHER;
            }
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
