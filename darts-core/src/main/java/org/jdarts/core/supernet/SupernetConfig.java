package org.jdarts.core.supernet;

/**
 * The shape of a DARTS supernet.
 *
 * @param channels C of the first cells (doubled at each reduction)
 * @param layers L cells; reduction cells at L/3 and 2L/3
 * @param classes output classes
 */
public record SupernetConfig(int channels, int layers, int classes) {

    /** Validates the values. */
    public SupernetConfig {
        if (channels < 2 || channels % 2 != 0) {
            throw new IllegalArgumentException("channels must be even and at least 2, got " + channels);
        }
        if (layers < 3) {
            throw new IllegalArgumentException("layers must be at least 3 (two of them reduction cells), got " + layers);
        }
        if (classes < 2) {
            throw new IllegalArgumentException("classes must be at least 2, got " + classes);
        }
    }

    /** Returns whether cell {@code i} is a reduction cell (i = L/3 or 2L/3). */
    public boolean isReduction(int i) {
        return i == layers / 3 || i == 2 * layers / 3;
    }
}
