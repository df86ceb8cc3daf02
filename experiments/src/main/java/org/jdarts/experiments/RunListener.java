package org.jdarts.experiments;

import org.jdarts.core.loop.EpochListener;
import org.jdarts.core.loop.StepResult;

/**
 * Follows a search or training run: its plan once everything is checked and built, every step,
 * and every finished epoch (after its checkpoint is written).
 *
 * @param <E> the record of a finished epoch
 */
public interface RunListener<E> extends EpochListener<E> {

    /**
     * Called once the run is validated, its directory prepared and its network built, before the
     * first step.
     *
     * @param plan what the run is about to do
     */
    default void onStart(RunPlan plan) {}

    @Override
    default void onEpoch(E epoch) throws Exception {}

    /**
     * Asked before every step: a run stops after the current step, with a checkpoint, once this
     * says so (the command line says so on SIGTERM or SIGINT).
     *
     * @return whether to stop
     */
    default boolean stopRequested() {
        return false;
    }

    /**
     * Called with something worth knowing that does not stop the run (for example a stale lock
     * taken over).
     *
     * @param message one line
     */
    default void onWarning(String message) {}

    /**
     * Called with what a run is doing while it prepares, before its plan (for example measuring
     * the latencies a cost term needs).
     *
     * @param message one line
     */
    default void onNote(String message) {}

    /**
     * Called once the run returns (not when it fails), with how it ended.
     *
     * @param status how it ended
     */
    default void onEnd(RunStatus status) {}

    /**
     * Returns a listener that tells both listeners everything, {@code first} first; a stop is
     * requested when either requests it.
     *
     * @param first a listener
     * @param second another
     * @param <E> the epoch record
     * @return the pair
     */
    static <E> RunListener<E> both(RunListener<E> first, RunListener<E> second) {
        return new RunListener<>() {
            @Override
            public void onStart(RunPlan plan) {
                first.onStart(plan);
                second.onStart(plan);
            }

            @Override
            public void onEpochStart(int epoch, int steps) {
                first.onEpochStart(epoch, steps);
                second.onEpochStart(epoch, steps);
            }

            @Override
            public void onStep(int epoch, int step, int steps, StepResult result) {
                first.onStep(epoch, step, steps, result);
                second.onStep(epoch, step, steps, result);
            }

            @Override
            public void onEpoch(E epoch) throws Exception {
                first.onEpoch(epoch);
                second.onEpoch(epoch);
            }

            @Override
            public boolean stopRequested() {
                return first.stopRequested() || second.stopRequested();
            }

            @Override
            public void onWarning(String message) {
                first.onWarning(message);
                second.onWarning(message);
            }

            @Override
            public void onNote(String message) {
                first.onNote(message);
                second.onNote(message);
            }

            @Override
            public void onEnd(RunStatus status) {
                first.onEnd(status);
                second.onEnd(status);
            }
        };
    }
}
