package com.springcoreexplorer.app.cli.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.springcoreexplorer.app.cli.testing.InProcessCli;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profiles add|list|remove} in process, with --home. */
class ProfilesCommandTest {

    @TempDir
    Path home;

    private InProcessCli cli;

    @BeforeEach
    void cli() {
        cli = new InProcessCli(home);
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void addListAndRemoveAProfile() throws Exception {
        assertThat(run(
                        "profiles",
                        "add",
                        "site-a",
                        "--host",
                        "broker.example.com",
                        "--identity",
                        "my watcher",
                        "--trust",
                        "SpringCore Root CA",
                        "SpringCore Cloud CA",
                        "--sub",
                        "springcard/springcore/+/rdr/evt",
                        "--sub",
                        "springcard/springcore/+/status"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out())
                .startsWith("profile 'site-a' saved: broker.example.com:8883, identity 'my watcher', MQTT 5");
        assertThat(cli.err()).contains("note: there is no certificate store yet");

        assertThat(run(
                        "profiles",
                        "add",
                        "site-b",
                        "--host",
                        "10.0.0.5",
                        "--port",
                        "443",
                        "--identity",
                        "ctl",
                        "--trust",
                        "root",
                        "--mqtt",
                        "3",
                        "--ws",
                        "/mqtt",
                        "--no-hostname-verification",
                        "--client-id",
                        "ops-1",
                        "--prefix",
                        "acme/rd"))
                .isZero();
        assertThat(cli.err())
                .contains(
                        "warning: hostname verification is off",
                        "warning: MQTT 3.1.1: a broker drops refused publishes silently");

        assertThat(run("profiles", "list")).isZero();
        assertThat(cli.out().lines()).hasSize(3);
        assertThat(cli.out())
                .contains(
                        "site-a",
                        "broker.example.com:8883",
                        "springcard/springcore/+/rdr/evt springcard/springcore/+/status")
                .contains("site-b", "wss://10.0.0.5:443/mqtt", "MQTT 3.1.1", "acme/rd/#");

        assertThat(run("profiles", "list", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("trustAnchors").toString())
                .isEqualTo("[\"SpringCore Root CA\",\"SpringCore Cloud CA\"]");
        assertThat(json.get(1).get("hostnameVerification").asBoolean()).isFalse();
        assertThat(json.get(1).get("protocol").asText()).isEqualTo("MQTT_3_1_1");

        assertThat(run("profiles", "remove", "site-a")).isZero();
        assertThat(run("profiles", "list")).isZero();
        assertThat(cli.out()).doesNotContain("site-a").contains("site-b");
    }

    @Test
    void aSessionExpiryKeepsTheSessionAndListShowsIt() throws Exception {
        assertThat(run(
                        "profiles",
                        "add",
                        "kept",
                        "--host",
                        "h",
                        "--identity",
                        "i",
                        "--trust",
                        "r",
                        "--session-expiry",
                        "3600"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains(", session kept 1 h while offline");
        assertThat(run(
                        "profiles",
                        "add",
                        "kept-3",
                        "--host",
                        "h",
                        "--identity",
                        "i",
                        "--trust",
                        "r",
                        "--mqtt",
                        "3",
                        "--session-expiry",
                        "60"))
                .isZero();
        assertThat(cli.err()).contains("note: MQTT 3.1.1 has no session expiry: the broker keeps this session");
        assertThat(run("profiles", "add", "clean", "--host", "h", "--identity", "i", "--trust", "r"))
                .isZero();
        assertThat(cli.out()).doesNotContain("session");

        assertThat(run("profiles", "list")).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines.get(0)).contains("MQTT        SESSION        SUBSCRIPTIONS");
        assertThat(lines.get(1)).startsWith("kept ").contains(" kept 1 h ");
        assertThat(lines.get(2)).startsWith("kept-3 ").contains("MQTT 3.1.1  kept ");
        assertThat(lines.get(3)).startsWith("clean ").contains(" clean ");

        assertThat(run("profiles", "list", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get(0).get("cleanStart").asBoolean()).isFalse();
        assertThat(json.get(0).get("sessionExpirySeconds").asLong()).isEqualTo(3600);
        assertThat(json.get(1).get("cleanStart").asBoolean()).isFalse();
        assertThat(json.get(2).get("cleanStart").asBoolean()).isTrue();
        assertThat(json.get(2).get("sessionExpirySeconds").asLong()).isZero();

        Path file = home.resolve("config").resolve(ProfileStore.FILE_NAME);
        String before = Files.readString(file);
        assertThat(run(
                        "profiles",
                        "add",
                        "bad",
                        "--host",
                        "h",
                        "--identity",
                        "i",
                        "--trust",
                        "r",
                        "--session-expiry",
                        "-5"))
                .isEqualTo(2);
        assertThat(cli.err())
                .isEqualTo("error: --session-expiry must be 0 (clean start) to 4294967295 seconds (no limit), not -5; "
                        + "e.g. 3600 keeps the session for an hour" + System.lineSeparator());
        assertThat(run(
                        "profiles",
                        "add",
                        "bad",
                        "--host",
                        "h",
                        "--identity",
                        "i",
                        "--trust",
                        "r",
                        "--session-expiry",
                        "1h"))
                .isEqualTo(2);
        assertThat(cli.err().lines())
                .singleElement()
                .asString()
                .startsWith("error: ")
                .contains("--session-expiry");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void badInputGetsOneLineAndChangesNothing() throws Exception {
        assertThat(run("profiles", "add", "x", "--host", "h", "--identity", "i", "--trust", "r", "--mqtt", "4"))
                .isEqualTo(2);
        assertThat(cli.err()).isEqualTo("error: --mqtt must be 5 or 3 (for 3.1.1), not '4'" + System.lineSeparator());

        assertThat(run(
                        "profiles",
                        "add",
                        "x",
                        "--host",
                        "mqtts://h",
                        "--identity",
                        "i",
                        "--trust",
                        "r",
                        "--sub",
                        "a/#/b"))
                .isEqualTo(2);
        assertThat(cli.err().lines())
                .singleElement()
                .asString()
                .startsWith("error: host 'mqtts://h' must be a host name or address only")
                .contains("'#' must be a whole level and the last one");

        assertThat(run("profiles", "add", "x", "--host", "h", "--identity", "i"))
                .isEqualTo(2);
        assertThat(cli.err()).startsWith("error: Missing required option: '--trust=NAME'");

        assertThat(run("profiles", "add", "x", "--host", "h", "--identity", "i", "--trust", "r"))
                .isZero();
        assertThat(run("profiles", "add", "x", "--host", "h2", "--identity", "i", "--trust", "r"))
                .isEqualTo(2);
        assertThat(cli.err())
                .isEqualTo("error: a profile named 'x' already exists; remove it first or choose another name"
                        + System.lineSeparator());

        assertThat(run("profiles", "remove", "nope")).isEqualTo(2);
        assertThat(cli.err()).startsWith("error: no profile named 'nope'");
        assertThat(run("doctor", "nope")).isEqualTo(2);
        assertThat(cli.err()).startsWith("error: no profile named 'nope'; see 'springcore-explorer profiles list'");
    }

    @Test
    void aDamagedProfilesFileIsNamedAndLeftAlone() throws Exception {
        Path file = home.resolve("config").resolve(ProfileStore.FILE_NAME);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ not json");
        assertThat(run("profiles", "list")).isEqualTo(2);
        assertThat(cli.err().lines())
                .singleElement()
                .asString()
                .startsWith("error: the profiles file " + file + " is not valid JSON");
        assertThat(run("profiles", "add", "x", "--host", "h", "--identity", "i", "--trust", "r"))
                .isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo("{ not json");
    }
}
