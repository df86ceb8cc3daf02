package org.jdarts.core.loop;

import java.util.Locale;

/** Runs the steps of an epoch: divergence checks, running metrics, a listener told every step. */
public final class EpochLoop {

    private EpochLoop() {}

    /**
     * Runs every step of an epoch.
     *
     * @param epoch the epoch, from 0 (for messages and the listener)
     * @param lr the epoch's learning rate (for the divergence message)
     * @param steps the epoch's steps
     * @param listener told when the epoch starts and after every step
     * @return the sums over the epoch's steps
     * @throws DivergedException if a step's loss is NaN or infinite
     * @throws Exception if the data cannot be read
     */
    public static MetricsSum run(int epoch, double lr, EpochSteps steps, StepListener listener) throws Exception {
        int count = steps.count();
        listener.onEpochStart(epoch, count);
        MetricsSum sum = MetricsSum.ZERO;
        for (int step = 1; step <= count; step++) {
            StepResult result = steps.next();
            if (!Double.isFinite(result.loss())) {
                throw new DivergedException(String.format(Locale.ROOT, "loss became %s at epoch %d, step %d (lr %s)",
                        result.loss(), epoch + 1, step, lr));
            }
            sum = sum.plus(result);
            listener.onStep(epoch, step, count, result);
        }
        return sum;
    }
}
