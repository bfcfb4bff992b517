package com.springcoreexplorer.app.cli.springcore;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.app.cli.testing.InProcessCli;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.mqtt.springcore.commands.SequenceId;
import com.springcoreexplorer.mqtt.springcore.rules.DecodingRules;
import com.springcoreexplorer.mqtt.springcore.rules.RegexRule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to devices/send: exit 2 and one "error:" line, before any connection is tried. */
class SpringCoreBadInputTest {

    @TempDir
    Path home;

    private InProcessCli cli;

    @BeforeEach
    void profiles() throws Exception {
        cli = new InProcessCli(home);
        ProfileStore store = ProfileStore.in(home.resolve("config"));
        store.add(ConnectionProfile.builder("control")
                .host("127.0.0.1")
                .port(1)
                .identity("control")
                .trustAnchors("root")
                .build());
        store.add(ConnectionProfile.builder("broken-rules")
                .host("127.0.0.1")
                .port(1)
                .identity("control")
                .trustAnchors("root")
                .decodingRules(DecodingRules.toJsonNodes(List.of(new RegexRule("Bad", null, "("))))
                .build());
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private void assertBadInput(String expected, String... args) {
        assertThat(run(args)).as(cli.err()).isEqualTo(2);
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(cli.err()).startsWith("error: ").contains(expected);
    }

    @Test
    void sendExplainsWhatIsWrong() {
        assertBadInput(
                "a sequence cannot be combined",
                "send",
                "control",
                "DA1275B0",
                "--sequence",
                "wink",
                "--leds",
                "92929292");
        assertBadInput("unknown sequence 'dance'", "send", "control", "DA1275B0", "--sequence", "dance");
        assertBadInput("nothing to send", "send", "control", "DA1275B0");
        assertBadInput("must be 8 hex digits", "send", "control", "DA1275B0", "--leds", "929292");
        assertBadInput("0 to 65535", "send", "control", "DA1275B0", "--buzzer", "70000");
        assertBadInput("RgbColor, RgbMode, Relay, Relays", "send", "control", "DA1275B0", "--raw", "Color=1");
        assertBadInput("no documented $SCCMD key", "send", "control", "DA1275B0", "--raw", "Relay=1", "--text");
        assertBadInput("contains '/'", "send", "control", "a/b", "--sequence", "wink");
        assertBadInput("no profile named 'nope'", "send", "nope", "DA1275B0", "--sequence", "wink");
        assertBadInput(
                "--checksum applies to $SCCMD text only",
                "send",
                "control",
                "DA1275B0",
                "--leds",
                "92929292",
                "--checksum");
        assertBadInput(
                "--checksum 'both' is not a rule",
                "send",
                "control",
                "DA1275B0",
                "--text",
                "--leds",
                "92929292",
                "--checksum=both");
        assertBadInput(
                "contradict",
                "send",
                "control",
                "DA1275B0",
                "--text",
                "--leds",
                "92929292",
                "--checksum",
                "--no-checksum");
        assertBadInput("buzzer", "send", "control", "DA1275B0", "--buzzer", "x");
        assertBadInput("rule 'Bad'", "send", "broken-rules", "DA1275B0", "--sequence", "wink");
    }

    @Test
    void devicesExplainsWhatIsWrong() {
        assertBadInput("no profile named 'nope'", "devices", "nope");
        assertBadInput("--wait must be between 0 and 3600", "devices", "control", "--wait", "0");
        assertBadInput("--wait must be between 0 and 3600", "devices", "control", "--wait", "-1");
        assertBadInput("rule 'Bad'", "devices", "broken-rules");
    }

    @Test
    void helpNamesTheSequencesAndExitCodes() {
        assertThat(run("send", "--help")).isZero();
        assertThat(cli.out())
                .contains(
                        "--sequence", "--leds", "--buzzer", "--text", "--checksum", "read-success (23)", "Exit codes");
        String help = cli.out().replaceAll("\\s+", " ");
        for (SequenceId id : SequenceId.values()) {
            assertThat(help).as("help names every documented sequence").contains(id.cliName() + " (" + id.hex() + ")");
        }
        assertThat(run("devices", "--help")).isZero();
        assertThat(cli.out()).contains("--wait", "--json", "Exit codes");
    }
}
