package com.springcoreexplorer.mqtt.springcore;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** The payload files under {@code resources/samples/} (repository root), as received messages. */
public final class Samples {

    public static final String PREFIX = "springcard/springcore";
    public static final Instant T0 = Instant.parse("2026-11-27T06:00:00Z");

    private Samples() {}

    public static Path dir() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("resources/samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("resources/samples not found above " + here);
    }

    public static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(dir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sample file name (not the README). */
    public static List<String> names() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The channel suffix a sample belongs on, from its name. */
    public static String channelOf(String file) {
        if (file.startsWith("status-")) {
            return "status";
        }
        if (file.startsWith("meta-")) {
            return "meta";
        }
        if (file.startsWith("tag-")) {
            return "rdr/evt";
        }
        if (file.startsWith("cmd-")) {
            return "rdr/cmd";
        }
        throw new IllegalArgumentException(file);
    }

    public static InboundMessage message(String device, String file) {
        return message(device, channelOf(file), bytes(file), T0);
    }

    public static InboundMessage message(String device, String channel, byte[] payload, Instant at) {
        return new InboundMessage(PREFIX + "/" + device + "/" + channel, payload, 1, false, at, 0L, null);
    }
}
