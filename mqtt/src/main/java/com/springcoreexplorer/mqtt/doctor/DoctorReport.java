package com.springcoreexplorer.mqtt.doctor;

import java.util.List;
import java.util.Optional;

/**
 * The whole run: every step in order (those after a failure are SKIPPED) and what the TLS handshake showed.
 *
 * @param profileName        the profile checked
 * @param steps              one result per {@link DoctorStep}, in order
 * @param serverChain        the chain the broker presented, leaf first (empty if TLS was not reached)
 * @param tlsProtocol        negotiated TLS version, or empty
 * @param cipherSuite        negotiated cipher suite, or empty
 * @param applicationProtocol negotiated ALPN protocol, or empty
 */
public record DoctorReport(
        String profileName,
        List<StepResult> steps,
        List<CertificateSummary> serverChain,
        String tlsProtocol,
        String cipherSuite,
        String applicationProtocol) {

    public DoctorReport {
        steps = List.copyOf(steps);
        serverChain = serverChain == null ? List.of() : List.copyOf(serverChain);
        tlsProtocol = tlsProtocol == null ? "" : tlsProtocol;
        cipherSuite = cipherSuite == null ? "" : cipherSuite;
        applicationProtocol = applicationProtocol == null ? "" : applicationProtocol;
    }

    /** True when no step failed. */
    public boolean passed() {
        return steps.stream().noneMatch(StepResult::failed);
    }

    public Optional<StepResult> firstFailure() {
        return steps.stream().filter(StepResult::failed).findFirst();
    }

    public Optional<StepResult> step(DoctorStep step) {
        return steps.stream().filter(r -> r.step() == step).findFirst();
    }
}
