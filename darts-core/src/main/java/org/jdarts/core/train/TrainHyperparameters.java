package org.jdarts.core.train;

import org.jdarts.core.optim.CosineSchedule;
import org.jdarts.space.ConfigException;

/**
 * Settings of training an evaluation network; {@link #reference} gives quark0/darts {@code train.py}'s.
 *
 * @param lr initial learning rate (0.025)
 * @param lrMin the cosine schedule's floor (0)
 * @param momentum SGD momentum (0.9)
 * @param weightDecay SGD weight decay (3e-4)
 * @param gradClip global gradient-norm bound (5)
 * @param auxWeight weight of the auxiliary head's loss (0.4; 0 without the head)
 * @param dropPath final drop-path probability, reached linearly over the epochs (0.2)
 */
public record TrainHyperparameters(
        double lr, double lrMin, double momentum, double weightDecay, double gradClip, double auxWeight,
        double dropPath) {

    /** Validates the values. */
    public TrainHyperparameters {
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new ConfigException("lr", "must be a positive number, got " + lr);
        }
        if (lrMin < 0 || lrMin > lr) {
            throw new ConfigException("lrMin", "must be in [0, lr], got " + lrMin);
        }
        if (momentum < 0 || momentum >= 1) {
            throw new ConfigException("momentum", "must be in [0, 1), got " + momentum);
        }
        if (!(weightDecay >= 0)) {
            throw new ConfigException("weightDecay", "must be at least 0, got " + weightDecay);
        }
        if (!(gradClip > 0)) {
            throw new ConfigException("gradClip", "must be positive, got " + gradClip);
        }
        if (!(auxWeight >= 0)) {
            throw new ConfigException("auxWeight", "must be at least 0, got " + auxWeight);
        }
        if (!(dropPath >= 0 && dropPath < 1)) {
            throw new ConfigException("dropPath", "must be in [0, 1), got " + dropPath);
        }
    }

    /**
     * Returns the learning-rate schedule: cosine from lr to lrMin over the run.
     *
     * @param epochs the run's epochs
     * @return the per-epoch learning rate
     */
    public CosineSchedule schedule(int epochs) {
        return new CosineSchedule(lr, lrMin, epochs);
    }

    /** Returns the reference hyperparameters. */
    public static TrainHyperparameters reference() {
        return new TrainHyperparameters(0.025, 0, 0.9, 3e-4, 5, 0.4, 0.2);
    }

    /** Returns the drop-path probability of epoch {@code epoch} of {@code epochs}: dropPath·epoch/epochs. */
    public double dropPathAt(int epoch, int epochs) {
        return dropPath * epoch / epochs;
    }
}
