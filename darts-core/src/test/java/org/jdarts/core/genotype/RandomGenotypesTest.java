package org.jdarts.core.genotype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Random genotypes follow DARTS' derivation rule and are uniform over what it allows. */
class RandomGenotypesTest {

    private static final List<String> OPS = List.of("none", "max_pool_3x3", "skip_connect", "sep_conv_3x3");
    private static final Set<String> ZERO = Set.of("none");

    @Test
    void everyNodeReadsTwoDistinctEarlierNodesThroughOperationsThatAreNotZero() {
        for (long seed = 0; seed < 2000; seed++) {
            Genotype g = RandomGenotypes.sample(OPS, ZERO, seed);
            for (List<GenotypeEdge> cell : List.of(g.normal(), g.reduce())) {
                assertEquals(8, cell.size());
                for (int node = 0; node < 4; node++) {
                    GenotypeEdge a = cell.get(2 * node);
                    GenotypeEdge b = cell.get(2 * node + 1);
                    assertTrue(a.input() < b.input(), "two distinct inputs, in order: " + g);
                    assertTrue(b.input() < node + 2, "an earlier node: " + g);
                    assertTrue(!a.op().equals("none") && !b.op().equals("none"), "no zero operation: " + g);
                }
            }
            assertEquals(List.of(2, 3, 4, 5), g.normalConcat());
            assertEquals(List.of(2, 3, 4, 5), g.reduceConcat());
        }
    }

    @Test
    void theSameSeedGivesTheSameGenotypeAndOthersDiffer() {
        assertEquals(RandomGenotypes.sample(OPS, ZERO, 7), RandomGenotypes.sample(OPS, ZERO, 7));
        assertNotEquals(RandomGenotypes.sample(OPS, ZERO, 7), RandomGenotypes.sample(OPS, ZERO, 8));
    }

    @Test
    void inputPairsAndOperationsAreDrawnUniformly() {
        int draws = 12000;
        Map<String, Integer> lastNodePairs = new HashMap<>();
        Map<String, Integer> ops = new HashMap<>();
        for (long seed = 0; seed < draws; seed++) {
            Genotype g = RandomGenotypes.sample(OPS, ZERO, seed);
            GenotypeEdge a = g.normal().get(6);
            GenotypeEdge b = g.normal().get(7);
            lastNodePairs.merge(a.input() + "-" + b.input(), 1, Integer::sum);
            g.reduce().forEach(e -> ops.merge(e.op(), 1, Integer::sum));
        }
        // node 5 reads 2 of 5 nodes: 10 pairs, each 1/10 of the draws (4 standard deviations allowed)
        assertEquals(10, lastNodePairs.size(), lastNodePairs.toString());
        double sd = Math.sqrt(draws * 0.1 * 0.9);
        lastNodePairs.forEach((pair, n) -> assertEquals(draws * 0.1, n, 4 * sd, "pair " + pair));
        // 3 usable operations, 8 edges per cell
        assertEquals(Set.of("max_pool_3x3", "skip_connect", "sep_conv_3x3"), ops.keySet());
        double opSd = Math.sqrt(draws * 8 * (1 / 3.0) * (2 / 3.0));
        ops.forEach((op, n) -> assertEquals(draws * 8 / 3.0, n, 4 * opSd, op));
    }

    @Test
    void aSpaceOfZeroOperationsOnlyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RandomGenotypes.sample(List.of("none"), ZERO, 1));
    }
}
