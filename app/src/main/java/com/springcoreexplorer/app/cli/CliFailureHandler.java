package com.springcoreexplorer.app.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Turns exceptions into one {@code error:} line and an exit code; stack traces go to the log only. */
final class CliFailureHandler implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CliFailureHandler.class);

    @Override
    public int handleExecutionException(
            Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof CliFailure failure) {
            err.println("error: " + failure.getMessage());
            err.flush();
            return failure.exitCode();
        }
        LOG.error("command failed", exception);
        err.println("error: unexpected failure (" + exception.getClass().getSimpleName() + "): "
                + exception.getMessage() + "; details are in the log file");
        err.flush();
        return CliFailure.UNEXPECTED;
    }
}
