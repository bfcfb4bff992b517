package com.springcoreexplorer.app.demo;

import com.springcoreexplorer.app.demo.broker.DemoBroker;
import com.springcoreexplorer.app.demo.pki.DemoPki;
import com.springcoreexplorer.app.demo.reader.DemoScrdrCodes;
import com.springcoreexplorer.app.demo.reader.SimulatedReaders;
import com.springcoreexplorer.mqtt.springcore.decode.ScrdrCodeTable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started demo: the embedded broker, its simulated readers and the profiles made for it.
 * {@link #close()} stops the readers (they say "offline") and then the broker (about 4 s).
 */
public final class RunningDemo implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningDemo.class);

    private final DemoPki pki;
    private final DemoBroker broker;
    private final SimulatedReaders readers;
    private final String prefix;
    private final DemoProfiles profiles;
    private final Duration startDuration;
    private boolean closed;

    RunningDemo(
            DemoPki pki,
            DemoBroker broker,
            SimulatedReaders readers,
            String prefix,
            DemoProfiles profiles,
            Duration startDuration) {
        this.pki = pki;
        this.broker = broker;
        this.readers = readers;
        this.prefix = prefix;
        this.profiles = profiles;
        this.startDuration = startDuration;
    }

    public String host() {
        return broker.host();
    }

    public int port() {
        return broker.port();
    }
    /** {@code mqtts://127.0.0.1:PORT} */
    public String uri() {
        return broker.uri();
    }
    /** The SpringCore topic prefix the readers publish under. */
    public String prefix() {
        return prefix;
    }
    /** Serial numbers of the simulated readers (= their client IDs and topic IDs). */
    public List<String> readerSerials() {
        return readers.serials();
    }
    /** The profile to open as Watcher (subscribe all, publish none); null when the store was not used. */
    public String watcherProfileName() {
        return profiles.watcherProfile();
    }
    /** The profile to open as Control (read/write all); null when the store was not used. */
    public String controlProfileName() {
        return profiles.controlProfile();
    }
    /** What the demo set up in the certificate store and profiles. */
    public DemoProfiles profiles() {
        return profiles;
    }
    /** Names for the codes in the simulated readers' {@code $SCRDR} lines (give it to the decoder in demo mode). */
    public ScrdrCodeTable scrdrCodes() {
        return DemoScrdrCodes.table();
    }
    /** From start() to broker up and every reader connected. */
    public Duration startDuration() {
        return startDuration;
    }

    /** Writes ca.pem and the Watcher/Control certificates and keys as PEM (keys unencrypted: demo material). */
    public DemoPemExport.ExportedFiles exportPem(Path directory) throws IOException {
        return DemoPemExport.write(pki, directory);
    }

    /** Simulates a reader losing power: the broker publishes its last will {@code offline,dead}. */
    public void crashReader(String serial) {
        readers.crash(serial);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long started = System.nanoTime();
        readers.close();
        broker.close();
        LOG.info("demo stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
