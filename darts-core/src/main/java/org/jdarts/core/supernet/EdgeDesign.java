package org.jdarts.core.supernet;

import org.jdarts.space.ConfigException;

/**
 * How a method builds the supernet's mixed edges (fixed for a search; the parameters depend on it).
 *
 * @param partialChannels K of PC-DARTS: 1/K of a node's channels go through the mixed operations,
 *     the rest bypass them (max-pooled at stride 2) and the result is channel-shuffled; 1 = all
 *     channels, as in DARTS
 * @param edgeNormalisation whether every node weights its input edges by softmax(β) over them
 *     (β: one architecture parameter per edge and cell type, learned with α)
 * @param auxiliarySkip whether every edge adds an auxiliary skip connection (identity, or a
 *     FactorizedReduce at stride 2) scaled by a weight the method sets per epoch (DARTS-)
 * @param minHiddenWidth the least hidden width of operations with a hidden layer (inverted
 *     residual, sandglass) on the edges; 1 = no floor
 */
public record EdgeDesign(int partialChannels, boolean edgeNormalisation, boolean auxiliarySkip, int minHiddenWidth) {

    /** DARTS' edges: every channel, no edge weights, no auxiliary skip. */
    public static final EdgeDesign PLAIN = new EdgeDesign(1, false, false, 1);

    /** Validates the values. */
    public EdgeDesign {
        if (partialChannels < 1) {
            throw new ConfigException("partialChannels", "must be at least 1, got " + partialChannels);
        }
        if (minHiddenWidth < 1) {
            throw new ConfigException("minHiddenWidth", "must be at least 1, got " + minHiddenWidth);
        }
    }

    /** Returns whether only part of the channels go through the mixed operations. */
    public boolean partial() {
        return partialChannels > 1;
    }
}
