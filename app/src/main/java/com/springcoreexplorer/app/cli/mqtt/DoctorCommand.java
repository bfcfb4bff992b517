package com.springcoreexplorer.app.cli.mqtt;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.session.ProfileArgument;
import com.springcoreexplorer.app.cli.session.ProfileSession;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.doctor.ConnectionDoctor;
import com.springcoreexplorer.mqtt.doctor.DoctorListener;
import com.springcoreexplorer.mqtt.doctor.DoctorReport;
import com.springcoreexplorer.mqtt.doctor.StepResult;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code doctor PROFILE}: runs the connection step by step and names the first failing step. */
@Command(
        name = "doctor",
        mixinStandardHelpOptions = true,
        description =
                "Check a profile step by step: DNS, TCP, TLS (server chain shown), client certificate, MQTT connect, subscribe, role, session (whether the broker keeps it; nothing queued is taken).",
        footer = {"", "Exit codes: 0 every step passed; 3 a step failed (named on the 'error:' line); 2 bad input."})
public final class DoctorCommand implements Callable<Integer> {

    @Mixin
    ProfileArgument profileArgument;

    @Override
    public Integer call() {
        ConnectionProfile profile = profileArgument.profile();
        TlsMaterial material = profileArgument.tlsMaterial(profile);
        PrintWriter out = profileArgument.out();
        out.println("doctor: profile '" + profile.name() + "', " + profile.host() + ":" + profile.port() + ", "
                + profile.protocol().displayName() + ", identity '" + profile.identity() + "' (CN="
                + material.commonName() + ", "
                + material.role().displayName() + ")");
        out.flush();
        DoctorListener printer = new DoctorListener() {
            @Override
            public void stepFinished(StepResult result) {
                String mark = switch (result.status()) {
                    case PASSED -> "[ OK ]";
                    case FAILED -> "[FAIL]";
                    case SKIPPED -> "[SKIP]";
                };
                out.println(mark + " " + result.step().displayName() + ": " + result.summary());
                result.details().forEach(line -> out.println("       " + line));
                if (!result.fix().isEmpty()) {
                    out.println("       fix: " + result.fix());
                }
                out.flush();
            }
        };
        DoctorReport report = ConnectionDoctor.create().runNow(profile, material, ProfileSession.passwords(), printer);
        StepResult failed = report.firstFailure().orElse(null);
        if (failed != null) {
            throw new CliFailure(
                    ProfileSession.CONNECTION_FAILED,
                    "step \"" + failed.step().displayName() + "\" failed: " + failed.summary()
                            + (failed.fix().isEmpty() ? "" : "; " + failed.fix()));
        }
        out.println("all steps passed");
        out.flush();
        return 0;
    }
}
