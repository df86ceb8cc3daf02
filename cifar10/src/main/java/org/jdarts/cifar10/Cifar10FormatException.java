package org.jdarts.cifar10;

import java.io.IOException;

/** A CIFAR-10 folder or file that is missing, truncated or corrupt; the message names the file. */
public final class Cifar10FormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean incomplete;

    /**
     * Creates the exception.
     *
     * @param message one line naming the file (and record) and what is wrong
     */
    public Cifar10FormatException(String message) {
        this(message, false);
    }

    /**
     * Creates the exception.
     *
     * @param message one line naming the file (and record) and what is wrong
     * @param incomplete whether the folder is intact but holds less than CIFAR-10: reading it as
     *     partial data would succeed
     */
    public Cifar10FormatException(String message, boolean incomplete) {
        super(message);
        this.incomplete = incomplete;
    }

    /** Returns whether the folder holds less than CIFAR-10 and would be read as partial data. */
    public boolean incomplete() {
        return incomplete;
    }
}
