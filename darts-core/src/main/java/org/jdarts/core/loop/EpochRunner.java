package org.jdarts.core.loop;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import org.jdarts.core.optim.CosineSchedule;

/**
 * Runs a range of epochs, handing each finished one to a listener. Every epoch is reproducible
 * from its number (data order, augmentation and random draws derive from the seed and the epoch),
 * so a run can stop after any step, keep its {@link EpochPosition}, and resume there.
 *
 * @param <E> the record of a finished epoch
 */
public abstract class EpochRunner<E> {

    private final CosineSchedule schedule;

    /**
     * Creates the runner.
     *
     * @param schedule the learning rate of each epoch; its period is the run's epochs
     */
    protected EpochRunner(CosineSchedule schedule) {
        this.schedule = schedule;
    }

    /** Returns the epochs of the whole run. */
    public int epochs() {
        return schedule.epochs();
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
        for (int epoch = start.epoch(); epoch < Math.min(until, epochs()); epoch++) {
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
    private EpochOutcome<E> runEpoch(EpochPosition start, StepListener listener, BooleanSupplier stop)
            throws Exception {
        long begin = System.nanoTime();
        int epoch = start.epoch();
        double lr = schedule.at(epoch);
        EpochSteps steps = steps(epoch, lr);
        EpochPosition end = EpochLoop.run(lr, steps, start, listener, stop);
        if (end.step() < steps.count()) {
            return EpochOutcome.stopped(end);
        }
        return EpochOutcome.finished(finish(epoch, lr, end.sum().mean(),
                () -> start.seconds() + (System.nanoTime() - begin) / 1e9));
    }

    /**
     * Returns the steps of an epoch.
     *
     * @param epoch the epoch, from 0
     * @param lr its learning rate
     * @return its steps, each on the next batch of its data
     * @throws Exception if the data cannot be read
     */
    protected abstract EpochSteps steps(int epoch, double lr) throws Exception;

    /**
     * Ends an epoch whose steps are all done: its evaluation and record.
     *
     * @param epoch the epoch, from 0
     * @param lr its learning rate
     * @param train the mean loss and accuracy of its steps
     * @param seconds the epoch's wall time so far (read it last)
     * @return the epoch's record
     * @throws Exception if the data cannot be read or the loss diverges
     */
    protected abstract E finish(int epoch, double lr, Metrics train, DoubleSupplier seconds) throws Exception;
}
