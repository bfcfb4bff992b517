package com.springcoreexplorer.certstore.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.IdentityEntry;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.certstore.testing.ChildJvm;
import com.springcoreexplorer.certstore.testing.KeyFiles;
import com.springcoreexplorer.certstore.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of saving never leaves a store that does not open: a child JVM saves in a
 * loop, is killed with SIGKILL at a random moment, and the store then opens with the identity
 * saved before the child started still in it. Repeated to land at different points of a write.
 */
class CrashSafetyTest {

    private static final int KILLS = 6;

    @TempDir
    Path data;

    private static void waitForATempFile(Path folder) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (var files = Files.newDirectoryStream(folder, ".*.tmp")) {
                if (files.iterator().hasNext()) {
                    return;
                }
            }
        }
    }

    @Test
    void sigkillMidSaveLeavesAStoreThatOpens() throws Exception {
        CertificateStore store = TestStores.open(data);
        SpringCorePki pki = SpringCorePki.generate("Keep");
        IssuedCertificate keeper = pki.controlCertificate("keeper");
        store.addTrustAnchors(List.of(
                KeyFiles.file("root.pem", KeyFiles.certificatePem(pki.root().certificate()))));
        store.save(
                store.importPreview(
                        List.of(KeyFiles.file(
                                "k.pem", KeyFiles.pkcs8Pem(keeper.privateKey()) + KeyFiles.chainPem(keeper))),
                        ImportPasswords.none()),
                "keeper",
                "");

        int killedMidWrite = 0;
        for (int round = 0; round < KILLS; round++) {
            Path log = data.resolve("child-" + round + ".log");
            List<String> command = ChildJvm.javaCommand();
            command.addAll(
                    List.of("-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), data.toString()));
            Process child = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!Files.readString(log).contains("saving") && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(child.isAlive())
                        .as("child is in its save loop: " + Files.readString(log))
                        .isTrue();
                if (round % 2 == 0) {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(50, 600));
                } else {
                    waitForATempFile(data.resolve(StoreFiles.FOLDER)); // kill while a write is under way
                }
                child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no finally blocks
                assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).as(Files.readString(log)).isEqualTo(137);
            } finally {
                child.destroyForcibly();
            }

            try (var files = Files.list(data.resolve(StoreFiles.FOLDER))) {
                killedMidWrite += files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")) ? 1 : 0;
            }
            CertificateStore reopened = TestStores.open(data);
            List<IdentityEntry> entries = reopened.list();
            assertThat(entries).extracting(IdentityEntry::name).contains("keeper");
            assertThat(reopened.tlsMaterial("keeper", List.of()).commonName()).isEqualTo("keeper");
        }
        System.out.println("kills that left a half-written temp file: " + killedMidWrite + " of " + KILLS);
        assertThat(killedMidWrite)
                .as("at least one kill landed in the middle of a write")
                .isPositive();
        TestStores.open(data).updateNotes("keeper", "survived"); // the next change sweeps temp files of killed writes
        try (var files = Files.list(data.resolve(StoreFiles.FOLDER))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("identities.p12", "certificates.json", ".lock", "trust-anchors.p12");
        }
    }
}
