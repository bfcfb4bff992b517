package com.springcoreexplorer.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.IdentityEntry;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.TrustAnchorEntry;
import com.springcoreexplorer.mqtt.connection.ConnectionOptions;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.PublishOutcome;
import com.springcoreexplorer.mqtt.connection.SubscriptionResult;
import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo puts its identities in the store and writes one profile per role; the product's own connection uses them. */
class DemoProfilesTest {

    private static final Map<String, String> ENVIRONMENT =
            Map.of(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE, "demo-test-store-password");

    @TempDir
    Path home;

    private DemoEnvironment.Options options() {
        return DemoEnvironment.Options.defaults()
                .withPreferredPort(0)
                .withEnvironment(ENVIRONMENT)
                .withReaders(3);
    }

    @Test
    void watcherAndControlProfilesConnectWithTheProductsOwnClient() throws Exception {
        AppDirectories directories = AppDirectories.under(home);
        long started = System.nanoTime();
        try (RunningDemo demo = DemoEnvironment.start(directories, options()).get(60, TimeUnit.SECONDS)) {
            assertThat(demo.profiles().problem()).isNull();
            assertThat(demo.watcherProfileName()).isEqualTo("Demo (Watcher)");
            assertThat(demo.controlProfileName()).isEqualTo("Demo (Control)");

            // the demo's own store, never the user's: the user's store stays empty and was never asked for a password
            CertificateStore store = DemoStore.open(directories);
            assertThat(CertificateStore.at(directories.data())
                            .environment(ENVIRONMENT)
                            .useOsKeychain(false)
                            .open()
                            .list())
                    .isEmpty();
            IdentityEntry watcherEntry = store.show(demo.profiles().watcherIdentity());
            assertThat(watcherEntry.role()).isEqualTo(Role.WATCHER);
            assertThat(store.show(demo.profiles().controlIdentity()).role()).isEqualTo(Role.CONTROL);
            assertThat(watcherEntry.trusted()).isTrue();

            ProfileStore profiles = ProfileStore.in(directories.config());
            ConnectionProfile watcherProfile =
                    profiles.find(demo.watcherProfileName()).orElseThrow();
            assertThat(watcherProfile.port()).isEqualTo(demo.port());
            assertThat(watcherProfile.host()).isEqualTo("127.0.0.1");

            ConcurrentLinkedQueue<InboundMessage> received = new ConcurrentLinkedQueue<>();
            try (MqttConnection watcher = MqttConnection.create(
                    watcherProfile,
                    store.tlsMaterial(watcherProfile.identity(), watcherProfile.trustAnchors()),
                    ConnectionOptions.builder(received::add)
                            .autoReconnect(false)
                            .build())) {
                List<SubscriptionResult> subscriptions = watcher.connect().get(15, TimeUnit.SECONDS);
                assertThat(subscriptions).allMatch(SubscriptionResult::granted);
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> received.stream().anyMatch(m -> m.topic().endsWith("/rdr/evt")));
                long firstEvent = System.nanoTime();
                System.out.printf(
                        "BENCHMARK demo start to first event through the Watcher profile (store import included): %d ms%n",
                        (firstEvent - started) / 1_000_000);

                String commandTopic = demo.prefix() + "/" + demo.readerSerials().getFirst() + "/rdr/cmd";
                PublishOutcome refused = watcher.publish(
                                commandTopic, "{\"Buzzer\":10}".getBytes(StandardCharsets.UTF_8), 1, false)
                        .get(10, TimeUnit.SECONDS);
                assertThat(refused)
                        .isInstanceOfSatisfying(
                                PublishOutcome.Refused.class,
                                r -> assertThat(r.notAuthorized()).isTrue());

                ConnectionProfile controlProfile =
                        profiles.find(demo.controlProfileName()).orElseThrow();
                try (MqttConnection control = MqttConnection.create(
                        controlProfile,
                        store.tlsMaterial(controlProfile.identity(), controlProfile.trustAnchors()),
                        ConnectionOptions.builder(message -> {})
                                .autoReconnect(false)
                                .build())) {
                    control.connect().get(15, TimeUnit.SECONDS);
                    PublishOutcome accepted = control.publish(
                                    commandTopic, "{\"Sequence\":35}".getBytes(StandardCharsets.UTF_8), 1, false)
                            .get(10, TimeUnit.SECONDS);
                    assertThat(accepted.isAccepted()).as(accepted.describe()).isTrue();
                }
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> received.stream()
                                .anyMatch(m -> m.topic().endsWith("/status")
                                        && new String(m.payload(), StandardCharsets.UTF_8).contains("online,busy")));
            }
        }

        // a second start finds everything in place: same names, nothing duplicated
        try (RunningDemo again = DemoEnvironment.start(directories, options()).get(60, TimeUnit.SECONDS)) {
            assertThat(again.watcherProfileName()).isEqualTo("Demo (Watcher)");
            CertificateStore store = DemoStore.open(directories);
            assertThat(store.list())
                    .extracting(IdentityEntry::name)
                    .containsExactlyInAnyOrder("Demo Watcher", "Demo Control");
            assertThat(store.trustAnchors()).hasSize(2);
            assertThat(ProfileStore.in(directories.config()).list()).hasSize(2);
        }
    }

    @Test
    void aLockedUserStoreNeverStopsTheDemo() throws Exception {
        DemoEnvironment.Options withoutPassword = DemoEnvironment.Options.defaults()
                .withPreferredPort(0)
                .withEnvironment(Map.of())
                .withReaders(1);
        // the user's store exists, with a password this process does not have (no keychain, no variable)
        String someCa = com.springcoreexplorer.certstore.pki.PemFiles.certificates(
                List.of(com.springcoreexplorer.certstore.pki.CertificateIssuer.subject("CN=Some CA")
                        .profile(com.springcoreexplorer.certstore.pki.CertificateIssuer.Profile.ROOT_CA)
                        .issue()
                        .certificate()));
        CertificateStore.at(AppDirectories.under(home).data())
                .environment(ENVIRONMENT)
                .useOsKeychain(false)
                .open()
                .addTrustAnchors(List.of(new com.springcoreexplorer.certstore.ImportFile(
                        "some-ca.pem", someCa.getBytes(StandardCharsets.US_ASCII))));
        List<String> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CompletableFuture<DemoProfiles> early = new java.util.concurrent.CompletableFuture<>();
        DemoProgress progress = new DemoProgress() {
            @Override
            public void step(String text) {
                steps.add(text);
            }

            @Override
            public void brokerReady(DemoProfiles profiles) {
                early.complete(profiles);
            }
        };
        try (RunningDemo demo = DemoEnvironment.start(AppDirectories.under(home), withoutPassword, progress)
                .get(60, TimeUnit.SECONDS)) {
            assertThat(demo.profiles().isSetUp()).as(demo.profiles().problem()).isTrue();
            assertThat(early).isCompletedWithValue(demo.profiles());
            assertThat(steps)
                    .contains(
                            "Starting the demo: certificates",
                            "Starting the demo: broker",
                            "Starting the demo: broker, readers 1/1");
            ConnectionProfile watcher = ProfileStore.in(
                            AppDirectories.under(home).config())
                    .find("Demo (Watcher)")
                    .orElseThrow();
            assertThat(watcher.port()).isEqualTo(demo.port());
            assertThat(DemoStore.openIfPresent(AppDirectories.under(home))
                            .orElseThrow()
                            .show(watcher.identity())
                            .role())
                    .isEqualTo(Role.WATCHER);
            // the user's store is as it was: one anchor, no demo identity
            CertificateStore mine = CertificateStore.at(
                            AppDirectories.under(home).data())
                    .environment(ENVIRONMENT)
                    .useOsKeychain(false)
                    .open();
            assertThat(mine.list()).isEmpty();
            assertThat(mine.trustAnchors())
                    .extracting(TrustAnchorEntry::commonName)
                    .containsExactly("Some CA");
        }
    }
}
