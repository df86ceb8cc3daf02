package org.jdarts.experiments;

import java.nio.file.Path;

/** A run directory that cannot be used as asked: bad input, which the command line words with its flags. */
public final class RunDirectoryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the directory. */
    public enum Reason {
        /** A new run's directory exists and is not empty. */
        EXISTS,
        /** Replacing was asked for, but the directory is not a jdarts run directory. */
        NOT_A_RUN,
        /** The path is a file. */
        IS_A_FILE,
        /** A run to resume has no configuration (or one of the other kind of run). */
        NO_CONFIG,
        /** A run to resume stopped before its first checkpoint. */
        NO_CHECKPOINT
    }

    private final transient Path dir;
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param dir the run directory
     * @param reason what is wrong
     * @param message one line saying it without naming any flag
     */
    public RunDirectoryException(Path dir, Reason reason, String message) {
        super(message);
        this.dir = dir;
        this.reason = reason;
    }

    /** Returns the run directory. */
    public Path dir() {
        return dir;
    }

    /** Returns what is wrong. */
    public Reason reason() {
        return reason;
    }
}
