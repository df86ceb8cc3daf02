package org.jdarts.cli;

/**
 * A problem with what the user asked for (a flag's value, a file, a folder): printed as one line,
 * exit code 2.
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line naming the flag, file or value and what is valid
     */
    public UsageException(String message) {
        super(message);
    }
}
