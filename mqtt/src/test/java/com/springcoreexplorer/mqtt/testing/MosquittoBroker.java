package com.springcoreexplorer.mqtt.testing;

import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real mosquitto (Debian package) for tests: 127.0.0.1 only, a free port, mutual TLS with a
 * generated SpringCore-shaped PKI, {@code use_identity_as_username} and a name-based ACL that
 * approximates the SpringCore roles. Started as its own process and stopped by its PID.
 *
 * <pre>
 * SpringCorePki pki = SpringCorePki.generate("Test");
 * try (MosquittoBroker broker = MosquittoBroker.builder(pki).watcher("watcher").control("control").start()) {
 *     int port = broker.port();
 * }
 * </pre>
 */
public final class MosquittoBroker implements AutoCloseable {

    public static final String DEFAULT_PREFIX = "springcard/springcore";

    private final Builder settings;
    private final Path directory;
    private final int port;
    private final int webSocketPort;
    private final int secondPort;
    /** The configuration the next start uses: every listener, or all but the main one. */
    private String configName = "mosquitto.conf";

    private Process process;

    private MosquittoBroker(Builder settings) throws IOException {
        this.settings = settings;
        // mosquitto started as root drops to user "mosquitto": everything it reads must be world-readable
        this.directory = Files.createTempDirectory("mosquitto-test-");
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
        this.port = settings.port > 0 ? settings.port : freePort();
        this.webSocketPort = settings.webSockets ? freePort() : -1;
        this.secondPort = settings.secondListener ? freePort() : -1;
        writeFiles();
    }

    public static Builder builder(SpringCorePki pki) {
        return new Builder(pki);
    }

    public static boolean isInstalled() {
        return Files.isExecutable(Path.of("/usr/sbin/mosquitto"));
    }

    public int port() {
        return port;
    }
    /** The wss-less WebSocket listener's port (TLS, path "/mqtt" is accepted on any path), or -1. */
    public int webSocketPort() {
        return webSocketPort;
    }
    /** A second MQTT listener (same TLS and ACL), e.g. for publishers while the main one is left out; or -1. */
    public int secondPort() {
        return secondPort;
    }

    public String host() {
        return "127.0.0.1";
    }

    public Path directory() {
        return directory;
    }

    public Path caFile() {
        return directory.resolve("ca.pem");
    }

    public Path logFile() {
        return directory.resolve("mosquitto.log");
    }

    public SpringCorePki pki() {
        return settings.pki;
    }

    public String prefix() {
        return settings.prefix;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The broker's log so far (mosquitto logs every connect, refusal and TLS error there). */
    public String log() {
        try {
            return Files.exists(logFile()) ? Files.readString(logFile()) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeFiles() throws IOException {
        SpringCorePki pki = settings.pki;
        IssuedCertificate server =
                pki.brokerCertificate(settings.serverCommonName, settings.serverNames.toArray(String[]::new));
        // cafile must hold the self-signed root (a file of intermediates only rejects every client)
        writeReadable(
                "ca.pem",
                PemFiles.certificates(List.of(
                        pki.cloudCa().certificate(),
                        pki.clientCa().certificate(),
                        pki.watchCa().certificate(),
                        pki.controlCa().certificate(),
                        pki.root().certificate())));
        writeReadable(
                "server.pem",
                PemFiles.certificates(
                        List.of(server.certificate(), pki.cloudCa().certificate())));
        writeReadable("server-key.pem", PemFiles.unencryptedPrivateKey(server.privateKey()));
        writeReadable("acl", String.join("\n", settings.aclLines) + "\n");
        Files.createDirectories(directory.resolve("data"));
        Files.setPosixFilePermissions(directory.resolve("data"), PosixFilePermissions.fromString("rwxrwxrwx"));

        writeReadable("mosquitto.conf", config(true));
        if (settings.secondListener) {
            writeReadable("mosquitto-without-main.conf", config(false));
        }
        Path log = logFile();
        Files.writeString(log, "");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-rw-rw-"));
    }

    private String config(boolean withMainListener) {
        StringBuilder conf = new StringBuilder();
        conf.append("per_listener_settings false\n")
                .append("allow_anonymous false\n")
                .append("acl_file ")
                .append(directory.resolve("acl"))
                .append('\n')
                .append("log_dest file ")
                .append(logFile())
                .append('\n')
                .append("log_type all\n")
                .append("connection_messages true\n")
                .append("persistence ")
                .append(settings.persistence)
                .append('\n')
                .append("persistence_location ")
                .append(directory.resolve("data"))
                .append("/\n")
                .append("max_queued_messages ")
                .append(settings.maxQueuedMessages)
                .append('\n')
                .append("max_inflight_messages 0\n")
                .append("set_tcp_nodelay true\n");
        if (withMainListener) {
            appendListener(conf, port, "mqtt");
        }
        if (settings.secondListener) {
            appendListener(conf, secondPort, "mqtt");
        }
        if (settings.webSockets) {
            appendListener(conf, webSocketPort, "websockets");
        }
        conf.append(settings.extraConfig);
        return conf.toString();
    }

    private void appendListener(StringBuilder conf, int listenerPort, String protocol) {
        conf.append("\nlistener ")
                .append(listenerPort)
                .append(" 127.0.0.1\n")
                .append("protocol ")
                .append(protocol)
                .append('\n')
                .append("cafile ")
                .append(caFile())
                .append('\n')
                .append("certfile ")
                .append(directory.resolve("server.pem"))
                .append('\n')
                .append("keyfile ")
                .append(directory.resolve("server-key.pem"))
                .append('\n')
                .append("require_certificate true\n")
                .append("use_identity_as_username true\n")
                .append("tls_version tlsv1.2\n");
    }

    private void writeReadable(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** Starts (or restarts, on the same port) the process and waits until it accepts TCP connections. */
    public MosquittoBroker startProcess() {
        if (isRunning()) {
            return this;
        }
        try {
            process = new ProcessBuilder(
                            "/usr/sbin/mosquitto",
                            "-c",
                            directory.resolve(configName).toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            directory.resolve("stdout.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start mosquitto (apt-get install mosquitto)", e);
        }
        awaitListening(configName.equals("mosquitto.conf") ? port : secondPort, Duration.ofSeconds(10));
        return this;
    }

    /**
     * Graceful stop (sessions saved), then a start with every listener but the main one: clients of the main
     * port are held off (their connects are refused) while the broker keeps their sessions and queues their
     * messages; publishers use {@link #secondPort()}. Needs {@code secondListener(true)}.
     */
    public MosquittoBroker restartWithoutMainListener() {
        if (secondPort < 0) {
            throw new IllegalStateException("restartWithoutMainListener needs builder.secondListener(true)");
        }
        stop();
        configName = "mosquitto-without-main.conf";
        return startProcess();
    }

    /** Graceful stop, then a start with every listener (the main one back). */
    public MosquittoBroker restartWithAllListeners() {
        stop();
        configName = "mosquitto.conf";
        return startProcess();
    }

    private void awaitListening(int listeningPort, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "mosquitto exited with " + process.exitValue() + ": " + readQuietly("stdout.log") + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", listeningPort), 200);
                return;
            } catch (IOException notYet) {
                sleep(50);
            }
        }
        throw new IllegalStateException(
                "mosquitto did not listen on " + listeningPort + " within " + timeout + ": " + log());
    }

    /** Graceful stop (SIGTERM to our PID): mosquitto saves its persistence file. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        waitFor();
    }

    /** Hard stop (SIGKILL to our PID), like a crashed broker. */
    public void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        waitFor();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private String readQuietly(String name) {
        try {
            return Files.readString(directory.resolve(name));
        } catch (IOException e) {
            return "";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Broker settings; the ACL starts with the SpringCore device rule ({prefix}/{CN}/#). */
    public static final class Builder {
        private final SpringCorePki pki;
        private final List<String> aclLines = new ArrayList<>();
        private String prefix = DEFAULT_PREFIX;
        private String serverCommonName = "localhost";
        private final List<String> serverNames = new ArrayList<>(List.of("localhost", "127.0.0.1"));
        private boolean webSockets;
        private boolean secondListener;
        private boolean persistence = true;
        private int port;
        private int maxQueuedMessages = 1_000_000;
        private String extraConfig = "";

        private Builder(SpringCorePki pki) {
            this.pki = pki;
        }

        public Builder prefix(String value) {
            this.prefix = value;
            return this;
        }
        /** A Watcher CN: read every topic, publish none. */
        public Builder watcher(String commonName) {
            aclLines.add("user " + commonName);
            aclLines.add("topic read #");
            return this;
        }
        /** A Control CN: read and write every topic. */
        public Builder control(String commonName) {
            aclLines.add("user " + commonName);
            aclLines.add("topic readwrite #");
            return this;
        }

        public Builder aclLine(String line) {
            aclLines.add(line);
            return this;
        }
        /** Server certificate names (SANs); the default is localhost + 127.0.0.1. Use to test hostname mismatch. */
        public Builder serverNames(String commonName, String... names) {
            this.serverCommonName = commonName;
            serverNames.clear();
            serverNames.addAll(List.of(names));
            return this;
        }

        public Builder webSockets(boolean value) {
            this.webSockets = value;
            return this;
        }
        /** A second MQTT listener ({@link MosquittoBroker#secondPort()}), to hold the main one's clients off. */
        public Builder secondListener(boolean value) {
            this.secondListener = value;
            return this;
        }

        public Builder persistence(boolean value) {
            this.persistence = value;
            return this;
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder maxQueuedMessages(int value) {
            this.maxQueuedMessages = value;
            return this;
        }

        public Builder extraConfig(String value) {
            this.extraConfig = value;
            return this;
        }

        public MosquittoBroker start() {
            // device rule last: "pattern" applies to every user, so a device reaches only its own topics
            aclLines.add("pattern readwrite " + prefix + "/%u/#");
            try {
                return new MosquittoBroker(this).startProcess();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
