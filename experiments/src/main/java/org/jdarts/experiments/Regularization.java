package org.jdarts.experiments;

import org.jdarts.space.ConfigException;

/**
 * The regularisation of a training run: cutout, drop-path and the auxiliary head.
 *
 * @param cutout cutout side, 0 for none
 * @param dropPath final drop-path probability
 * @param auxWeight auxiliary loss weight, 0 for no auxiliary head
 */
public record Regularization(int cutout, double dropPath, double auxWeight) {

    /** Validates the cutout; the probability and weight are checked with the optimiser's settings. */
    public Regularization {
        ConfigException.require(cutout >= 0, "cutout", "must be 0 (none) or a positive side, got " + cutout);
    }

    /** Returns whether the network has the auxiliary head (a positive auxiliary weight). */
    public boolean auxiliaryHead() {
        return auxWeight > 0;
    }
}
