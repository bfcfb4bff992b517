package com.springcoreexplorer.mqtt.springcore.topic;

import java.util.Objects;

/**
 * A topic recognised as {@code {prefix}/{deviceId}/{rest}}.
 *
 * @param deviceId the {@code {id}} level (device ID, by default the serial number in hex)
 * @param channel  what the remaining levels mean
 * @param rest     the levels after the device ID, without the leading slash ({@code "rdr/evt"}, {@code "dir/0"}, or empty)
 */
public record SpringCoreTopic(String deviceId, Channel channel, String rest) {

    public SpringCoreTopic {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(rest, "rest");
    }
}
