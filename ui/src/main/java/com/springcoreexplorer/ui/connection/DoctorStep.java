package com.springcoreexplorer.ui.connection;

/**
 * One step of "Test connection" (resolve, TCP, TLS, client certificate, CONNECT, subscribe...).
 *
 * @param id          stable key of the step (updates replace the row with the same id)
 * @param title       what is checked, e.g. "TLS handshake"
 * @param status      where it stands
 * @param explanation what was found, one line ("" while running)
 * @param fix         what to do when it failed ("" otherwise)
 */
public record DoctorStep(String id, String title, Status status, String explanation, String fix) {

    public enum Status {
        RUNNING,
        PASSED,
        FAILED,
        SKIPPED,
        WARNING
    }
}
