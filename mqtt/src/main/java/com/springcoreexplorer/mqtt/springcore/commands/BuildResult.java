package com.springcoreexplorer.mqtt.springcore.commands;

import java.util.Objects;

/** What {@link CommandBuilder#build()} gives: a command to publish, or one line saying why not. */
public sealed interface BuildResult {

    /** The command, ready to publish. */
    record Built(OutgoingCommand command) implements BuildResult {
        public Built {
            Objects.requireNonNull(command, "command");
        }
    }

    /** Refused: {@code message} says what is wrong and what to do. */
    record Refused(String message) implements BuildResult {
        public Refused {
            Objects.requireNonNull(message, "message");
        }
    }
}
