package com.springcoreexplorer.ui.engine;

import com.springcoreexplorer.mqtt.springcore.commands.BuildResult;
import com.springcoreexplorer.mqtt.springcore.commands.CommandBuilder;
import com.springcoreexplorer.mqtt.springcore.commands.CommandFormat;
import com.springcoreexplorer.mqtt.springcore.topic.TopicPrefix;
import com.springcoreexplorer.ui.publish.ReaderCommands;
import java.util.function.Supplier;

/** The command form over the engine's {@link CommandBuilder}: the same rules as the CLI's {@code cmd}. */
public final class SpringCoreCommands implements ReaderCommands {

    private final Supplier<String> prefix;

    /** @param prefix the topic prefix of the profile in use */
    public SpringCoreCommands(Supplier<String> prefix) {
        this.prefix = prefix;
    }

    @Override
    public CommandDraft build(String deviceId, String sequence, String leds, String buzzerMs, boolean textFormat) {
        String deviceProblem = CommandBuilder.deviceIdProblem(deviceId);
        if (deviceProblem != null) {
            return new CommandDraft(null, null, deviceProblem);
        }
        try {
            CommandBuilder builder = CommandBuilder.to(TopicPrefix.of(prefix.get()), deviceId)
                    .format(textFormat ? CommandFormat.TEXT : CommandFormat.JSON);
            if (!sequence.isEmpty()) {
                builder.sequence(sequence);
            }
            if (!leds.isEmpty()) {
                builder.leds(leds);
            }
            if (!buzzerMs.isEmpty()) {
                int ms;
                try {
                    ms = Integer.parseInt(buzzerMs);
                } catch (NumberFormatException e) {
                    return new CommandDraft(null, null, "The buzzer time is a number of milliseconds (0-65535)");
                }
                builder.buzzer(ms);
            }
            return switch (builder.build()) {
                case BuildResult.Built built -> new CommandDraft(built.command().topic(), built.command().payloadText(), "");
                case BuildResult.Refused refused -> new CommandDraft(null, null, refused.message());
            };
        } catch (IllegalArgumentException e) {
            return new CommandDraft(null, null, e.getMessage());
        }
    }
}
