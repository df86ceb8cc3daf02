package org.jdarts.core.loop;

/**
 * Runs a range of epochs, handing each finished one to a listener. Every epoch is reproducible
 * from its number (data order, augmentation and random draws derive from the seed and the epoch),
 * so a run can stop after any epoch and resume there.
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
        for (int epoch = from; epoch < Math.min(until, epochs); epoch++) {
            listener.onEpoch(runEpoch(epoch, listener));
        }
    }

    /**
     * Runs one epoch: its steps, then its evaluation.
     *
     * @param epoch the epoch, from 0
     * @param listener told about the steps
     * @return what the epoch produced
     * @throws Exception if the data cannot be read or the loss diverges
     */
    protected abstract E runEpoch(int epoch, StepListener listener) throws Exception;
}
