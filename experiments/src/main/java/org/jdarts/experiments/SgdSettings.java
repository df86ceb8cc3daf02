package org.jdarts.experiments;

/**
 * The SGD settings of the weights, as a preset proposes them.
 *
 * @param lr initial learning rate
 * @param lrMin the cosine schedule's floor
 * @param momentum momentum
 * @param weightDecay weight decay
 * @param gradClip global gradient-norm bound
 */
public record SgdSettings(double lr, double lrMin, double momentum, double weightDecay, double gradClip) {

    /** The DARTS search's settings (quark0/darts {@code train_search.py}). */
    public static final SgdSettings SEARCH = new SgdSettings(0.025, 0.001, 0.9, 3e-4, 5);

    /** Returns the settings of DARTS' {@code train.py} with the given initial learning rate. */
    public static SgdSettings training(double lr) {
        return new SgdSettings(lr, 0, 0.9, 3e-4, 5);
    }
}
