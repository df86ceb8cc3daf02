package org.jdarts.core.search;

/** Follows a search: every step (for progress bars) and every finished epoch (for files, checkpoints). */
public interface SearchListener {

    /**
     * Called before the first step of an epoch.
     *
     * @param epoch the epoch, from 0
     * @param steps steps in this epoch
     */
    default void onEpochStart(int epoch, int steps) {}

    /**
     * Called after every bilevel step.
     *
     * @param epoch the epoch, from 0
     * @param step the step within the epoch, from 1
     * @param steps steps in this epoch
     * @param result the step's training loss and accuracy
     */
    default void onStep(int epoch, int step, int steps, StepResult result) {}

    /**
     * Called after every epoch, once validation is done.
     *
     * @param result the epoch's metrics, α and genotype
     * @throws Exception to stop the search (for example, a checkpoint that cannot be written)
     */
    default void onEpoch(EpochResult result) throws Exception {}
}
