package org.jdarts.core.loop;

/** A loss became NaN or infinite: the run stops, and its last good checkpoint stays. */
public final class DivergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message where and how the loss diverged
     */
    public DivergedException(String message) {
        super(message);
    }
}
