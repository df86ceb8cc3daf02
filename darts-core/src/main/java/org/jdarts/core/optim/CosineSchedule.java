package org.jdarts.core.optim;

import org.jdarts.space.ConfigException;

/**
 * Cosine annealing per epoch ({@code CosineAnnealingLR(T_max=epochs, eta_min)} stepped once per
 * epoch): lr(e) = min + (max − min)(1 + cos(π·e/epochs))/2 for e = 0 … epochs−1.
 *
 * @param max learning rate of epoch 0
 * @param min learning rate approached at the end
 * @param epochs the annealing period
 */
public record CosineSchedule(double max, double min, int epochs) {

    /** Validates the values. */
    public CosineSchedule {
        if (!(max > 0) || min < 0 || min > max) {
            throw new IllegalArgumentException("need 0 <= min <= max and max > 0, got max " + max + ", min " + min);
        }
        if (epochs < 1) {
            throw new ConfigException("epochs", "must be at least 1, got " + epochs);
        }
    }

    /** Returns the learning rate of epoch {@code epoch} (from 0). */
    public double at(int epoch) {
        return min + (max - min) * (1 + Math.cos(Math.PI * epoch / epochs)) / 2;
    }
}
