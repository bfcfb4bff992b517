package com.springcoreexplorer.ui.engine;

import com.springcoreexplorer.mqtt.springcore.commands.BuildResult;
import com.springcoreexplorer.mqtt.springcore.commands.CommandBuilder;
import com.springcoreexplorer.mqtt.springcore.commands.CommandFormat;
import com.springcoreexplorer.mqtt.springcore.commands.SequenceId;
import com.springcoreexplorer.mqtt.springcore.commands.TextChecksum;
import com.springcoreexplorer.mqtt.springcore.topic.TopicPrefix;
import com.springcoreexplorer.ui.publish.CommandChecksum;
import com.springcoreexplorer.ui.publish.ReaderCommands;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** The command form over the engine's {@link CommandBuilder}: the same rules as the CLI's {@code send}. */
public final class SpringCoreCommands implements ReaderCommands {

    private static final List<String> NAMES =
            Arrays.stream(SequenceId.values()).map(SequenceId::label).toList();

    private final Supplier<String> prefix;

    /** @param prefix the topic prefix of the profile in use */
    public SpringCoreCommands(Supplier<String> prefix) {
        this.prefix = prefix;
    }

    @Override
    public CommandDraft build(
            String deviceId,
            String sequence,
            String leds,
            String buzzerMs,
            boolean textFormat,
            CommandChecksum checksum) {
        String deviceProblem = CommandBuilder.deviceIdProblem(deviceId);
        if (deviceProblem != null) {
            return new CommandDraft(null, null, deviceProblem);
        }
        try {
            CommandBuilder builder = CommandBuilder.to(TopicPrefix.of(prefix.get()), deviceId)
                    .format(textFormat ? CommandFormat.TEXT : CommandFormat.JSON)
                    .checksum(textFormat ? textChecksum(checksum) : TextChecksum.NONE);
            if (!sequence.isEmpty()) {
                builder.sequence(sequence);
            }
            if (!leds.isEmpty()) {
                builder.leds(leds);
            }
            if (!buzzerMs.isEmpty()) {
                builder.buzzer(buzzerMs);
            }
            return switch (builder.build()) {
                case BuildResult.Built built ->
                    new CommandDraft(built.command().topic(), built.command().payloadText(), "");
                case BuildResult.Refused refused -> new CommandDraft(null, null, refused.message());
            };
        } catch (IllegalArgumentException e) {
            return new CommandDraft(null, null, e.getMessage());
        }
    }

    @Override
    public List<String> sequenceNames() {
        return NAMES;
    }

    @Override
    public String sequenceEcho(String typed) {
        return SequenceId.echo(typed);
    }

    private static TextChecksum textChecksum(CommandChecksum checksum) {
        return switch (checksum == null ? CommandChecksum.NONE : checksum) {
            case NONE -> TextChecksum.NONE;
            case INCLUDED -> TextChecksum.INCLUDED;
            case EXCLUDED -> TextChecksum.EXCLUDED;
        };
    }
}
