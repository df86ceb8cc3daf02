package org.jdarts.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.jdarts.core.io.CorruptFileException;
import org.jdarts.core.loop.DivergedException;
import org.jdarts.core.run.RunLockedException;
import org.jdarts.data.DataFormatException;
import org.jdarts.experiments.RunDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints business errors as one line instead of a stack trace, in the command line's words (the
 * library names configuration fields and run directories; this names the flags). Bad input (a
 * usage error, an invalid value, a missing, unreadable or damaged input file) exits with 2;
 * anything else, such as a disk that fills up or a diverging loss, with 1. Set
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
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + FlagWords.of(cause, cmd.getCommandSpec()));
        cmd.getErr().flush();
        return isUsage(cause) ? USAGE : FAILURE;
    }

    private static boolean isUsage(Throwable e) {
        if (e instanceof DivergedException) {
            return false;
        }
        return e instanceof UsageException || e instanceof IllegalArgumentException
                || e instanceof CorruptFileException || e instanceof DataFormatException
                || e instanceof NoSuchFileException || e instanceof AccessDeniedException
                || e instanceof RunDirectoryException || e instanceof RunLockedException;
    }

    /** Returns the first line of an exception's message (its class name if it has none). */
    static String firstLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        if (e instanceof NoSuchFileException) {
            m = m + ": no such file";
        } else if (e instanceof AccessDeniedException) {
            m = m + ": permission denied";
        } else if (e instanceof IOException && !(e instanceof CorruptFileException)
                && !(e instanceof DataFormatException) && e.getClass() != IOException.class) {
            m = e.getClass().getSimpleName() + ": " + m;
        }
        return m.lines().findFirst().orElse(m);
    }
}
