package org.jdarts.experiments;

/** How a call to run or resume a run ended. */
public enum RunStatus {
    /** Every epoch ran; the run directory holds its final files. */
    FINISHED,
    /** Stopped after the requested number of epochs; resume continues it. */
    STOPPED,
    /** The run had already finished: nothing was run or changed. */
    ALREADY_FINISHED,
    /**
     * Stopped on request (a signal) after a step; its checkpoint holds the steps done, and resume
     * continues from the next one.
     */
    INTERRUPTED
}
