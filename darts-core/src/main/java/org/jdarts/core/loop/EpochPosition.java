package org.jdarts.core.loop;

/**
 * Where a run stands inside an epoch: the steps done and their running sums. A run stopped in the
 * middle of an epoch keeps this in its checkpoint and resumes from it: the epoch's batches and
 * random draws derive from the seed and the epoch, so skipping the steps done reproduces the rest.
 *
 * @param epoch the epoch, from 0
 * @param step steps done in it
 * @param sum the sums of those steps
 * @param seconds wall time spent on them
 */
public record EpochPosition(int epoch, int step, MetricsSum sum, double seconds) {

    /** Returns the start of an epoch. */
    public static EpochPosition start(int epoch) {
        return new EpochPosition(epoch, 0, MetricsSum.ZERO, 0);
    }
}
