package org.jdarts.core.method.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdarts.core.method.MethodFixture;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.method.SearchMethodRegistry;
import org.jdarts.core.search.BilevelOptimizer;
import org.jdarts.core.supernet.EdgeDesign;
import org.jdarts.core.supernet.SearchNetwork;
import org.junit.jupiter.api.Test;

/** DARTS-: the auxiliary skip's schedule, and with β = 0 the search is DARTS'. */
class DartsMinusTest {

    @Test
    void betaDecaysLinearlyFromItsStartTowardsZero() {
        assertEquals(1.0, DartsMinus.weight(1, 0, 5));
        assertEquals(0.6, DartsMinus.weight(1, 2, 5), 1e-12);
        assertEquals(0.4, DartsMinus.weight(2, 4, 5), 1e-12);
    }

    @Test
    void withBetaZeroTheSearchIsDartsBitForBit() {
        try (NDManager m = NDManager.newBaseManager()) {
            MethodFixture f = new MethodFixture(m);
            SearchNetwork darts = f.network(EdgeDesign.PLAIN);
            SearchHooks minusHooks = SearchMethodRegistry.load().configure("darts-minus", Map.of("beta", 0.0)).hooks();
            SearchNetwork minus = f.network(minusHooks.edgeDesign());
            MethodFixture.copyShared(darts, minus);
            BilevelOptimizer a = f.optimizer(darts, SearchHooks.darts());
            BilevelOptimizer b = f.optimizer(minus, minusHooks);
            f.steps(a, 0, 2);
            f.steps(b, 0, 2);
            assertEquals(0.0, minus.auxiliarySkipWeight());
            MethodFixture.assertSameBytes("α", MethodFixture.alphas(darts), MethodFixture.alphas(minus));
            List<NDArray> shared = new ArrayList<>();
            darts.weights().forEach(p -> shared.add(minus.getParameters().get(nameOf(darts, p)).getArray()));
            List<NDArray> dartsWeights = new ArrayList<>();
            darts.weights().forEach(p -> dartsWeights.add(p.getArray()));
            MethodFixture.assertSameBytes("weights", dartsWeights, shared);
        }
    }

    @Test
    void theAuxiliarySkipChangesTheOutputInProportionToBeta() {
        try (NDManager m = NDManager.newBaseManager()) {
            MethodFixture f = new MethodFixture(m);
            SearchHooks hooks = SearchMethodRegistry.load().configure("darts-minus", Map.of()).hooks();
            SearchNetwork net = f.network(hooks.edgeDesign());
            BilevelOptimizer opt = f.optimizer(net, hooks);
            opt.startEpoch(0, 5, 1);
            assertEquals(1.0, net.auxiliarySkipWeight());
            NDArray withSkip = net.forward(opt.store(), new NDList(f.xVal), false).singletonOrThrow();
            net.setAuxiliarySkipWeight(0);
            NDArray without = net.forward(opt.store(), new NDList(f.xVal), false).singletonOrThrow();
            assertTrue(withSkip.sub(without).abs().max().getFloat() > 1e-3, "β·x must reach the logits");
        }
    }

    private static String nameOf(SearchNetwork net, ai.djl.nn.Parameter p) {
        for (var pair : net.getParameters()) {
            if (pair.getValue() == p) {
                return pair.getKey();
            }
        }
        throw new AssertionError("no name for " + p.getName());
    }
}
