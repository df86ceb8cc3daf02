package org.jdarts.core.loop;

/**
 * Follows a run: its steps, and every finished epoch (where a run directory writes its files and
 * checkpoint).
 *
 * @param <E> the record of a finished epoch
 */
public interface EpochListener<E> extends StepListener {

    /**
     * Called after every epoch, once its evaluation is done.
     *
     * @param epoch what the epoch produced
     * @throws Exception to stop the run (for example, a checkpoint that cannot be written)
     */
    void onEpoch(E epoch) throws Exception;
}
