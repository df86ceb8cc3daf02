package org.jdarts.core.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Map;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeDerivation;
import org.jdarts.core.method.MethodFixture;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.method.SearchMethodRegistry;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.search.BilevelOptimizer;
import org.jdarts.core.supernet.EdgeDesign;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.space.SearchSpace;
import org.junit.jupiter.api.Test;

/** The cost term steers a tiny search to cheaper cells; a target's weight follows the derived costs. */
class CostAwareHooksTest {

    @Test
    void withALargeWeightATinySearchDerivesAStrictlyCheaperCell() {
        double plain = derivedParams(null);
        double costed = derivedParams(new CostAwareHooks.Budget(CostKind.PARAMS, 50, 0));
        assertTrue(costed < plain, "with the cost term " + costed + ", without " + plain);
    }

    @Test
    void aTargetsWeightGrowsOverTheTargetAndARestoredHistoryGivesTheSameWeight() {
        try (NDManager m = NDManager.newBaseManager()) {
            MethodFixture f = new MethodFixture(m);
            SearchNetwork net = f.network(EdgeDesign.PLAIN);
            OperationCosts costs = costsOf(net.space());
            Genotype now = derived(net);
            double cost = costs.of(CostKind.PARAMS, now);
            CostAwareHooks hooks = new CostAwareHooks(SearchHooks.darts(), costs,
                    new CostAwareHooks.Budget(CostKind.PARAMS, 0, cost / 2));
            hooks.startEpoch(0, 5, 11, net);
            assertEquals(1, hooks.weight(), 0, "no history yet");
            hooks.startEpoch(1, 5, 11, net);
            assertEquals(Math.exp(CostAwareHooks.GAIN * 1), hooks.weight(), 1e-9, "twice the target: excess 1");
            CostAwareHooks resumed = new CostAwareHooks(SearchHooks.darts(), costs,
                    new CostAwareHooks.Budget(CostKind.PARAMS, 0, cost / 2));
            resumed.restoreHistory(List.of(now));
            resumed.startEpoch(1, 5, 11, net);
            assertEquals(hooks.weight(), resumed.weight(), 0);
            CostAwareHooks unrestored = new CostAwareHooks(SearchHooks.darts(), costs,
                    new CostAwareHooks.Budget(CostKind.PARAMS, 0, cost / 2));
            assertThrows(IllegalStateException.class, () -> unrestored.startEpoch(3, 5, 11, net));
        }
    }

    @Test
    void aBudgetNeedsExactlyOneOfWeightAndTarget() {
        assertThrows(IllegalArgumentException.class, () -> new CostAwareHooks.Budget(CostKind.PARAMS, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new CostAwareHooks.Budget(CostKind.MACS, 0, 0));
    }

    /** Parameters (at C 36, L 20) of the cell a fixed tiny search derives, with or without a cost budget. */
    private static double derivedParams(CostAwareHooks.Budget budget) {
        try (NDManager m = NDManager.newBaseManager()) {
            MethodFixture f = new MethodFixture(m);
            SearchNetwork net = f.network(EdgeDesign.PLAIN);
            OperationCosts costs = costsOf(net.space());
            SearchHooks method = SearchMethodRegistry.load().configure("darts", Map.of()).hooks();
            SearchHooks hooks = budget == null ? method : new CostAwareHooks(method, costs, budget);
            BilevelOptimizer optimizer = f.optimizer(net, hooks);
            f.steps(optimizer, 0, 12);
            return costs.of(CostKind.PARAMS, derived(net));
        }
    }

    private static OperationCosts costsOf(SearchSpace space) {
        return OperationCosts.count(space.names(), space.zeroOperations(), n -> space.find(n).orElseThrow(),
                new NetworkShape(36, 20, 10), 3, 32);
    }

    private static Genotype derived(SearchNetwork net) {
        return GenotypeDerivation.derive(net.derivationWeights(0), net.derivationWeights(1), net.space().names(),
                net.space().zeroOperations());
    }
}
