package com.springcoreexplorer.mqtt.doctor;

/** Follows a doctor run live (e.g. to tick steps in a dialog); called on the doctor's thread, in order. */
public interface DoctorListener {

    DoctorListener NONE = new DoctorListener() {};

    default void stepStarted(DoctorStep step) {}

    default void stepFinished(StepResult result) {}
}
