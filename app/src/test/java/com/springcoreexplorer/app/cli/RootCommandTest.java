package com.springcoreexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RootCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = RootCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void versionPrintsTheProductVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("springcore-explorer ").contains("Java 25");
    }

    @Test
    void helpListsTheGlobalOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--home", "--demo", "Exit codes");
    }

    @Test
    void unknownOptionIsBadInputWithOneErrorLine() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString())
                .startsWith("error: ")
                .contains("--no-such-option")
                .contains("--help");
    }

    @Test
    void onlyTheWindowsOwnOptionsOpenTheWindowWithoutPicocli() {
        RootCommand window = RootCommand.windowOnly("--home", "/tmp/x", "--demo", "--profile=Site A");
        assertThat(window).isNotNull();
        assertThat(window.home).hasToString("/tmp/x");
        assertThat(window.demo).isTrue();
        assertThat(window.profile).isEqualTo("Site A");
        assertThat(RootCommand.windowOnly()).isNotNull();
        assertThat(RootCommand.windowOnly("--home=/tmp/y").home).hasToString("/tmp/y");
    }

    @Test
    void anythingElseGoesThroughPicocli() {
        assertThat(RootCommand.windowOnly("--version")).isNull();
        assertThat(RootCommand.windowOnly("--help")).isNull();
        assertThat(RootCommand.windowOnly("certs", "list")).isNull();
        assertThat(RootCommand.windowOnly("--home")).isNull();
        assertThat(RootCommand.windowOnly("--home", "--demo")).isNull();
        assertThat(RootCommand.windowOnly("--profile=")).isNull();
        assertThat(RootCommand.windowOnly("--demo", "--no-such-option")).isNull();
    }
}
