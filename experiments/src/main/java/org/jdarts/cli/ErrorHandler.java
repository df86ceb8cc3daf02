package org.jdarts.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints business errors as one line instead of a stack trace. Bad input (a usage error, an
 * invalid value, an unreadable or corrupt file) exits with 2; anything else with 1. Set
 * {@code JDARTS_DEBUG=1} to see the stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    /** Exit status for bad input. */
    static final int USAGE = 2;
    /** Exit status for a failure that is not the user's input. */
    static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        if (System.getenv("JDARTS_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        }
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + message(e));
        cmd.getErr().flush();
        return isUsage(e) ? USAGE : FAILURE;
    }

    private static boolean isUsage(Throwable e) {
        return e instanceof UsageException || e instanceof IllegalArgumentException
                || e instanceof IOException || e instanceof UncheckedIOException;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            m = m + ": no such file";
        }
        return m.lines().findFirst().orElse(m);
    }
}
