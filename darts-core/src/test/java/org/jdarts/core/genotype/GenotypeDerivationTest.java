package org.jdarts.core.genotype;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenotypeDerivationTest {

    private static final List<String> OPS = List.of("none", "max_pool_3x3", "skip_connect", "sep_conv_3x3");

    /** Rows of 14 edges, all weak (0.25 each) unless set. */
    private static double[][] uniform() {
        double[][] w = new double[14][4];
        for (double[] row : w) {
            java.util.Arrays.fill(row, 0.25);
        }
        return w;
    }

    @Test
    void keepsTheTwoStrongestEdgesIgnoringNone() {
        double[][] w = uniform();
        // node 2 (edges 0, 1): both kept, the stronger edge first (as the reference orders them)
        w[0] = new double[] {0.1, 0.2, 0.3, 0.4};
        w[1] = new double[] {0.1, 0.6, 0.2, 0.1};
        // node 3 (edges 2, 3, 4): edge 2 has the largest weight overall but on none: ignored
        w[2] = new double[] {0.9, 0.03, 0.03, 0.04};
        w[3] = new double[] {0.1, 0.1, 0.7, 0.1};
        w[4] = new double[] {0.1, 0.1, 0.1, 0.7};
        Genotype g = GenotypeDerivation.derive(w, uniform(), OPS, Set.of("none"));
        assertEquals(new GenotypeEdge("max_pool_3x3", 1), g.normal().get(0));
        assertEquals(new GenotypeEdge("sep_conv_3x3", 0), g.normal().get(1));
        // edges 3 and 4 tie at 0.7: the stable sort keeps the earlier (input 1) first
        assertEquals(new GenotypeEdge("skip_connect", 1), g.normal().get(2));
        assertEquals(new GenotypeEdge("sep_conv_3x3", 2), g.normal().get(3));
        assertEquals(List.of(2, 3, 4, 5), g.normalConcat());
    }

    @Test
    void tiesKeepTheEarlierEdgeAndTheEarlierOperation() {
        // Every weight equal: edges 0 and 1 of each node, first non-none op (max_pool_3x3).
        Genotype g = GenotypeDerivation.derive(uniform(), uniform(), OPS, Set.of("none"));
        for (int node = 0; node < 4; node++) {
            assertEquals(new GenotypeEdge("max_pool_3x3", 0), g.reduce().get(2 * node));
            assertEquals(new GenotypeEdge("max_pool_3x3", 1), g.reduce().get(2 * node + 1));
        }
    }

    @Test
    void whenNoneIsStrongestTheBestOtherOperationIsChosen() {
        double[][] w = uniform();
        w[0] = new double[] {0.97, 0.005, 0.02, 0.005};
        Genotype g = GenotypeDerivation.derive(w, uniform(), OPS, Set.of("none"));
        // edge 0's best non-none weight (0.02) is below edge 1's (0.25): edge 1 comes first
        assertEquals(new GenotypeEdge("skip_connect", 0), g.normal().get(1));
    }
}
