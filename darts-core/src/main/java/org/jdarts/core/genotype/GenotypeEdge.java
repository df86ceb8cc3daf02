package org.jdarts.core.genotype;

/**
 * One chosen edge of a derived cell: an operation applied to an earlier node.
 *
 * @param op the operation's name
 * @param input the node it reads: 0 and 1 are the cell inputs, 2… the intermediate nodes
 */
public record GenotypeEdge(String op, int input) {

    /** Validates the values. */
    public GenotypeEdge {
        if (op == null || op.isBlank()) {
            throw new IllegalArgumentException("an edge needs an operation name");
        }
        if (input < 0) {
            throw new IllegalArgumentException("edge input must be at least 0, got " + input);
        }
    }
}
