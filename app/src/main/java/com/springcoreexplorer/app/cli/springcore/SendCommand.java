package com.springcoreexplorer.app.cli.springcore;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.session.ProfileArgument;
import com.springcoreexplorer.app.cli.session.ProfileSession;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.PublishOutcome;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.springcore.commands.BuildResult;
import com.springcoreexplorer.mqtt.springcore.commands.CommandBuilder;
import com.springcoreexplorer.mqtt.springcore.commands.CommandFormat;
import com.springcoreexplorer.mqtt.springcore.commands.OutgoingCommand;
import com.springcoreexplorer.mqtt.springcore.commands.RawField;
import com.springcoreexplorer.mqtt.springcore.commands.TextChecksum;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code send PROFILE DEVICE (--sequence NAME|HEX | --leds HEX --buzzer MS) [--text [--checksum[=RULE]]]}: one command to one reader. */
@Command(
        name = "send",
        mixinStandardHelpOptions = true,
        description = {
            "Send a command to a SpringCore reader ({prefix}/DEVICE/rdr/cmd): a built-in sequence, or LEDs and/or a beep.",
            "Needs a Control certificate (a Watcher's publishes are refused by the broker)."
        },
        footer = {
            "",
            "Sequences (hex ID, names from SpringCard's pages): no-mother-board (01), no-battery (02), hardware-error (03), "
                    + "not-genuine (04), cancel (05), startup (06), shutdown (07), please-wait (08), bootloader-waiting (09), "
                    + "fw-upgrading (0A), fw-upgraded (0B), config-cleared (0C), self-test (0D), wink (0E), blackout (0F), idle (10), "
                    + "active (11), suspended (13), read-success (23), read-failed (24), read-again (25), access-granted (60), "
                    + "access-denied (61), or any hex byte (60, 0x60).",
            "A sequence cannot be combined with --leds, --buzzer or RGB fields (SpringCard forbids it).",
            "$SCCMD text is sent as the $SCCMD page shows it: no checksum, ending with CR LF. --checksum adds *XX computed "
                    + "from '$' to '*' both included (the $SCCMD page's rule); --checksum=excluded leaves them out "
                    + "(the $SCRDR 'Message structure' page's rule).",
            "",
            "Exit codes: 0 accepted by the broker; 4 refused ('error: not authorized ...'); 3 cannot connect; 2 bad input."
        })
public final class SendCommand implements Callable<Integer> {

    @Mixin
    ProfileArgument profileArgument;

    @Parameters(
            index = "1",
            paramLabel = "DEVICE",
            description = "The reader's device ID (by default its serial number, e.g. DA1275B0).")
    String deviceId;

    @Option(
            names = "--sequence",
            paramLabel = "NAME|HEX",
            description = "Built-in light/sound sequence by name or hex ID.")
    String sequence;

    @Option(
            names = "--leds",
            paramLabel = "HEX",
            description = "The 4-LED ramp: 8 hex digits, one byte per LED (e.g. 92929292).")
    String leds;

    @Option(names = "--buzzer", paramLabel = "MS", description = "Beep length in milliseconds, 0 to 65535.")
    Integer buzzerMs;

    @Option(
            names = "--raw",
            paramLabel = "FIELD=VALUE",
            description =
                    "Undocumented field sent as given (JSON only): RgbColor, RgbMode, Relay or Relays; repeatable.")
    List<String> raw = List.of();

    @Option(names = "--text", description = "Send as $SCCMD text instead of JSON.")
    boolean text;

    @Option(
            names = "--checksum",
            arity = "0..1",
            fallbackValue = "included",
            paramLabel = "RULE",
            description = "With --text: append the *XX checksum; RULE is included (default: '$' and '*' in the XOR), "
                    + "excluded, or none. Without this option no checksum is sent.")
    String checksum;

    /** The default since the $SCCMD page's examples carry no checksum; kept so that older scripts still run. */
    @Option(names = "--no-checksum", hidden = true)
    boolean noChecksum;

    @Override
    public Integer call() {
        ConnectionProfile stored = profileArgument.profile();
        DecoderSettings settings = SpringCoreCommandSupport.decoderSettings(stored);
        CommandBuilder builder = CommandBuilder.to(settings.prefix(), deviceId)
                .format(text ? CommandFormat.TEXT : CommandFormat.JSON)
                .checksum(checksumChoice());
        if (sequence != null) {
            builder.sequence(sequence);
        }
        if (leds != null) {
            builder.leds(leds);
        }
        if (buzzerMs != null) {
            builder.buzzer(buzzerMs);
        }
        for (String field : raw) {
            int eq = field.indexOf('=');
            Optional<RawField> name = eq <= 0 ? Optional.empty() : RawField.byJsonName(field.substring(0, eq));
            if (name.isEmpty()) {
                throw CliFailure.badInput("--raw '" + field + "' must be FIELD=VALUE with FIELD one of "
                        + Arrays.stream(RawField.values())
                                .map(RawField::jsonName)
                                .collect(Collectors.joining(", ")));
            }
            builder.raw(name.get(), field.substring(eq + 1));
        }
        OutgoingCommand command = switch (builder.build()) {
            case BuildResult.Built built -> built.command();
            case BuildResult.Refused refused -> throw CliFailure.badInput(refused.message());
        };

        ConnectionProfile profile = stored.toBuilder().subscriptions(List.of()).build();
        TlsMaterial material = profileArgument.tlsMaterial(profile);
        PrintWriter out = profileArgument.out();
        PrintWriter err = profileArgument.err();
        if (material.role() == Role.WATCHER) {
            err.println("warning: '" + profile.identity()
                    + "' is a Watcher certificate: SpringCore brokers refuse its publishes; "
                    + "use a profile with a Control certificate");
        }
        try (MqttConnection connection = MqttConnection.create(
                profile,
                material,
                ProfileSession.options(m -> {}).autoReconnect(false).build())) {
            ProfileSession.connect(profile, connection::connect);
            PublishOutcome outcome = connection
                    .publish(command.topic(), command.payload(), 1, false, List.of())
                    .join();
            switch (outcome) {
                case PublishOutcome.Accepted accepted -> {
                    out.println(command.topic() + ": " + command.command().describe() + " " + printable(command) + ": "
                            + (accepted.reasonCode() == 0x10
                                    ? "accepted (no subscriber matched: is the reader connected?)"
                                    : "accepted"));
                    if (!accepted.note().isEmpty()) {
                        err.println("warning: " + accepted.note());
                    }
                }
                case PublishOutcome.Refused refused ->
                    throw new CliFailure(
                            ProfileSession.REFUSED,
                            refused.describe()
                                    + (refused.notAuthorized()
                                            ? "; sending commands needs a Control certificate"
                                            : ""));
                case PublishOutcome.Failed failed ->
                    throw new CliFailure(ProfileSession.CONNECTION_FAILED, failed.describe());
            }
            ProfileSession.disconnectQuietly(connection);
        }
        out.flush();
        err.flush();
        return 0;
    }

    private TextChecksum checksumChoice() {
        if (checksum == null) {
            return TextChecksum.NONE;
        }
        TextChecksum choice = TextChecksum.parse(checksum)
                .orElseThrow(() -> CliFailure.badInput("--checksum '" + checksum
                        + "' is not a rule; use --checksum (included), --checksum=excluded or --checksum=none"));
        if (noChecksum && choice != TextChecksum.NONE) {
            throw CliFailure.badInput("--checksum and --no-checksum contradict each other; keep one");
        }
        if (!text && choice != TextChecksum.NONE) {
            throw CliFailure.badInput(
                    "--checksum applies to $SCCMD text only; add --text, or leave --checksum out for JSON");
        }
        return choice;
    }

    /** The payload as sent, with CR/LF made visible. */
    private static String printable(OutgoingCommand command) {
        return command.payloadText().replace("\r", "\\r").replace("\n", "\\n");
    }
}
