package org.jdarts.experiments;

import org.jdarts.core.loop.EpochListener;

/**
 * Follows a search or training run: its plan once everything is checked and built, every step,
 * and every finished epoch (after its checkpoint is written).
 *
 * @param <P> the plan: what the run is about to do
 * @param <E> the record of a finished epoch
 */
public interface RunListener<P, E> extends EpochListener<E> {

    /**
     * Called once the run is validated, its directory prepared and its network built, before the
     * first step.
     *
     * @param plan what the run is about to do
     */
    default void onStart(P plan) {}

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
}
