package com.springcoreexplorer.mqtt.doctor;

/** How a step went. */
public enum StepStatus {
    PASSED,
    FAILED,
    /** Not run: an earlier step failed, or the step cannot tell anything with this profile. */
    SKIPPED
}
