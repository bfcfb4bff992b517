package com.springcoreexplorer.mqtt.recording;

import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;

/**
 * How a {@link Recorder} writes.
 *
 * @param source          the profile (connection) the messages come from, stored with every row
 * @param decoderSettings decodes SpringCore tag events into {@code tag_events} (the profile's prefix)
 * @param maxBytes        keep the data under this size by deleting the oldest rows; 0 = no limit
 * @param handOffCapacity messages waiting for the writer before {@link Recorder#accept} makes the caller wait
 * @param batchSize       at most this many messages per transaction
 */
public record RecorderSettings(
        String source, DecoderSettings decoderSettings, long maxBytes, int handOffCapacity, int batchSize) {

    public static final int DEFAULT_HAND_OFF = 65_536;
    public static final int DEFAULT_BATCH = 8_192;

    public RecorderSettings {
        source = source == null ? "" : source;
        decoderSettings = decoderSettings == null ? DecoderSettings.DEFAULT : decoderSettings;
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must be 0 (no limit) or positive");
        }
        handOffCapacity = handOffCapacity <= 0 ? DEFAULT_HAND_OFF : handOffCapacity;
        batchSize = batchSize <= 0 ? DEFAULT_BATCH : batchSize;
    }

    public static RecorderSettings of(String source, DecoderSettings decoderSettings, long maxBytes) {
        return new RecorderSettings(source, decoderSettings, maxBytes, DEFAULT_HAND_OFF, DEFAULT_BATCH);
    }
}
