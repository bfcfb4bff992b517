package com.springcoreexplorer.mqtt.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {

    @TempDir
    Path config;

    private static ConnectionProfile.Builder profile(String name) {
        return ConnectionProfile.builder(name)
                .host("broker.example.com")
                .identity("my watcher")
                .trustAnchors("SpringCore Root CA");
    }

    @Test
    void aProfileRoundTripsWithItsDefaultsAndTheDecodingRulesVerbatim() throws Exception {
        JsonNode rule = new ObjectMapper().readTree("{\"topic\":\"+/rdr/evt\",\"format\":\"$SCRDR\",\"x\":[1,2]}");
        ConnectionProfile written = profile("site A")
                .clientId("watcher-1")
                .webSocketPath("/mqtt")
                .persistentSession(3600)
                .username("ops")
                .passwordRef("mqtt:site A")
                .subscribe("springcard/springcore/+/rdr/evt")
                .decodingRules(List.of(rule))
                .build();
        ProfileStore store = ProfileStore.in(config);
        store.add(written);

        ConnectionProfile read = ProfileStore.in(config).find("site A").orElseThrow();
        assertThat(read).isEqualTo(written);
        assertThat(read.port()).isEqualTo(8883);
        assertThat(read.protocol()).isEqualTo(MqttProtocol.MQTT_5);
        assertThat(read.tlsVersions()).containsExactly(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2);
        assertThat(read.hostnameVerification()).isTrue();
        assertThat(read.decodingRules()).containsExactly(rule);
        assertThat(Files.readString(store.file())).doesNotContainIgnoringCase("\"password\"");
        try (var files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(ProfileStore.FILE_NAME);
        }
    }

    @Test
    void defaultsFollowThePrefixAndMissingFieldsGetSafeValues() throws Exception {
        ConnectionProfile profile = profile("p").topicPrefix("acme/readers").build();
        assertThat(profile.subscriptions()).containsExactly(SubscriptionSpec.of("acme/readers/#"));
        assertThat(profile.effectiveClientId("16051974")).isEqualTo("16051974");
        assertThat(profile.toBuilder().subscriptions(List.of()).build().subscriptions())
                .isEmpty();

        Files.writeString(config.resolve(ProfileStore.FILE_NAME), """
                {"version":1,"profiles":[{"name":"hand","host":"h","identity":"i","trustAnchors":["r"]}]}""");
        ConnectionProfile hand = ProfileStore.in(config).find("hand").orElseThrow();
        assertThat(hand.hostnameVerification())
                .as("a field left out never turns verification off")
                .isTrue();
        assertThat(hand.cleanStart()).isTrue();
        assertThat(hand.port()).isEqualTo(8883);
        assertThat(hand.keepAliveSeconds()).isEqualTo(ConnectionProfile.DEFAULT_KEEP_ALIVE_SECONDS);
    }

    @Test
    void aSessionExpiryRoundTripsAndOlderFilesWithoutItStartClean() throws Exception {
        ProfileStore store = ProfileStore.in(config);
        ConnectionProfile kept = profile("kept").sessionExpiry(3600).build();
        ConnectionProfile kept311 = profile("kept 3.1.1")
                .protocol(MqttProtocol.MQTT_3_1_1)
                .sessionExpiry(600)
                .build();
        ConnectionProfile clean = profile("clean").sessionExpiry(0).build();
        store.add(kept);
        store.add(kept311);
        store.add(clean);

        JsonNode file = new ObjectMapper().readTree(store.file().toFile()).get("profiles");
        assertThat(file.get(0).get("cleanStart").asBoolean()).isFalse();
        assertThat(file.get(0).get("sessionExpirySeconds").asLong()).isEqualTo(3600);
        assertThat(ProfileStore.in(config).list()).containsExactly(kept, kept311, clean);
        assertThat(kept.keepsSession()).isTrue();
        assertThat(kept.sessionSummary()).isEqualTo("kept 1 h while offline");
        assertThat(kept311.sessionSummary())
                .isEqualTo("kept while offline (MQTT 3.1.1 clean session off: until a clean-session connect)");
        assertThat(clean.keepsSession()).isFalse();
        assertThat(clean.sessionSummary()).isEqualTo("clean start (nothing kept while offline)");
        assertThat(profile("never").sessionExpiry(0xFFFF_FFFFL).build().sessionSummary())
                .isEqualTo("kept with no time limit while offline");
        assertThat(profile("bad").sessionExpiry(-1).build().problems())
                .contains("session expiry must be between 0 and 4294967295 s");

        // as written before sessions could be set, and as a user wrote it by hand
        Files.writeString(store.file(), """
                {"version":1,"profiles":[
                 {"name":"old","host":"h","port":8883,"identity":"i","trustAnchors":["r"],"protocol":"MQTT_5","keepAliveSeconds":30},
                 {"name":"by hand","host":"h","identity":"i","trustAnchors":["r"],"cleanStart":false,"sessionExpirySeconds":86400}]}""");
        ConnectionProfile old = ProfileStore.in(config).find("old").orElseThrow();
        assertThat(old.cleanStart()).isTrue();
        assertThat(old.sessionExpirySeconds()).isZero();
        assertThat(ProfileStore.in(config).find("by hand").orElseThrow().sessionSummary())
                .isEqualTo("kept 1 d while offline");
    }

    @Test
    void addRefusesADuplicateAndRemoveSaysWhetherThereWasOne() throws Exception {
        ProfileStore store = ProfileStore.in(config);
        store.add(profile("a").build());
        store.add(profile("b").build());
        assertThatThrownBy(() -> store.add(profile("a").port(1883).build()))
                .isInstanceOf(ProfileStoreException.class)
                .hasMessage("a profile named 'a' already exists; remove it first or choose another name");
        store.save(profile("a").port(1883).build());
        assertThat(store.list()).extracting(ConnectionProfile::name).containsExactly("a", "b");
        assertThat(store.find("a").orElseThrow().port()).isEqualTo(1883);
        assertThat(store.remove("a")).isTrue();
        assertThat(store.remove("a")).isFalse();
        assertThat(store.list()).extracting(ConnectionProfile::name).containsExactly("b");
    }

    @Test
    void anUnusableProfileIsNotSaved() {
        assertThatThrownBy(() -> ProfileStore.in(config)
                        .add(profile("x").port(70000).webSocketPath("mqtt").build()))
                .hasMessage("profile 'x' was not saved: port 70000 is not a TCP port (1-65535; MQTT over TLS is 8883); "
                        + "WebSocket path 'mqtt' must start with '/' (e.g. /mqtt)");
        assertThat(Files.exists(config.resolve(ProfileStore.FILE_NAME))).isFalse();
    }

    @Test
    void aBrokenEntryIsReportedAndKeptWhileTheOthersStayUsable() throws Exception {
        Path file = config.resolve(ProfileStore.FILE_NAME);
        Files.writeString(file, """
                {"version":1,"profiles":[
                  {"name":"good","host":"h","identity":"i","trustAnchors":["r"]},
                  {"name":"bad","host":"h","identity":"i","trustAnchors":["r"],"protocol":"MQTT_9"},
                  {"name":"incomplete","host":"","identity":"i"}
                ]}""");
        ProfileStore store = ProfileStore.in(config);
        ProfileStore.Contents contents = store.load();
        assertThat(contents.profiles()).extracting(ConnectionProfile::name).containsExactly("good");
        assertThat(contents.unreadable())
                .extracting(ProfileStore.UnreadableEntry::name)
                .containsExactly("bad", "incomplete");
        assertThat(contents.unreadable().get(1).problem()).contains("needs a broker host");

        store.add(profile("new").build());
        String after = Files.readString(file);
        assertThat(after).contains("\"MQTT_9\"", "\"incomplete\"", "\"new\"");
        assertThat(store.remove("bad")).isTrue();
        assertThat(Files.readString(file)).doesNotContain("MQTT_9").contains("incomplete");
    }

    @Test
    void aFileThatIsNotJsonIsNeverOverwritten() throws Exception {
        Path file = config.resolve(ProfileStore.FILE_NAME);
        Files.writeString(file, "{\"profiles\": [ {\"name\": \"a\"");
        ProfileStore store = ProfileStore.in(config);
        assertThatThrownBy(store::list)
                .isInstanceOf(ProfileStoreException.class)
                .hasMessageStartingWith("the profiles file " + file + " is not valid JSON at line 1")
                .hasMessageEndingWith("; fix it or move it away (it was left unchanged)");
        assertThatThrownBy(() -> store.add(profile("b").build())).isInstanceOf(ProfileStoreException.class);
        assertThat(Files.readString(file)).isEqualTo("{\"profiles\": [ {\"name\": \"a\"");
    }
}
