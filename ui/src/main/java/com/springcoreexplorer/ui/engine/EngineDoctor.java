package com.springcoreexplorer.ui.engine;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.IdentityEntry;
import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.connection.PasswordSource;
import com.springcoreexplorer.mqtt.doctor.ConnectionDoctor;
import com.springcoreexplorer.mqtt.doctor.DoctorListener;
import com.springcoreexplorer.mqtt.doctor.DoctorReport;
import com.springcoreexplorer.mqtt.doctor.StepResult;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.ui.certificates.CertificateProblem;
import com.springcoreexplorer.ui.connection.DoctorStep;
import com.springcoreexplorer.ui.connection.ProfileForm;
import com.springcoreexplorer.ui.connection.UserFacingException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * "Test connection": checks the profile as typed and the stored certificate, then runs the engine's
 * connection doctor, reporting each step as it starts and ends. Nothing is kept, nothing connects
 * for real.
 */
final class EngineDoctor {

    private static final String CERTIFICATE = "Certificate and trust anchors";

    private final EngineProfiles profiles;
    private final StoreCertificateService certificates;

    EngineDoctor(EngineProfiles profiles, StoreCertificateService certificates) {
        this.profiles = profiles;
        this.certificates = certificates;
    }

    /** Steps arrive live on engine threads; the future says whether every step passed. */
    CompletableFuture<Boolean> test(ProfileForm form, Consumer<DoctorStep> steps) {
        return CompletableFuture.supplyAsync(() -> probe(form, steps)).thenCompose(probe -> {
            if (probe == null) {
                return CompletableFuture.completedFuture(false);
            }
            // the engine's connection doctor: DNS, TCP, TLS, client certificate, CONNECT, subscribe, role
            return ConnectionDoctor.create()
                    .run(probe.profile(), probe.material(), PasswordSource.NONE, new Relay(steps))
                    .thenApply(DoctorReport::passed);
        });
    }

    /** Blocking: the profile and its TLS material, or null after a failed step was reported. */
    private Probe probe(ProfileForm form, Consumer<DoctorStep> steps) {
        ConnectionProfile candidate;
        steps.accept(new DoctorStep("profile", "Profile", DoctorStep.Status.RUNNING, "", ""));
        try {
            candidate = EngineProfiles.toProfile(
                    profiles.withAnchors(form),
                    ConnectionProfile.builder(form.name().isBlank() ? "test" : form.name()));
            steps.accept(new DoctorStep(
                    "profile",
                    "Profile",
                    DoctorStep.Status.PASSED,
                    candidate.host() + ":" + candidate.port() + ", "
                            + candidate.protocol().displayName(),
                    ""));
        } catch (IllegalArgumentException e) {
            steps.accept(new DoctorStep(
                    "profile",
                    "Profile",
                    DoctorStep.Status.FAILED,
                    e.getMessage(),
                    "Correct the field and test again"));
            return null;
        } catch (UserFacingException e) {
            steps.accept(new DoctorStep(
                    "profile",
                    "Profile",
                    DoctorStep.Status.FAILED,
                    e.getMessage(),
                    "Open Certificates... > Trust anchors and add the broker's CA"));
            return null;
        }
        steps.accept(new DoctorStep("certificate", CERTIFICATE, DoctorStep.Status.RUNNING, "", ""));
        try {
            CertificateStore holder = certificates.storeFor(candidate.identity());
            IdentityEntry identity = holder.show(candidate.identity());
            TlsMaterial material = holder.tlsMaterial(candidate.identity(), candidate.trustAnchors());
            steps.accept(new DoctorStep(
                    "certificate",
                    CERTIFICATE,
                    identity.warnings().isEmpty() ? DoctorStep.Status.PASSED : DoctorStep.Status.WARNING,
                    "CN " + material.commonName() + ", role "
                            + material.role().displayName()
                            + (identity.warnings().isEmpty() ? "" : "; " + String.join("; ", identity.warnings())),
                    ""));
            return new Probe(candidate, material);
        } catch (CertStoreException e) {
            steps.accept(new DoctorStep(
                    "certificate",
                    CERTIFICATE,
                    DoctorStep.Status.FAILED,
                    WindowWording.of(e.userMessage()),
                    "Import the certificate and the broker's CA in Certificates..."));
            return null;
        } catch (CertificateProblem e) {
            steps.accept(new DoctorStep(
                    "certificate",
                    CERTIFICATE,
                    DoctorStep.Status.FAILED,
                    e.getMessage(),
                    "Open Certificates... and unlock the store"));
            return null;
        }
    }

    private record Probe(ConnectionProfile profile, TlsMaterial material) {}

    /** The engine doctor's steps in the window's words. */
    private record Relay(Consumer<DoctorStep> steps) implements DoctorListener {

        @Override
        public void stepStarted(com.springcoreexplorer.mqtt.doctor.DoctorStep step) {
            steps.accept(new DoctorStep(step.name(), step.displayName(), DoctorStep.Status.RUNNING, "", ""));
        }

        @Override
        public void stepFinished(StepResult result) {
            DoctorStep.Status status = switch (result.status()) {
                case PASSED -> DoctorStep.Status.PASSED;
                case FAILED -> DoctorStep.Status.FAILED;
                case SKIPPED -> DoctorStep.Status.SKIPPED;
            };
            String explanation = result.details().isEmpty()
                    ? result.summary()
                    : result.summary() + "\n" + String.join("\n", result.details());
            steps.accept(new DoctorStep(
                    result.step().name(), result.step().displayName(), status, explanation, result.fix()));
        }
    }
}
