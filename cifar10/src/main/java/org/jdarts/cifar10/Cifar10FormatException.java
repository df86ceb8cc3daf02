package org.jdarts.cifar10;

import java.io.IOException;

/** A CIFAR-10 folder or file that is missing, truncated or corrupt; the message names the file. */
public final class Cifar10FormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line naming the file (and record) and what is wrong
     */
    public Cifar10FormatException(String message) {
        super(message);
    }
}
