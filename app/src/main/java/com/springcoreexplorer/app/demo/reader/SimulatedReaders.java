package com.springcoreexplorer.app.demo.reader;

import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/** A group of simulated readers sharing one timer thread; started and stopped together. */
public final class SimulatedReaders implements AutoCloseable {

    private final List<SimulatedReader> readers;
    private final ScheduledExecutorService scheduler;

    private SimulatedReaders(List<SimulatedReader> readers, ScheduledExecutorService scheduler) {
        this.readers = List.copyOf(readers);
        this.scheduler = scheduler;
    }

    /**
     * Connects one reader per device certificate to {@code host:port}; completes when every reader
     * has connected and published META and STATUS.
     *
     * @param devices       device certificates (CN = serial = client ID), leaf + chain
     * @param brokerAnchors what the readers trust for the broker's certificate
     */
    public static CompletableFuture<SimulatedReaders> start(
            String host,
            int port,
            String prefix,
            List<IssuedCertificate> devices,
            List<X509Certificate> brokerAnchors,
            SimulatedReader.Settings settings,
            ReaderListener listener) {
        return start(host, port, prefix, devices, brokerAnchors, settings, listener, connected -> {});
    }

    /** Same, telling {@code connected} how many readers are up each time one more is (any thread). */
    public static CompletableFuture<SimulatedReaders> start(
            String host,
            int port,
            String prefix,
            List<IssuedCertificate> devices,
            List<X509Certificate> brokerAnchors,
            SimulatedReader.Settings settings,
            ReaderListener listener,
            java.util.function.IntConsumer connected) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("demo-readers").factory());
        List<SimulatedReader> readers = new ArrayList<>();
        try {
            TrustManagerFactory trust = trustManagers(brokerAnchors);
            for (int i = 0; i < devices.size(); i++) {
                IssuedCertificate device = devices.get(i);
                readers.add(new SimulatedReader(
                        device.commonName(),
                        prefix,
                        ReaderProfile.forIndex(i),
                        settings,
                        host,
                        port,
                        keyManagers(device),
                        trust,
                        scheduler,
                        listener,
                        device.certificate().getSerialNumber().longValue()));
            }
        } catch (GeneralSecurityException | IOException e) {
            scheduler.shutdownNow();
            return CompletableFuture.failedFuture(e);
        }
        SimulatedReaders group = new SimulatedReaders(readers, scheduler);
        java.util.concurrent.atomic.AtomicInteger up = new java.util.concurrent.atomic.AtomicInteger();
        CompletableFuture<?>[] started = readers.stream()
                .map(reader -> reader.start().whenComplete((done, failure) -> {
                    if (failure == null) {
                        connected.accept(up.incrementAndGet());
                    }
                }))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(started).handle((done, failure) -> {
            if (failure != null) {
                group.close();
                throw new java.util.concurrent.CompletionException(failure);
            }
            if (settings.troubles().enabled()) {
                group.scheduleTroubles(
                        settings.troubles(), new java.util.Random(devices.size() * 31L + System.nanoTime()));
            }
            return group;
        });
    }

    /** Now and then one reader that is up reboots or drops out (last will), so health and alerts have something to show. */
    private void scheduleTroubles(SimulatedReader.Troubles troubles, java.util.Random random) {
        long first = troubles.firstAfter().toMillis() + random.nextInt(15_000);
        scheduler.schedule(() -> nextTrouble(troubles, random), first, TimeUnit.MILLISECONDS);
    }

    private void nextTrouble(SimulatedReader.Troubles troubles, java.util.Random random) {
        List<SimulatedReader> up =
                readers.stream().filter(SimulatedReader::isUp).toList();
        if (!up.isEmpty()) {
            SimulatedReader victim = up.get(random.nextInt(up.size()));
            if (random.nextBoolean()) {
                victim.reboot();
            } else {
                victim.dropOut(troubles.outage());
            }
        }
        long mean = troubles.meanGap().toMillis();
        long gap = (long) Math.clamp(-Math.log(1 - random.nextDouble()) * mean, mean / 3.0, mean * 3.0);
        try {
            scheduler.schedule(() -> nextTrouble(troubles, random), gap, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the demo is stopping
        }
    }

    /** Loads the MQTT client's and TLS classes ahead of {@link #start}. */
    public static void warmUp() {
        com.hivemq.client.mqtt.mqtt5.Mqtt5Client.builder()
                .identifier("warm-up")
                .serverHost("127.0.0.1")
                .sslWithDefaultConfig()
                .buildAsync();
        try {
            javax.net.ssl.SSLContext.getInstance("TLS").init(null, null, null);
            KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        } catch (GeneralSecurityException e) {
            // only a warm-up: start() reports real problems
        }
    }

    public List<SimulatedReader> readers() {
        return readers;
    }

    /** Serial numbers, in start order. */
    public List<String> serials() {
        return readers.stream().map(SimulatedReader::serial).toList();
    }

    /** Simulates a reader losing power: the broker publishes its last will. */
    public void crash(String serial) {
        readers.stream().filter(r -> r.serial().equals(serial)).findFirst().ifPresent(SimulatedReader::crash);
    }

    /** Each reader says {@code offline} and disconnects; waits up to 5 s in all. */
    @Override
    public void close() {
        CompletableFuture<?>[] stopping =
                readers.stream().map(SimulatedReader::stop).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(stopping).get(5, TimeUnit.SECONDS);
        } catch (Exception slowOrFailed) {
            if (slowOrFailed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        scheduler.shutdownNow();
    }

    private static KeyManagerFactory keyManagers(IssuedCertificate device)
            throws GeneralSecurityException, IOException {
        char[] inMemory = "in-memory".toCharArray();
        // JKS, in memory only: a PKCS#12 store encrypts the key with 10,000 key-derivation rounds as it is put in
        // and again as the key manager reads it back, five readers on a first start's busiest seconds
        KeyStore store = KeyStore.getInstance("JKS");
        store.load(null, null);
        // leaf + intermediates in one entry: with the leaf alone Java sends no certificate at all
        store.setKeyEntry("device", device.privateKey(), inMemory, device.chainArray());
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, inMemory);
        return factory;
    }

    private static TrustManagerFactory trustManagers(List<X509Certificate> anchors)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (int i = 0; i < anchors.size(); i++) {
            store.setCertificateEntry("anchor-" + i, anchors.get(i));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory;
    }
}
