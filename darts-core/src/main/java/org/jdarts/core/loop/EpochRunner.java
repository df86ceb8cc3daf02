package org.jdarts.core.loop;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Runs a range of epochs, handing each finished one to a listener. Every epoch is reproducible
 * from its number (data order, augmentation and random draws derive from the seed and the epoch),
 * so a run can stop after any step, keep its {@link EpochPosition}, and resume there.
 *
 * @param <E> the record of a finished epoch
 */
public abstract class EpochRunner<E> {

    private final int epochs;

    /**
     * Creates the runner.
     *
     * @param epochs the epochs of the whole run (what the learning-rate schedule spans)
     */
    protected EpochRunner(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        this.epochs = epochs;
    }

    /** Returns the epochs of the whole run. */
    public int epochs() {
        return epochs;
    }

    /**
     * Runs epochs {@code from} … {@code until−1} (at most to the end of the run).
     *
     * @param from the first epoch to run (0, or the epoch after the last checkpoint)
     * @param until the epoch to stop before
     * @param listener told every step and epoch
     * @throws DivergedException if a loss becomes NaN or infinite
     * @throws Exception if the data cannot be read or the listener fails
     */
    public void run(int from, int until, EpochListener<E> listener) throws Exception {
        run(EpochPosition.start(from), until, listener, () -> false);
    }

    /**
     * Runs from a position (the start of an epoch, or the middle of one where a stopped run left
     * it) to the start of epoch {@code until}, unless a stop is requested first.
     *
     * @param start where to start
     * @param until the epoch to stop before
     * @param listener told every step and epoch
     * @param stop asked before every step
     * @return where the run stopped on request, or empty if it reached {@code until}
     * @throws DivergedException if a loss becomes NaN or infinite
     * @throws Exception if the data cannot be read or the listener fails
     */
    public Optional<EpochPosition> run(EpochPosition start, int until, EpochListener<E> listener, BooleanSupplier stop)
            throws Exception {
        for (int epoch = start.epoch(); epoch < Math.min(until, epochs); epoch++) {
            EpochPosition from = epoch == start.epoch() ? start : EpochPosition.start(epoch);
            if (stop.getAsBoolean()) {
                return Optional.of(from);
            }
            EpochOutcome<E> outcome = runEpoch(from, listener, stop);
            if (outcome.stoppedAt() != null) {
                return Optional.of(outcome.stoppedAt());
            }
            listener.onEpoch(outcome.done());
        }
        return Optional.empty();
    }

    /**
     * Runs one epoch from a position: its remaining steps, then its evaluation.
     *
     * @param start the epoch and the steps already done in it
     * @param listener told about the steps
     * @param stop asked before every step
     * @return the epoch's record, or where it stopped
     * @throws Exception if the data cannot be read or the loss diverges
     */
    protected abstract EpochOutcome<E> runEpoch(EpochPosition start, StepListener listener, BooleanSupplier stop)
            throws Exception;
}
