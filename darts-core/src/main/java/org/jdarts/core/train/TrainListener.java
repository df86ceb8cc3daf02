package org.jdarts.core.train;

import org.jdarts.core.search.StepResult;

/** Follows a training run: steps (progress) and finished epochs (files, checkpoints). */
public interface TrainListener {

    /** Called before an epoch's first step. */
    default void onEpochStart(int epoch, int steps) {}

    /** Called after every step. */
    default void onStep(int epoch, int step, int steps, StepResult result) {}

    /**
     * Called after every epoch, once the test set is evaluated.
     *
     * @param result the epoch's metrics
     * @throws Exception to stop the run
     */
    default void onEpoch(TrainEpoch result) throws Exception {}
}
