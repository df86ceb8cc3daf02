package org.jdarts.core.method.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jdarts.core.method.MethodFixture;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.method.SearchMethodRegistry;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.search.BilevelOptimizer;
import org.jdarts.core.supernet.EdgeDesign;
import org.jdarts.core.supernet.EdgeEvaluation;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;
import org.junit.jupiter.api.Test;

/** PC-DARTS: with K = 1 and no edge normalisation it is DARTS; otherwise β learns and ranks edges. */
class PcDartsTest {

    @Test
    void withKOneAndNoEdgeNormalisationTheSearchIsDartsBitForBit() {
        try (NDManager m = NDManager.newBaseManager()) {
            MethodFixture f = new MethodFixture(m);
            SearchHooks pcHooks = SearchMethodRegistry.load().configure("pc-darts",
                    Map.of("k", 1L, "edge_normalisation", "off", "warmup", 0.0)).hooks();
            assertEquals(EdgeDesign.PLAIN, pcHooks.edgeDesign());
            SearchNetwork darts = f.network(EdgeDesign.PLAIN);
            SearchNetwork pc = f.network(pcHooks.edgeDesign());
            MethodFixture.copyShared(darts, pc);
            BilevelOptimizer a = f.optimizer(darts, SearchHooks.darts());
            BilevelOptimizer b = f.optimizer(pc, pcHooks);
            f.steps(a, 0, 2);
            f.steps(b, 0, 2);
            MethodFixture.assertSameBytes("α", MethodFixture.alphas(darts), MethodFixture.alphas(pc));
        }
    }

    @Test
    void theArchitectureStaysFrozenDuringTheWarmUpAndBetaLearnsAfterIt() {
        try (NDManager m = NDManager.newBaseManager()) {
            MethodFixture f = new MethodFixture(m);
            SearchHooks hooks = SearchMethodRegistry.load().configure("pc-darts", Map.of("k", 2L)).hooks();
            SearchNetwork net = f.network(hooks.edgeDesign());
            assertEquals(4, net.architecture().size(), "α and β of both cell types");
            BilevelOptimizer opt = f.optimizer(net, hooks);
            byte[] before = net.architecture().get(2).getArray().toByteArray();
            f.steps(opt, 0, 1); // epoch 0 of 5 with warm-up 0.3: frozen
            assertArrayEquals(before, net.architecture().get(2).getArray().toByteArray());
            f.steps(opt, 1, 1);
            assertFalse(HexFormat.of().formatHex(before)
                    .equals(HexFormat.of().formatHex(net.architecture().get(2).getArray().toByteArray())),
                    "β must move once the warm-up is over");
            assertEquals(1, PcDarts.frozenEpochs(0.3, 5));
            assertEquals(15, PcDarts.frozenEpochs(0.3, 50));
        }
    }

    @Test
    void genotypesRankEdgesBySoftmaxAlphaTimesTheEdgeWeight() {
        try (NDManager m = NDManager.newBaseManager()) {
            MethodFixture f = new MethodFixture(m);
            SearchHooks hooks = SearchMethodRegistry.load().configure("pc-darts", Map.of("k", 2L)).hooks();
            SearchNetwork net = f.network(hooks.edgeDesign());
            NDArray beta = net.architecture().get(2).getArray();
            beta.set(new ai.djl.ndarray.index.NDIndex("0"), 3f); // edge 2←0 gets most of node 2's weight
            double[][] weights = net.derivationWeights(0);
            double[][] soft = toTable(net.alphaNormal().getArray().softmax(-1));
            double e0 = Math.exp(3) / (Math.exp(3) + Math.exp(beta.getFloat(1)));
            for (int k = 0; k < soft[0].length; k++) {
                assertEquals(soft[0][k] * e0, weights[0][k], 1e-6);
            }
        }
    }

    @Test
    void channelsThatKDoesNotDivideAreRefusedWithOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SearchNetwork(
                SearchSpaces.resolve("darts", OperationRegistry.load()), new NetworkShape(6, 3, 10),
                EdgeEvaluation.FUSED, new EdgeDesign(4, true, false, 4)));
        assertEquals("cell 0 has 6 channels, which partial channels K=4 must divide (choose channels divisible by 4)",
                e.getMessage());
    }

    @Test
    void sandglassAtFewChannelsKeepsTheMinimumHiddenWidth() {
        SearchNetwork net = new SearchNetwork(SearchSpaces.resolve("darts-sandglass", OperationRegistry.load()),
                new NetworkShape(8, 3, 10), EdgeEvaluation.FUSED, new EdgeDesign(4, true, false, 4));
        try (NDManager m = NDManager.newBaseManager()) {
            net.initialize(m, ai.djl.ndarray.types.DataType.FLOAT32, new ai.djl.ndarray.types.Shape(1, 3, 16, 16));
            List<String> shapes = net.getParameters().stream()
                    .filter(p -> p.getKey().contains("cell0") && p.getKey().contains("edge_2_0")
                            && p.getKey().contains("sandglass") && p.getKey().endsWith("weight"))
                    .map(p -> p.getValue().getArray().getShape().toString()).toList();
            // at C/K = 2 channels the 1×1 convolutions go 2 → max(ceil(2/2), 4) = 4 → 2
            assertTrue(shapes.contains("(4, 2, 1, 1)") && shapes.contains("(2, 4, 1, 1)"), shapes.toString());
        }
    }

    private static double[][] toTable(NDArray a) {
        int rows = (int) a.getShape().get(0);
        int cols = (int) a.getShape().get(1);
        float[] flat = a.toFloatArray();
        double[][] t = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[r][c] = flat[r * cols + c];
            }
        }
        return t;
    }
}
