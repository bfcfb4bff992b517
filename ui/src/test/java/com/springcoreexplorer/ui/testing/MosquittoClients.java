package com.springcoreexplorer.ui.testing;

import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** mosquitto_pub / mosquitto_sub over mutual TLS with PEM files, as a reader or a back office would. */
public final class MosquittoClients {

    private MosquittoClients() {}

    public static List<String> tls(MosquittoBroker broker, Path cert, Path key, String clientId) {
        return List.of(
                "-h",
                broker.host(),
                "-p",
                Integer.toString(broker.port()),
                "--cafile",
                broker.caFile().toString(),
                "--cert",
                cert.toString(),
                "--key",
                key.toString(),
                "-i",
                clientId,
                "-V",
                "mqttv5");
    }

    /** Publishes one message at QoS 1 and waits for mosquitto_pub to finish. */
    public static void publish(
            MosquittoBroker broker,
            Path cert,
            Path key,
            String clientId,
            String topic,
            String payload,
            boolean retain) {
        List<String> command = new ArrayList<>(List.of("mosquitto_pub"));
        command.addAll(tls(broker, cert, key, clientId));
        command.addAll(List.of("-q", "1", "-t", topic, "-m", payload));
        if (retain) {
            command.add("-r");
        }
        run(command);
    }

    /** Starts mosquitto_sub for {@code count} messages on {@code filter}; read its output with {@link Process#getInputStream()}. */
    public static Process subscribe(
            MosquittoBroker broker, Path cert, Path key, String clientId, String filter, int count) {
        return subscribe(broker, cert, key, clientId, filter, count, 30);
    }

    /** As above, giving up after {@code timeoutSeconds} (exit code 27). */
    public static Process subscribe(
            MosquittoBroker broker,
            Path cert,
            Path key,
            String clientId,
            String filter,
            int count,
            int timeoutSeconds) {
        List<String> command = new ArrayList<>(List.of("mosquitto_sub"));
        command.addAll(tls(broker, cert, key, clientId));
        command.addAll(List.of(
                "-q", "1", "-t", filter, "-C", Integer.toString(count), "-v", "-W", Integer.toString(timeoutSeconds)));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run mosquitto_sub", e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command.getFirst() + " did not finish");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError(command.getFirst() + " failed (" + process.exitValue() + "): " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
