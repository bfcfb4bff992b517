package com.springcoreexplorer.app.cli;

/**
 * A failure meant for the user: one line that says what is wrong and what to do, and the exit code.
 * Commands throw it; {@link CliFailureHandler} prints {@code error: <message>} on stderr.
 */
public final class CliFailure extends RuntimeException {

    public static final int UNEXPECTED = 1;
    public static final int BAD_INPUT = 2;

    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public static CliFailure badInput(String message) {
        return new CliFailure(BAD_INPUT, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
