package org.jdarts.core.loop;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Runs the steps of an epoch: divergence checks, running metrics, a listener told every step, and
 * a stop request honoured between steps.
 */
public final class EpochLoop {

    private EpochLoop() {}

    /**
     * Runs the steps of an epoch from a position (skipping the steps done before it).
     *
     * @param lr the epoch's learning rate (for the divergence message)
     * @param steps the epoch's steps
     * @param start where to start: the epoch's start, or where a stopped run left it
     * @param listener told when the epoch starts and after every step
     * @param stop asked before every step; when it says so the loop returns early
     * @return the position reached: every step done, or fewer if a stop was requested
     * @throws DivergedException if a step's loss is NaN or infinite
     * @throws Exception if the data cannot be read
     */
    public static EpochPosition run(double lr, EpochSteps steps, EpochPosition start, StepListener listener,
            BooleanSupplier stop) throws Exception {
        int epoch = start.epoch();
        int count = steps.count();
        for (int skipped = 0; skipped < start.step(); skipped++) {
            steps.skip();
        }
        listener.onEpochStart(epoch, count);
        long begin = System.nanoTime();
        MetricsSum sum = start.sum();
        int step = start.step();
        while (step < count && !stop.getAsBoolean()) {
            StepResult result = steps.next();
            step++;
            if (!Double.isFinite(result.loss())) {
                throw new DivergedException(String.format(Locale.ROOT, "loss became %s at epoch %d, step %d (lr %s)",
                        result.loss(), epoch + 1, step, lr));
            }
            sum = sum.plus(result);
            listener.onStep(epoch, step, count, result);
        }
        return new EpochPosition(epoch, step, sum, start.seconds() + (System.nanoTime() - begin) / 1e9);
    }
}
