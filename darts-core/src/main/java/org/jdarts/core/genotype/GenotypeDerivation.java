package org.jdarts.core.genotype;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Derives a genotype from softmax architecture weights exactly like the reference's
 * {@code Network.genotype()}: for each node keep the two incoming edges whose strongest weight of
 * a non-zero operation (not {@code none}) is highest (a stable sort: ties keep the earlier edge), and on each kept edge the
 * strongest non-zero operation (ties keep the earlier operation); concat = every
 * intermediate node.
 */
public final class GenotypeDerivation {

    private GenotypeDerivation() {}

    /**
     * Derives the genotype.
     *
     * @param normal softmax weights of the normal cell, edges × operations
     * @param reduce softmax weights of the reduction cell
     * @param ops operation names in column order
     * @param zero the names of the zero operations ({@code none}), which are never chosen
     * @return the genotype
     */
    public static Genotype derive(double[][] normal, double[][] reduce, List<String> ops, Set<String> zero) {
        int steps = stepsFor(normal.length);
        boolean[] excluded = new boolean[ops.size()];
        for (int k = 0; k < ops.size(); k++) {
            excluded[k] = zero.contains(ops.get(k));
        }
        List<Integer> concat = IntStream.range(2, 2 + steps).boxed().toList();
        return new Genotype(parse(normal, ops, excluded, steps), concat, parse(reduce, ops, excluded, steps), concat);
    }

    /** Returns the number of intermediate nodes whose cell has {@code edges} edges. */
    static int stepsFor(int edges) {
        int steps = 0;
        int total = 0;
        while (total < edges) {
            total += steps + 2;
            steps++;
        }
        if (total != edges) {
            throw new IllegalArgumentException(edges + " rows is not the edge count of a DARTS cell (2+3+4+...)");
        }
        return steps;
    }

    private static List<GenotypeEdge> parse(double[][] weights, List<String> ops, boolean[] excluded, int steps) {
        List<GenotypeEdge> gene = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < steps; i++) {
            int n = i + 2;
            final int offset = start;
            List<Integer> candidates = new ArrayList<>(IntStream.range(0, n).boxed().toList());
            candidates.sort(Comparator.comparingDouble((Integer j) -> -strongest(weights[offset + j], excluded)));
            for (int j : candidates.subList(0, 2)) {
                double[] row = weights[offset + j];
                int best = -1;
                for (int k = 0; k < row.length; k++) {
                    if (!excluded[k] && (best < 0 || row[k] > row[best])) {
                        best = k;
                    }
                }
                gene.add(new GenotypeEdge(ops.get(best), j));
            }
            start += n;
        }
        return gene;
    }

    private static double strongest(double[] row, boolean[] excluded) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < row.length; k++) {
            if (!excluded[k]) {
                max = Math.max(max, row[k]);
            }
        }
        return max;
    }
}
