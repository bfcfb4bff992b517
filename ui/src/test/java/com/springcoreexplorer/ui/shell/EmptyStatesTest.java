package com.springcoreexplorer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.ui.connection.ConnectionStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmptyStatesTest {

    private static final ConnectionStatus CONNECTED = new ConnectionStatus(
            ConnectionStatus.Phase.CONNECTED,
            "Site",
            com.springcoreexplorer.certstore.Role.WATCHER,
            "",
            Duration.ZERO,
            0,
            "",
            Instant.EPOCH);

    @Test
    void aStartUpStepInProgressIsSaidWhereItIsNotAsSomethingMissing() {
        EmptyStates texts = EmptyStates.of(ConnectionStatus.NOT_CONNECTED, "Starting the demo: broker", false, false);

        assertThat(texts.tree()).startsWith("Starting the demo: broker...").doesNotContain("No certificate");
        assertThat(texts.events()).startsWith("Starting the demo: broker...");
        assertThat(texts.readers()).startsWith("Starting the demo: broker...");
    }

    @Test
    void connectedSaysItIsWaitingForTheFirstMessage() {
        EmptyStates texts = EmptyStates.of(CONNECTED, "", true, true);

        assertThat(texts.tree()).startsWith("Connected: waiting");
        assertThat(texts.events()).contains("Present a card");
    }

    @Test
    void eachMissingStepNamesTheButtonThatFixesIt() {
        assertThat(EmptyStates.of(ConnectionStatus.NOT_CONNECTED, "", false, false)
                        .tree())
                .contains("open Certificates...");
        assertThat(EmptyStates.of(ConnectionStatus.NOT_CONNECTED, "", true, false)
                        .tree())
                .contains("click New...");
        assertThat(EmptyStates.of(ConnectionStatus.NOT_CONNECTED, "", true, true)
                        .tree())
                .contains("choose a profile and Connect (Ctrl+K)");
    }
}
