package org.jdarts.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that jdarts wrote is not what it wrote: truncated, altered, or of another kind. Bad
 * input, not a failure of the run: the command line reports it with exit code 2.
 */
public final class CorruptFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param file the file
     * @param problem what is wrong with it
     */
    public CorruptFileException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
