package org.jdarts.core.loop;

/** The steps of one epoch, each on the next batch (or batches) of the epoch's data. */
public interface EpochSteps {

    /** Returns the number of steps of the epoch. */
    int count();

    /**
     * Runs the next step.
     *
     * @return its training loss and accuracy
     * @throws Exception if the data cannot be read
     */
    StepResult next() throws Exception;
}
