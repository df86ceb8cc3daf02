package org.jdarts.core.network;

import org.jdarts.space.ConfigException;

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
        check(channels, layers);
        if (classes < 2) {
            throw new ConfigException("classes", "must be at least 2, got " + classes);
        }
    }

    /**
     * Checks the channels and cells of a network whose classes are not known yet (they come with
     * the data).
     *
     * @param channels C
     * @param layers L
     * @throws ConfigException naming the field at fault
     */
    public static void check(int channels, int layers) {
        if (channels < 2 || channels % 2 != 0) {
            throw new ConfigException("channels", "must be even and at least 2, got " + channels);
        }
        if (layers < 3) {
            throw new ConfigException("layers", "must be at least 3 (two of them reduction cells), got " + layers);
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
