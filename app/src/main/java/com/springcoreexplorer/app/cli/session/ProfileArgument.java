package com.springcoreexplorer.app.cli.session;

import com.springcoreexplorer.app.cli.RootCommand;
import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code PROFILE} argument (always the first) of the top-level commands that connect, mixed in with
 * {@code @Mixin}; it loads the profile and its TLS material from the folders of {@link RootCommand}.
 */
public final class ProfileArgument {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "PROFILE", description = "Connection profile (see 'profiles list').")
    String name;

    /** The stored profile, or exit code 2 with one line. */
    public ConnectionProfile profile() {
        return ProfileSession.profile(directories(), name);
    }

    /** The profile's identity and trust anchors, or exit code 2 with one line. */
    public TlsMaterial tlsMaterial(ConnectionProfile profile) {
        return ProfileSession.tlsMaterial(directories(), profile);
    }

    public PrintWriter out() {
        return command.commandLine().getOut();
    }

    public PrintWriter err() {
        return command.commandLine().getErr();
    }

    private AppDirectories directories() {
        return ((RootCommand) command.parent().userObject()).directories();
    }
}
