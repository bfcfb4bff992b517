package com.springcoreexplorer.mqtt.doctor;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one step, in plain words.
 *
 * @param step     which step
 * @param status   passed, failed or skipped
 * @param summary  one line: what happened
 * @param details  more lines (server chain, per-filter results, notes); may be empty
 * @param fix      what to do about a failure (empty when passed)
 * @param took     how long the step took
 */
public record StepResult(
        DoctorStep step, StepStatus status, String summary, List<String> details, String fix, Duration took) {

    public StepResult {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        details = details == null ? List.of() : List.copyOf(details);
        fix = fix == null ? "" : fix;
        took = took == null ? Duration.ZERO : took;
    }

    public boolean failed() {
        return status == StepStatus.FAILED;
    }

    static StepResult skipped(DoctorStep step, String why) {
        return new StepResult(step, StepStatus.SKIPPED, why, List.of(), "", Duration.ZERO);
    }
}
