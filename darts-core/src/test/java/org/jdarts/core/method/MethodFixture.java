package org.jdarts.core.method;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.search.BilevelOptimizer;
import org.jdarts.core.search.SearchHyperparameters;
import org.jdarts.core.search.SearchOrder;
import org.jdarts.core.supernet.EdgeDesign;
import org.jdarts.core.supernet.EdgeEvaluation;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.blocks.MemoryLayout;
import org.jdarts.space.op.OperationRegistry;

/**
 * A tiny search for method tests: a darts-sandglass supernet (C 4, L 3: one normal and two
 * reduction cells) on fixed random 16×16 batches, and what comparing two such searches needs.
 */
public final class MethodFixture {

    /** Architecture-step images. */
    public final NDArray xVal;
    /** Their labels. */
    public final NDArray yVal;
    /** Weight-step images. */
    public final NDArray xTrain;
    /** Their labels. */
    public final NDArray yTrain;

    private final NDManager manager;

    /**
     * Creates the batches (seeded).
     *
     * @param manager owns them
     */
    public MethodFixture(NDManager manager) {
        this.manager = manager;
        manager.getEngine().setRandomSeed(7);
        xTrain = manager.randomNormal(new Shape(6, 3, 16, 16));
        yTrain = manager.create(new int[] {0, 3, 5, 9, 1, 1});
        xVal = manager.randomNormal(new Shape(6, 3, 16, 16));
        yVal = manager.create(new int[] {2, 3, 7, 9, 8, 1});
    }

    /** Builds and initialises (seed 3) a supernet with the given edges, fused. */
    public SearchNetwork network(EdgeDesign design) {
        return network(design, EdgeEvaluation.FUSED);
    }

    /** Builds and initialises (seed 3) a supernet with the given edges, evaluated as asked. */
    public SearchNetwork network(EdgeDesign design, EdgeEvaluation evaluation) {
        manager.getEngine().setRandomSeed(3);
        SearchNetwork net = new SearchNetwork(SearchSpaces.resolve("darts-sandglass", OperationRegistry.load()),
                new NetworkShape(4, 3, 10), evaluation, design);
        net.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 16, 16));
        // bit-for-bit comparisons need one layout throughout (channels-first, the default, said explicitly)
        net.setMemoryLayout(MemoryLayout.CHANNELS_FIRST);
        return net;
    }

    /** Returns a first-order optimiser of the network with the hooks. */
    public BilevelOptimizer optimizer(SearchNetwork net, SearchHooks hooks) {
        return new BilevelOptimizer(net, SearchHyperparameters.reference(SearchOrder.FIRST), hooks, manager);
    }

    /** Runs {@code steps} bilevel steps of epoch {@code epoch} of 5. */
    public void steps(BilevelOptimizer optimizer, int epoch, int steps) {
        optimizer.startEpoch(epoch, 5, 11);
        for (int i = 0; i < steps; i++) {
            optimizer.step(xTrain, yTrain, xVal, yVal, 0.025);
        }
    }

    /** Copies every parameter {@code to} shares by name with {@code from}. */
    public static void copyShared(SearchNetwork from, SearchNetwork to) {
        Map<String, Parameter> source = new HashMap<>();
        for (Pair<String, Parameter> p : from.getParameters()) {
            source.put(p.getKey(), p.getValue());
        }
        int copied = 0;
        for (Pair<String, Parameter> p : to.getParameters()) {
            Parameter s = source.get(p.getKey());
            if (s != null) {
                p.getValue().getArray().set(new NDIndex(":"), s.getArray());
                copied++;
            }
        }
        assertEquals(source.size(), copied, "every parameter of the first network exists in the second");
    }

    /** Asserts that two lists of arrays hold the same bytes. */
    public static void assertSameBytes(String what, List<NDArray> expected, List<NDArray> actual) {
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(java.util.HexFormat.of().formatHex(expected.get(i).toByteArray()),
                    java.util.HexFormat.of().formatHex(actual.get(i).toByteArray()), what + " " + i);
        }
    }

    /** Returns the arrays of α_normal and α_reduce. */
    public static List<NDArray> alphas(SearchNetwork net) {
        return List.of(net.alphaNormal().getArray(), net.alphaReduce().getArray());
    }
}
