package org.jdarts.data;

import java.io.IOException;

/** A data folder or file that is missing, truncated or corrupt; the message names the file. */
public final class DataFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean incomplete;

    /**
     * Creates the exception.
     *
     * @param message one line naming the file (and record) and what is wrong
     */
    public DataFormatException(String message) {
        this(message, false);
    }

    /**
     * Creates the exception.
     *
     * @param message one line naming the file (and record) and what is wrong
     * @param incomplete whether the folder is intact but holds less than the whole data set:
     *     reading it as partial data would succeed
     */
    public DataFormatException(String message, boolean incomplete) {
        super(message);
        this.incomplete = incomplete;
    }

    /** Returns whether the folder holds less than the whole data set and would be read as partial data. */
    public boolean incomplete() {
        return incomplete;
    }
}
