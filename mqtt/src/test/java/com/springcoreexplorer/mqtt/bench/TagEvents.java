package com.springcoreexplorer.mqtt.bench;

import java.nio.charset.StandardCharsets;

/** SpringCore-shaped tag events (current firmware fields plus the legacy Sequence, used to count losses). */
final class TagEvents {

    static final String PREFIX = "springcard/springcore";
    private static final String[] PROTOCOLS = {"NFC-A", "NFC-B", "NFC-F", "UHF-EPC", "BLE"};

    private TagEvents() {}

    static String deviceId(int index) {
        return String.format("%08X", 0xDA120000 + index);
    }

    static String eventTopic(String deviceId) {
        return PREFIX + "/" + deviceId + "/rdr/evt";
    }

    static String json(int sequence) {
        String tag = String.format("047DAE%08X", sequence * 2654435761L & 0xFFFFFFFFL);
        return "{\"Interface\":\"13.56\",\"Protocol\":\"" + PROTOCOLS[sequence % PROTOCOLS.length]
                + "\",\"Template\":1,"
                + "\"TagId\":\"" + tag + "\",\"TagData\":\"00" + tag + "\",\"Move\":\"Insert\",\"RSSI\":-"
                + (40 + sequence % 30)
                + ",\"Sequence\":" + sequence + ",\"Uptime\":\"699:" + (sequence % 60_000) / 1000 + "."
                + sequence % 1000 + "\"}";
    }

    /** The Sequence field of a payload made by {@link #json}, or -1. */
    static int sequenceOf(byte[] payload) {
        byte[] key = "\"Sequence\":".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + key.length < payload.length; i++) {
            for (int k = 0; k < key.length; k++) {
                if (payload[i + k] != key[k]) {
                    continue outer;
                }
            }
            int value = 0;
            for (int j = i + key.length; j < payload.length && payload[j] >= '0' && payload[j] <= '9'; j++) {
                value = value * 10 + (payload[j] - '0');
            }
            return value;
        }
        return -1;
    }
}
