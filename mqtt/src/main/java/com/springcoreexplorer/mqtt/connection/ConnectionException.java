package com.springcoreexplorer.mqtt.connection;

/** Completes a connection future exceptionally; {@link #problem()} tells the user what happened and what to do. */
public final class ConnectionException extends RuntimeException {

    private final ConnectionProblem problem;

    public ConnectionException(ConnectionProblem problem, Throwable cause) {
        super(problem.describe(), cause);
        this.problem = problem;
    }

    public ConnectionProblem problem() {
        return problem;
    }

    /** The problem inside {@code failure} (unwrapping CompletionException), classified if it is not ours. */
    public static ConnectionProblem problemOf(Throwable failure) {
        Throwable current = failure;
        while (current != null) {
            if (current instanceof ConnectionException connection) {
                return connection.problem();
            }
            current = current.getCause();
        }
        return ConnectionFailures.classify(failure);
    }
}
