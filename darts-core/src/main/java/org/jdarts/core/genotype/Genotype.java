package org.jdarts.core.genotype;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A derived architecture, as the reference's {@code Genotype} namedtuple: for the normal and the
 * reduction cell, two edges per intermediate node (node i's edges at positions 2i and 2i+1) and
 * the nodes concatenated into the cell's output.
 *
 * @param normal the normal cell's edges
 * @param normalConcat the nodes the normal cell concatenates
 * @param reduce the reduction cell's edges
 * @param reduceConcat the nodes the reduction cell concatenates
 */
public record Genotype(
        List<GenotypeEdge> normal, List<Integer> normalConcat, List<GenotypeEdge> reduce, List<Integer> reduceConcat) {

    /** Validates the structure: an even number of edges, inputs of earlier nodes, concat of existing nodes. */
    public Genotype {
        normal = List.copyOf(normal);
        reduce = List.copyOf(reduce);
        normalConcat = List.copyOf(normalConcat);
        reduceConcat = List.copyOf(reduceConcat);
        check("normal", normal, normalConcat);
        check("reduce", reduce, reduceConcat);
        if (normal.size() != reduce.size()) {
            throw new IllegalArgumentException("normal has " + normal.size() + " edges but reduce has "
                    + reduce.size() + "; both cells need the same number of nodes");
        }
    }

    private static void check(String cell, List<GenotypeEdge> edges, List<Integer> concat) {
        if (edges.isEmpty() || edges.size() % 2 != 0) {
            throw new IllegalArgumentException(cell + ": need 2 edges per intermediate node (DARTS: 8), got "
                    + edges.size());
        }
        for (int e = 0; e < edges.size(); e++) {
            int node = e / 2 + 2;
            int input = edges.get(e).input();
            if (input >= node) {
                throw new IllegalArgumentException(cell + "[" + e + "] ('" + edges.get(e).op() + "', " + input
                        + "): node " + node + " can only read nodes 0.." + (node - 1));
            }
        }
        int nodes = edges.size() / 2 + 2;
        if (concat.isEmpty()) {
            throw new IllegalArgumentException(cell + "_concat must name at least one node");
        }
        Set<Integer> seen = new HashSet<>();
        for (int n : concat) {
            if (n < 0 || n >= nodes || !seen.add(n)) {
                throw new IllegalArgumentException(cell + "_concat " + concat + ": nodes must be distinct and in 0.."
                        + (nodes - 1));
            }
        }
    }

    /** Returns the number of intermediate nodes per cell. */
    public int steps() {
        return normal.size() / 2;
    }

    /**
     * Checks that every operation is one a network can be built from.
     *
     * @param usable tells whether an operation name is registered and not a zero operation
     * @param valid the usable names, for the message
     * @throws IllegalArgumentException naming the first operation that is not usable
     */
    public void requireOperations(Predicate<String> usable, List<String> valid) {
        for (String cell : List.of("normal", "reduce")) {
            List<GenotypeEdge> edges = cell.equals("normal") ? normal : reduce;
            for (int e = 0; e < edges.size(); e++) {
                String op = edges.get(e).op();
                if (!usable.test(op)) {
                    throw new IllegalArgumentException(cell + "[" + e + "]: unknown operation '" + op
                            + "'; valid: " + String.join(", ", valid));
                }
            }
        }
    }

    /** Returns the reference's Python notation ({@code Genotype(normal=[('sep_conv_3x3', 0), ...], ...)}). */
    @Override
    public String toString() {
        return PythonNotation.format(this);
    }
}
