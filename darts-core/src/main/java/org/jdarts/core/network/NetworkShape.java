package org.jdarts.core.network;

/**
 * The shape of a DARTS cell network (supernet or evaluation network): C channels in the first
 * cells, doubled at each of the two reduction cells, which stand at L/3 and 2L/3.
 *
 * @param channels C of the first cells (DARTS: 16 to search, 36 to evaluate)
 * @param layers L cells (DARTS: 8 to search, 20 to evaluate)
 * @param classes output classes
 */
public record NetworkShape(int channels, int layers, int classes) {

    /** Validates the values. */
    public NetworkShape {
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

    /** Returns the cell after which the evaluation network's auxiliary head reads (2L/3). */
    public int auxiliaryCell() {
        return 2 * layers / 3;
    }
}
