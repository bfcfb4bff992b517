package com.springcoreexplorer.app.demo.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.springcoreexplorer.app.demo.MqttProbe;
import com.springcoreexplorer.app.demo.pki.DemoPki;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker starts before the PKI exists (its own start-up runs beside the PKI's generation) and
 * opens its listener only once the PKI is there; without a PKI it never listens at all.
 */
class DemoBrokerStartTest {

    @TempDir
    Path work;

    @Test
    void theListenerOpensOnlyOnceThePkiIsThere() {
        CompletableFuture<DemoPki> pki = new CompletableFuture<>();
        DemoBroker.Starting starting = begin(pki);
        int port = starting.port().join();

        awaitExtensionWaitingForThePki();
        assertThat(starting.running()).isNotDone();
        assertThat(refused(port)).as("nothing listens before the PKI exists").isTrue();

        DemoPki ready = DemoPki.generate(1);
        pki.complete(ready);
        DemoBroker broker = starting.running().join();
        try (MqttProbe watcher = MqttProbe.connect(
                broker.host(),
                broker.port(),
                ready.watcher(),
                "watcher-early",
                ready.root().certificate())) {
            assertThat(broker.port()).isEqualTo(port);
            assertThat(watcher.isConnected()).isTrue();
        } finally {
            broker.close();
        }
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void aFailedPkiFailsTheStartAndNothingEverListens() {
        CompletableFuture<DemoPki> pki = new CompletableFuture<>();
        DemoBroker.Starting starting = begin(pki);
        int port = starting.port().join();
        awaitExtensionWaitingForThePki();

        pki.completeExceptionally(new IllegalStateException("the demo PKI could not be generated"));

        assertThatThrownBy(() -> starting.running().join())
                .isInstanceOf(CompletionException.class)
                .hasRootCauseMessage("the demo PKI could not be generated");
        assertThat(refused(port)).isTrue();
        assertThat(work).isEmptyDirectory();
    }

    private DemoBroker.Starting begin(CompletableFuture<DemoPki> pki) {
        return DemoBroker.begin(pki, new DemoBroker.Options(work, 0, DemoBroker.DEFAULT_PREFIX));
    }

    /** HiveMQ's own start-up is done and its extension start waits for the PKI (the listener comes after it). */
    private static void awaitExtensionWaitingForThePki() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Thread.getAllStackTraces().values().stream()
                        .anyMatch(stack -> Arrays.stream(stack)
                                .anyMatch(frame -> frame.getClassName().equals(SpringCoreRolesExtension.class.getName())
                                        && frame.getMethodName().equals("extensionStart"))));
    }

    private static boolean refused(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(DemoBroker.HOST, port), 2_000);
            return false;
        } catch (ConnectException refused) {
            return true;
        } catch (IOException other) {
            return false;
        }
    }
}
