package com.springcoreexplorer.mqtt.springcore.bench;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.Samples;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.decode.MessageDecoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Decoder throughput on a realistic mix (tag events JSON and $SCRDR, STATUS, META, commands), reported
 * as messages per second and as a ratio to a reference measured in the same run: a bare Jackson
 * {@code readTree} of the same payloads (the floor any JSON-based decoder pays). Not a unit test
 * (speed is never asserted on 2 noisy cores); run:
 * <pre>
 * ./mvnw -q -pl mqtt test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.springcoreexplorer.mqtt.springcore.bench.DecoderBenchmark
 * </pre>
 */
public final class DecoderBenchmark {

    private DecoderBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<InboundMessage> mix = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            for (String name : Samples.names()) {
                mix.add(Samples.message(String.format("%08X", 0xDA127500 + i), name));
            }
        }
        MessageDecoder decoder = new MessageDecoder(DecoderSettings.DEFAULT);
        JsonMapper jackson = JsonMapper.builder().build();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long sink = 0;
        // warm-up
        for (int r = 0; r < rounds / 2; r++) {
            for (InboundMessage m : mix) {
                sink += decoder.decode(m).kind().length();
                sink += reference(jackson, m);
            }
        }
        long decodeNanos = 0;
        long referenceNanos = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (InboundMessage m : mix) {
                DecodedMessage d = decoder.decode(m);
                sink += d.kind().length();
            }
            long t1 = System.nanoTime();
            for (InboundMessage m : mix) {
                sink += reference(jackson, m);
            }
            long t2 = System.nanoTime();
            decodeNanos += t1 - t0;
            referenceNanos += t2 - t1;
        }
        long messages = (long) rounds * mix.size();
        System.out.printf(
                "messages per run: %,d (%d sample kinds)%n",
                messages, Samples.names().size());
        System.out.printf(
                "decoder:             %,.0f msg/s (%.2f us/msg)%n",
                messages * 1e9 / decodeNanos, decodeNanos / 1e3 / messages);
        System.out.printf(
                "reference readTree:  %,.0f msg/s (%.2f us/msg)%n",
                messages * 1e9 / referenceNanos, referenceNanos / 1e3 / messages);
        System.out.printf("decoder / reference time ratio: %.2f%n", (double) decodeNanos / referenceNanos);
        System.out.printf("(sink %d)%n", sink);
    }

    /** Bare Jackson tree parse of the payload (text lines are skipped the same way the decoder's fast path skips them). */
    private static int reference(JsonMapper jackson, InboundMessage m) {
        byte[] p = m.payload();
        if (p.length == 0 || p[0] != '{') {
            return p.length;
        }
        try {
            return jackson.readTree(p).size();
        } catch (Exception e) {
            return -1;
        }
    }
}
