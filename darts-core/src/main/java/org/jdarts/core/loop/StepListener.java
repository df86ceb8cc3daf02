package org.jdarts.core.loop;

/** Follows the steps of a run's epochs (progress displays). */
public interface StepListener {

    /**
     * Called before the first step of an epoch.
     *
     * @param epoch the epoch, from 0
     * @param steps steps in this epoch
     */
    default void onEpochStart(int epoch, int steps) {}

    /**
     * Called after every step.
     *
     * @param epoch the epoch, from 0
     * @param step the step within the epoch, from 1
     * @param steps steps in this epoch
     * @param result the step's training loss and accuracy
     */
    default void onStep(int epoch, int step, int steps, StepResult result) {}
}
