package org.jdarts.core.search;

import org.jdarts.core.optim.CosineSchedule;
import org.jdarts.space.ConfigException;

/**
 * The optimisation settings of a search; {@link #reference} gives the values of quark0/darts.
 *
 * @param lr initial weight learning rate (0.025)
 * @param lrMin the cosine schedule's floor (0.001)
 * @param momentum SGD momentum (0.9)
 * @param weightDecay SGD weight decay (3e-4)
 * @param gradClip global L2-norm clipping of weight gradients (5)
 * @param archLr Adam learning rate for α (3e-4)
 * @param archBeta1 Adam β1 (0.5)
 * @param archBeta2 Adam β2 (0.999)
 * @param archWeightDecay Adam weight decay for α (1e-3)
 * @param order first- or second-order architecture gradient
 */
public record SearchHyperparameters(
        double lr, double lrMin, double momentum, double weightDecay, double gradClip,
        double archLr, double archBeta1, double archBeta2, double archWeightDecay, SearchOrder order) {

    /** Validates the values. */
    public SearchHyperparameters {
        positive("lr", lr);
        if (lrMin < 0 || lrMin > lr) {
            throw new ConfigException("lrMin", "must be in [0, lr], got " + lrMin);
        }
        if (momentum < 0 || momentum >= 1) {
            throw new ConfigException("momentum", "must be in [0, 1), got " + momentum);
        }
        nonNegative("weightDecay", weightDecay);
        positive("gradClip", gradClip);
        positive("archLr", archLr);
        if (archBeta1 < 0 || archBeta1 >= 1 || archBeta2 < 0 || archBeta2 >= 1) {
            throw new ConfigException(archBeta1 < 0 || archBeta1 >= 1 ? "archBeta1" : "archBeta2", "must be in [0, 1), got "
                    + archBeta1 + ", " + archBeta2);
        }
        nonNegative("archWeightDecay", archWeightDecay);
        if (order == null) {
            throw new ConfigException("order", "must be first or second");
        }
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new ConfigException(name, "must be a positive number, got " + v);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new ConfigException(name, "must be a non-negative number, got " + v);
        }
    }

    /**
     * Returns the weights' learning-rate schedule: cosine from lr to lrMin over the search.
     *
     * @param epochs the search's epochs
     * @return the per-epoch learning rate
     */
    public CosineSchedule schedule(int epochs) {
        return new CosineSchedule(lr, lrMin, epochs);
    }

    /** Returns the reference hyperparameters with the given order. */
    public static SearchHyperparameters reference(SearchOrder order) {
        return new SearchHyperparameters(0.025, 0.001, 0.9, 3e-4, 5, 3e-4, 0.5, 0.999, 1e-3, order);
    }
}
