package org.jdarts.core.loop;

/**
 * Running sums of the steps of an epoch, from which its mean loss and accuracy follow.
 *
 * @param lossSum the sum over images of the loss (each step's mean loss times its batch size)
 * @param correct images classified correctly
 * @param images images seen
 */
public record MetricsSum(double lossSum, long correct, long images) {

    /** The sums of no step. */
    public static final MetricsSum ZERO = new MetricsSum(0, 0, 0);

    /** Returns these sums with one more step. */
    public MetricsSum plus(StepResult step) {
        return new MetricsSum(lossSum + step.loss() * step.size(), correct + step.correct(), images + step.size());
    }

    /** Returns the mean loss and the accuracy. */
    public Metrics mean() {
        return new Metrics(lossSum / images, (double) correct / images);
    }
}
