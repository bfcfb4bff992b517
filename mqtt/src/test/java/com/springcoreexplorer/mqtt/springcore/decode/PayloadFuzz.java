package com.springcoreexplorer.mqtt.springcore.decode;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.Samples;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Cheap generator of hostile messages: random bytes, mutated golden samples (bit flips, insertions,
 * deletions, truncation, splices), random JSON built from the documented field names with wrong
 * types, random $SCRDR/$SCCMD lines, deep nesting and 64 kB+ payloads, on SpringCore and other topics.
 */
final class PayloadFuzz {

    private static final List<String> SAMPLE_NAMES = Samples.names();
    private static final List<byte[]> SAMPLES =
            SAMPLE_NAMES.stream().map(Samples::bytes).toList();
    private static final String[] CHANNELS = {"meta", "status", "rdr/evt", "rdr/cmd", "dir/0", "ccid", "other/x", ""};
    private static final String[] TOPICS = {
        "springcard/springcore", "springcard/springcoreX", "plant/temp", "sensors/a/b", "$SYS/x", ""
    };
    private static final String[] KEYS = {
        "TagId",
        "Interface",
        "Protocol",
        "Template",
        "RSSI",
        "Rssi",
        "Move",
        "State",
        "Sequence",
        "DateTime",
        "Uptime",
        "TagData",
        "TagDetails",
        "Leds",
        "Buzzer",
        "RgbColor",
        "RgbMode",
        "Relay",
        "Relays",
        "VendorName",
        "IpAddress",
        "Open",
        "x",
        "",
        "tagid",
        "\u00e9"
    };
    private static final String[] VALUES = {
        "\"047DAE02C84080\"",
        "1",
        "-1",
        "2147483648",
        "1e400",
        "-0.0",
        "null",
        "true",
        "[]",
        "{}",
        "\"\"",
        "\"Insert,Remove\"",
        "\"online,ready\"",
        "\"offline,dead\"",
        "\"145:1860.081\"",
        "\"9999999999999999999:1.1\"",
        "\"::\"",
        "\"0x23\"",
        "\"ZZ\"",
        "\"92929292\"",
        "65536",
        "[1,[2,[3]]]",
        "{\"a\":{\"b\":[null]}}",
        "\"\\u0000\"",
        "\"\\uD800\""
    };

    private static final String STRUCTURAL = "{}[]\":,;*$\\\r\n\u0000=";

    private PayloadFuzz() {}

    static InboundMessage next(Random r) {
        String topic = topic(r);
        int kind = r.nextInt(10);
        byte[] payload = switch (kind) {
            case 0, 1 -> randomBytes(r, r.nextInt(200) == 0 ? 64 * 1024 + r.nextInt(8 * 1024) : r.nextInt(160));
            case 2, 3, 4 -> {
                int sample = r.nextInt(SAMPLES.size());
                if (r.nextInt(4) > 0) {
                    // mostly on the sample's own channel, so mutations reach the field decoders
                    topic = "springcard/springcore/DA1275B0/" + Samples.channelOf(SAMPLE_NAMES.get(sample));
                }
                yield mutate(r, SAMPLES.get(sample).clone());
            }
            case 5, 6 -> randomJson(r).getBytes(StandardCharsets.UTF_8);
            case 7, 8 -> randomLine(r).getBytes(StandardCharsets.ISO_8859_1);
            default -> special(r);
        };
        if ((kind >= 5 && kind <= 8) && r.nextBoolean()) {
            topic = "springcard/springcore/DA1275B0/" + (r.nextBoolean() ? "rdr/evt" : CHANNELS[r.nextInt(4)]);
        }
        return new InboundMessage(
                topic,
                payload,
                r.nextInt(3),
                r.nextBoolean(),
                Instant.ofEpochSecond(r.nextInt(2_000_000_000)),
                0L,
                null);
    }

    private static String topic(Random r) {
        if (r.nextInt(5) == 0) {
            return TOPICS[r.nextInt(TOPICS.length)] + (r.nextBoolean() ? "/" + randomAscii(r, 4) : "");
        }
        String id = r.nextInt(20) == 0
                ? ""
                : r.nextBoolean()
                        ? "DA1275B0"
                        : randomAscii(r, 1 + r.nextInt(8)).replace('/', '_');
        String channel = CHANNELS[r.nextInt(CHANNELS.length)];
        return "springcard/springcore/" + id + (channel.isEmpty() ? "" : "/" + channel);
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static String randomAscii(Random r, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) (0x20 + r.nextInt(0x5F));
        }
        return new String(c);
    }

    private static byte[] mutate(Random r, byte[] b) {
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(7)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b[at] = (byte) r.nextInt(256);
                case 2 -> b = java.util.Arrays.copyOf(b, at); // truncate
                case 3 -> { // delete one byte
                    byte[] d = new byte[b.length - 1];
                    System.arraycopy(b, 0, d, 0, at);
                    System.arraycopy(b, at + 1, d, at, b.length - at - 1);
                    b = d;
                }
                case 4 -> { // insert a structural character
                    byte[] d = new byte[b.length + 1];
                    System.arraycopy(b, 0, d, 0, at);
                    d[at] = (byte) STRUCTURAL.charAt(r.nextInt(STRUCTURAL.length()));
                    System.arraycopy(b, at, d, at + 1, b.length - at);
                    b = d;
                }
                case 5 -> { // splice with another sample
                    byte[] other = SAMPLES.get(r.nextInt(SAMPLES.size()));
                    int from = r.nextInt(other.length);
                    byte[] d = new byte[at + other.length - from];
                    System.arraycopy(b, 0, d, 0, at);
                    System.arraycopy(other, from, d, at, other.length - from);
                    b = d;
                }
                default -> { // duplicate a region
                    int len = Math.min(b.length - at, 1 + r.nextInt(16));
                    byte[] d = new byte[b.length + len];
                    System.arraycopy(b, 0, d, 0, at + len);
                    System.arraycopy(b, at, d, at + len, b.length - at);
                    b = d;
                }
            }
        }
        return b;
    }

    private static String randomJson(Random r) {
        StringBuilder s = new StringBuilder("{");
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append('"').append(KEYS[r.nextInt(KEYS.length)]).append("\":").append(VALUES[r.nextInt(VALUES.length)]);
        }
        if (r.nextInt(10) != 0) {
            s.append('}');
        }
        return s.toString();
    }

    private static String randomLine(Random r) {
        StringBuilder s = new StringBuilder(
                r.nextBoolean() ? "$SCRDR" : r.nextInt(4) == 0 ? "$SC" + randomAscii(r, 3) : "$SCCMD");
        int n = r.nextInt(11);
        for (int i = 0; i < n; i++) {
            s.append(';');
            switch (r.nextInt(6)) {
                case 0 -> s.append(String.format("%02X", r.nextInt(256)));
                case 1 -> s.append(randomAscii(r, r.nextInt(6)));
                case 2 -> s.append(new String[] {"I", "R", "IR", "X", ""}[r.nextInt(5)]);
                case 3 ->
                    s.append(new String[] {"SEQ=", "LEDS=", "BUZZ=", "=", "SEQ", "X="}[r.nextInt(6)])
                            .append(randomAscii(r, r.nextInt(10)));
                case 4 -> s.append((char) r.nextInt(256));
                default -> {}
            }
        }
        if (r.nextInt(3) > 0) {
            s.append('*')
                    .append(r.nextInt(5) == 0 ? randomAscii(r, r.nextInt(4)) : String.format("%02X", r.nextInt(256)));
        }
        if (r.nextBoolean()) {
            s.append(r.nextBoolean() ? "\r\n" : "\n\r\n");
        }
        return s.toString();
    }

    private static byte[] special(Random r) {
        // the 64 kB payloads are kept to 1 in 200 messages: they dominate the run time
        return switch (r.nextInt(20)) {
            case 0 ->
                ("{\"TagId\":\"" + "A".repeat(64 * 1024 + r.nextInt(100)) + "\"}").getBytes(StandardCharsets.US_ASCII);
            case 1 ->
                ("$SCRDR;13;01;01;00;AB;;" + "B".repeat(64 * 1024 + r.nextInt(100)) + ";*00\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
            case 2, 3, 4 -> ("{\"TagId\":" + "[".repeat(r.nextInt(3000)) + "}").getBytes(StandardCharsets.US_ASCII);
            case 5, 6, 7 -> ("{" + "\"a\":{".repeat(r.nextInt(1200)) + "}").getBytes(StandardCharsets.US_ASCII);
            case 8, 9, 10, 11 -> new byte[0];
            default -> "\uFEFF{\"TagId\":\"01\"}".getBytes(StandardCharsets.UTF_8);
        };
    }
}
