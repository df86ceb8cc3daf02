package org.jdarts.core.genotype;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Genotypes drawn uniformly from what DARTS' derivation rule can produce: in each cell, every
 * intermediate node reads two distinct earlier nodes, each through one operation that is not a
 * zero operation, and the cell concatenates every intermediate node. The random baseline of Li and
 * Talwalkar (2019) and of the NAS best-practice checklist.
 */
public final class RandomGenotypes {

    /** Intermediate nodes per cell, as DARTS. */
    public static final int NODES = 4;

    private RandomGenotypes() {}

    /**
     * Draws one genotype; the same seed and space give the same genotype.
     *
     * @param operations the space's operation names
     * @param zeroOperations its zero operations ({@code none}), never drawn
     * @param seed the draw's seed
     * @return the genotype
     * @throws IllegalArgumentException if the space has no operation to draw
     */
    public static Genotype sample(List<String> operations, Set<String> zeroOperations, long seed) {
        List<String> usable = operations.stream().filter(o -> !zeroOperations.contains(o)).toList();
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("the space " + operations + " has only zero operations");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<GenotypeEdge> normal = cell(usable, random);
        List<GenotypeEdge> reduce = cell(usable, random);
        List<Integer> concat = new ArrayList<>();
        for (int n = 2; n < NODES + 2; n++) {
            concat.add(n);
        }
        return new Genotype(normal, concat, reduce, concat);
    }

    private static List<GenotypeEdge> cell(List<String> usable, SplittableRandom random) {
        List<GenotypeEdge> edges = new ArrayList<>();
        for (int node = 0; node < NODES; node++) {
            int inputs = node + 2;
            int first = random.nextInt(inputs);
            int second = random.nextInt(inputs - 1);
            if (second >= first) {
                second++;
            }
            for (int input : new int[] {Math.min(first, second), Math.max(first, second)}) {
                edges.add(new GenotypeEdge(usable.get(random.nextInt(usable.size())), input));
            }
        }
        return edges;
    }
}
