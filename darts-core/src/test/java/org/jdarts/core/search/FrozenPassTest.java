package org.jdarts.core.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;
import org.junit.jupiter.api.Test;

/**
 * A backward pass that freezes some parameters computes exactly the gradients of the others that a
 * pass differentiating everything computes: freezing only skips work.
 */
class FrozenPassTest {

    @Test
    void freezingWeightsOrAlphasLeavesTheOtherGradientsUnchanged() {
        try (NDManager m = NDManager.newBaseManager()) {
            m.getEngine().setRandomSeed(11);
            SearchNetwork net = new SearchNetwork(SearchSpaces.resolve("darts-sandglass", OperationRegistry.load()),
                    new NetworkShape(4, 3, 10));
            net.initialize(m, DataType.FLOAT32, new Shape(1, 3, 16, 16));
            net.alphaNormal().getArray().muli(100);
            net.alphaReduce().getArray().muli(100);
            BilevelOptimizer opt = new BilevelOptimizer(net, SearchHyperparameters.reference(SearchOrder.FIRST), m);
            List<NDArray> weights = new ArrayList<>();
            net.weights().forEach(p -> weights.add(p.getArray()));
            List<NDArray> alphas = List.of(net.alphaNormal().getArray(), net.alphaReduce().getArray());
            List<NDArray> all = new ArrayList<>(weights);
            all.addAll(alphas);
            NDArray x = m.randomNormal(new Shape(6, 3, 16, 16));
            NDArray y = m.create(new int[] {0, 3, 5, 9, 1, 1});

            List<NDArray> full = copies(opt.pass(x, y, all, List.of(), m).grads());
            List<NDArray> alphaOnly = copies(opt.pass(x, y, alphas, weights, m).grads());
            List<NDArray> weightsOnly = copies(opt.pass(x, y, weights, alphas, m).grads());

            double alphaScale = maxAbs(full.subList(weights.size(), all.size()));
            assertTrue(alphaScale > 0, "α gradients must not be zero");
            assertTrue(maxDiff(full.subList(weights.size(), all.size()), alphaOnly) <= 1e-6 * Math.max(1, alphaScale));
            double weightScale = maxAbs(full.subList(0, weights.size()));
            assertTrue(maxDiff(full.subList(0, weights.size()), weightsOnly) <= 1e-6 * Math.max(1, weightScale));
        }
    }

    private static List<NDArray> copies(List<NDArray> arrays) {
        List<NDArray> out = new ArrayList<>();
        arrays.forEach(a -> out.add(a.duplicate()));
        return out;
    }

    private static double maxAbs(List<NDArray> arrays) {
        double max = 0;
        for (NDArray a : arrays) {
            max = Math.max(max, a.abs().max().getFloat());
        }
        return max;
    }

    private static double maxDiff(List<NDArray> a, List<NDArray> b) {
        double max = 0;
        for (int i = 0; i < a.size(); i++) {
            max = Math.max(max, a.get(i).sub(b.get(i)).abs().max().getFloat());
        }
        return max;
    }
}
