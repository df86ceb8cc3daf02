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

    /**
     * Passes over the next step without running it (a resumed run skips the steps it had done),
     * consuming what the step would have consumed.
     *
     * @throws Exception if the data cannot be read
     */
    void skip() throws Exception;
}
