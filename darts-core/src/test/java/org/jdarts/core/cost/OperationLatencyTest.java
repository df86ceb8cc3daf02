package org.jdarts.core.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeEdge;
import org.jdarts.core.genotype.RandomGenotypes;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Measured latencies: a timing for every operation at every place, and estimates that add up. */
class OperationLatencyTest {

    private static final NetworkShape SHAPE = new NetworkShape(4, 5, 10);
    private static SearchSpace space;
    private static LatencyTable table;
    private static List<String> notes = new ArrayList<>();

    @BeforeAll
    static void measure() {
        space = SearchSpaces.resolve("darts-sandglass", OperationRegistry.load());
        table = new OperationLatency(Device.cpu(), 5).measure(space.names(), space.zeroOperations(),
                n -> space.find(n).orElseThrow(), SHAPE, 3, 16, notes::add);
    }

    @Test
    void everyOperationButTheZeroOneIsTimedAtEveryDistinctPlace() {
        // C 4, L 5 on 16x16: normal cells at (4, 16), (8, 8), (16, 4); reductions from 16 and 8
        List<String> places = List.of("4|1|16", "8|2|16", "8|1|8", "16|2|8", "16|1|4");
        assertEquals(Set.copyOf(space.names().stream().filter(o -> !space.zeroOperations().contains(o)).toList()),
                table.operations().keySet());
        table.operations().forEach((op, byPlace) -> {
            assertEquals(places, List.copyOf(byPlace.keySet()), op);
            byPlace.forEach((place, t) -> assertTrue(t.p25() <= t.median() && t.median() <= t.p75()
                    && t.p25() > 0, op + " at " + place + ": " + t));
        });
        assertEquals("cpu", table.device());
        assertEquals(5, table.rounds());
        assertTrue(notes.get(0).startsWith("timing 8 operations at 5 places and 6 whole networks on cpu: 5 rounds of"
                + " 46 passes"), notes.toString());
    }

    @Test
    void aGenotypesEstimateIsTheBasePlusItsOperationsAtTheirPlaces() {
        OperationCosts costs = OperationCosts.count(space.names(), space.zeroOperations(),
                n -> space.find(n).orElseThrow(), SHAPE, 3, 16).withLatency(table);
        for (Genotype g : List.of(OperationCosts.referenceGenotype(space.names(), space.zeroOperations()),
                RandomGenotypes.sample(space.names(), space.zeroOperations(), 3))) {
            double expected = table.base();
            for (OperationPlace p : OperationPlace.of(SHAPE, 16)) {
                List<GenotypeEdge> edges = p.cellType() == 0 ? g.normal() : g.reduce();
                for (int e = 0; e < edges.size(); e++) {
                    if (OperationCosts.edgeIndex(e / 2, edges.get(e).input()) == p.edge()) {
                        expected += table.scale() * table.timing(edges.get(e).op(), p).median();
                    }
                }
            }
            assertEquals(expected, costs.of(CostKind.LATENCY, g), 1e-9);
        }
        assertTrue(table.network().median() > 0 && table.scale() > 0);
    }

    @Test
    void aTableOfAnotherNetworkSizeIsRefused() {
        OperationCosts other = OperationCosts.count(space.names(), space.zeroOperations(),
                n -> space.find(n).orElseThrow(), new NetworkShape(8, 5, 10), 3, 16);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> other.withLatency(table));
        assertEquals("the latency table is of C 4, L 5, 10 classes, the costs of C 8, L 5, 10 classes", e.getMessage());
        assertThrows(IllegalStateException.class, () -> other.table(CostKind.LATENCY));
    }

    @Test
    void theCalibrationIsTheLeastSquaresLineAndFallsBackWhenItCannotBeFitted() {
        double[] fit = OperationLatency.fit(new double[] {10, 20, 30}, new double[] {8, 13, 18});
        assertEquals(3, fit[0], 1e-12);
        assertEquals(0.5, fit[1], 1e-12);
        assertEquals(1, fit[2], 1e-12);
        double[] noisy = OperationLatency.fit(new double[] {10, 20, 30, 40}, new double[] {9, 12, 19, 20});
        assertEquals(0.4, noisy[1], 1e-12); // sxy 200 / sxx 500
        assertEquals(15 - 0.4 * 25, noisy[0], 1e-12);
        assertTrue(noisy[2] > 0.9 && noisy[2] < 1);
        double[] flat = OperationLatency.fit(new double[] {10, 10, 10}, new double[] {8, 9, 12});
        assertEquals(1, flat[1], 0);
        assertEquals(-1, flat[0], 1e-12); // the median residual
        assertTrue(Double.isNaN(flat[2]));
        double[] falling = OperationLatency.fit(new double[] {10, 20}, new double[] {9, 5});
        assertEquals(1, falling[1], 0);
    }

    @Test
    void targetsParseAsTheirKindsUnits() {
        assertEquals(4, CostKind.LATENCY.parseTarget("4ms"), 0);
        assertEquals(4, CostKind.LATENCY.parseTarget("4"), 0);
        assertEquals(0.8, CostKind.LATENCY.parseTarget("800us"), 1e-12);
        assertEquals(4, CostKind.LATENCY.parseTarget("0.004s"), 1e-12);
        assertEquals(2.5e6, CostKind.PARAMS.parseTarget("2.5M"), 0);
        assertThrows(IllegalArgumentException.class, () -> CostKind.LATENCY.parseTarget("4M"));
        assertThrows(IllegalArgumentException.class, () -> CostKind.LATENCY.parseTarget("0ms"));
        assertThrows(IllegalArgumentException.class, () -> CostKind.PARAMS.parseTarget("4ms"));
        assertEquals("4.21 ms", CostKind.LATENCY.format(4.2149));
    }
}
