package org.jdarts.core.eval;

/**
 * The shape of an evaluation network.
 *
 * @param channels C of the first cells (DARTS CIFAR-10: 36)
 * @param layers L cells (DARTS: 20); reduction cells at L/3 and 2L/3
 * @param classes output classes
 * @param auxiliary whether to attach the auxiliary head after cell 2L/3 (training only)
 */
public record EvalNetworkConfig(int channels, int layers, int classes, boolean auxiliary) {

    /** Validates the values. */
    public EvalNetworkConfig {
        if (channels < 2 || channels % 2 != 0) {
            throw new IllegalArgumentException("channels must be even and at least 2, got " + channels);
        }
        if (layers < 3) {
            throw new IllegalArgumentException("layers must be at least 3, got " + layers);
        }
        if (classes < 2) {
            throw new IllegalArgumentException("classes must be at least 2, got " + classes);
        }
    }

    /** Returns whether cell {@code i} is a reduction cell. */
    public boolean isReduction(int i) {
        return i == layers / 3 || i == 2 * layers / 3;
    }
}
