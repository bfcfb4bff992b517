package com.springcoreexplorer.app.cli.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.CommandContext;
import com.springcoreexplorer.app.cli.session.ProfileSession;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.MqttProtocol;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.mqtt.profile.ProfileStoreException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code profiles list [--json]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List connection profiles.")
public final class ProfilesListCommand implements Callable<Integer> {

    @Mixin
    CommandContext context;

    @Option(
            names = "--json",
            description = "Print the profiles as a JSON array (as stored; never a password). "
                    + "cleanStart false with sessionExpirySeconds N: the broker keeps the session N s while offline.")
    boolean json;

    @Override
    public Integer call() {
        ProfileStore.Contents contents;
        try {
            contents = ProfileSession.profiles(context.directories()).load();
        } catch (ProfileStoreException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        if (json) {
            try {
                out.println(new ObjectMapper().writeValueAsString(contents.profiles()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else if (contents.profiles().isEmpty()) {
            out.println(
                    "no profiles yet; add one with 'springcore-explorer profiles add NAME --host H --identity CERT --trust NAME'");
        } else {
            String format = "%-20s %-32s %-20s %-11s %-14s %s%n";
            out.printf(Locale.ROOT, format, "NAME", "BROKER", "IDENTITY", "MQTT", "SESSION", "SUBSCRIPTIONS");
            for (ConnectionProfile p : contents.profiles()) {
                String broker = (p.usesWebSocket() ? "wss://" : "") + p.host() + ":" + p.port()
                        + (p.usesWebSocket() ? p.webSocketPath() : "");
                out.printf(
                        Locale.ROOT,
                        format,
                        p.name(),
                        broker,
                        p.identity(),
                        p.protocol().displayName(),
                        session(p),
                        String.join(
                                " ",
                                p.subscriptions().stream().map(s -> s.filter()).toList()));
            }
        }
        for (ProfileStore.UnreadableEntry entry : contents.unreadable()) {
            err.println("warning: entry " + entry.position() + (entry.name() == null ? "" : " ('" + entry.name() + "')")
                    + " of the profiles file " + entry.problem() + "; it is kept as it is");
        }
        out.flush();
        err.flush();
        return 0;
    }

    /** "clean", "kept 1 h", "kept" (3.1.1: until a clean-session connect), "kept, no limit". */
    private static String session(ConnectionProfile profile) {
        if (!profile.keepsSession()) {
            return "clean";
        }
        if (profile.protocol() == MqttProtocol.MQTT_3_1_1) {
            return "kept";
        }
        return profile.sessionExpirySeconds() >= ProfilesAddCommand.MAX_SESSION_EXPIRY
                ? "kept, no limit"
                : "kept " + ConnectionProfile.duration(profile.sessionExpirySeconds());
    }
}
