package org.jdarts.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.supernet.EdgeEvaluation;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.core.testing.Parameters;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.blocks.MemoryLayout;
import org.jdarts.space.op.OperationRegistry;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second-order architecture gradient, computed in float32 in every memory layout with and
 * without fused edges, equals the same unrolled finite-difference computation done in float64
 * channels-first edge by edge (libtorch's own float64 kernels, not oneDNN's), from identical
 * weights: w' = w − ξ(∇w L_train + wd·w), dα = ∇α L_val(w'), v = ∇w' L_val(w'), ε = 0.01/‖v‖,
 * dα − ξ·[∇α L_train(w + εv) − ∇α L_train(w − εv)]/(2ε). With libtorch 2.7.1's channels-last
 * dilated depthwise convolutions this was off by 4% of the gradient's size (0.19 of 4.98).
 *
 * <p>Also: every pass of a step sees the weights as they are at that moment.
 */
class SecondOrderLayoutTest {

    private static final double XI = 0.025;


    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (int channels : new int[] {4, 16}) {
            for (MemoryLayout layout : new MemoryLayout[] {MemoryLayout.CHANNELS_FIRST, MemoryLayout.CHANNELS_LAST}) {
                for (EdgeEvaluation evaluation : EdgeEvaluation.values()) {
                    cases.add(Arguments.of(channels, layout, evaluation));
                }
            }
        }
        return cases;
    }

    /**
     * C 4 has fewer than 8 channels per cell input; at C 16 the finite difference's own float32
     * noise is larger (float32 against float64: 6e-3 of the gradient here, in every layout alike),
     * so there the float64 bound is looser and the float32 channels-first computation is the
     * sharper reference.
     */
    /** Every layout and edge evaluation at C 4 (whether a pass sees stale weights does not depend on the size). */
    static List<Arguments> smallCases() {
        return cases().stream().filter(c -> (int) c.get()[0] == 4).toList();
    }

    @ParameterizedTest(name = "C {0}")
    @ValueSource(ints = {4, 16})
    void secondOrderGradientEqualsTheFloat64Computation(int channels) {
        assertSecondOrderGradients(channels, MemoryLayout.CHANNELS_FIRST);
    }

    /**
     * Channels-last as well. Disabled: with {@link org.jdarts.space.blocks.Convolutions} routing the
     * kernels found wrong channels-first, channels-last agrees at C 4 and C 16 when a case runs
     * alone, but after other networks in the same process edge-by-edge channels-last was once off
     * by 4.4e-3 of the gradient (against 1e-4 for the others), and the darts-ir space's gradients
     * differ channels-last even with every convolution routed: libtorch 2.7.1 has a channels-last
     * fault not yet found (README, Known issues). Channels-last is therefore no longer the default.
     */
    @Disabled("libtorch 2.7.1 channels-last fault not yet isolated: README, Known issues")
    @ParameterizedTest(name = "C {0}")
    @ValueSource(ints = {4, 16})
    void secondOrderGradientChannelsLastEqualsTheFloat64Computation(int channels) {
        assertSecondOrderGradients(channels, MemoryLayout.CHANNELS_LAST);
    }

    private void assertSecondOrderGradients(int channels, MemoryLayout tested) {
        SearchSpace space = SearchSpaces.resolve("darts", OperationRegistry.load());
        NetworkShape shape = new NetworkShape(channels, 5, 10);
        double float64Tolerance = channels < 8 ? 1e-3 : 2e-2;
        try (NDManager m = NDManager.newBaseManager()) {
            m.getEngine().setRandomSeed(3);
            SearchNetwork reference = network(m, space, shape, EdgeEvaluation.PER_EDGE, MemoryLayout.CHANNELS_FIRST,
                    DataType.FLOAT64);
            reference.alphaNormal().getArray().muli(300);
            reference.alphaReduce().getArray().muli(300);
            NDArray xt = m.randomNormal(new Shape(4, 3, 16, 16));
            NDArray yt = m.create(new int[] {0, 3, 5, 9});
            NDArray xv = m.randomNormal(new Shape(4, 3, 16, 16));
            NDArray yv = m.create(new int[] {1, 2, 7, 9});
            List<NDArray> float64 = optimizer(reference, m).alphaGradient(xt.toType(DataType.FLOAT64, false), yt,
                    xv.toType(DataType.FLOAT64, false), yv, XI, m);
            List<NDArray> channelsFirst = null;
            for (Arguments c : cases()) {
                if ((int) c.get()[0] != channels) {
                    continue;
                }
                MemoryLayout layout = (MemoryLayout) c.get()[1];
                EdgeEvaluation evaluation = (EdgeEvaluation) c.get()[2];
                if (layout != MemoryLayout.CHANNELS_FIRST && layout != tested) {
                    continue;
                }
                SearchNetwork net = network(m, space, shape, evaluation, layout, DataType.FLOAT32);
                Parameters.copy(reference, net);
                List<NDArray> actual = optimizer(net, m).alphaGradient(xt, yt, xv, yv, XI, m);
                String what = layout + ", " + evaluation;
                assertClose(what + " against float64", float64, actual, float64Tolerance);
                if (channelsFirst == null) {
                    channelsFirst = actual; // the first case: channels-first, fused
                } else {
                    assertClose(what + " against channels-first", channelsFirst, actual, 1e-3);
                }
            }
        }
    }

    private static void assertClose(String what, List<NDArray> expected, List<NDArray> actual, double tolerance) {
        for (int i = 0; i < 2; i++) {
            NDArray e = expected.get(i).toType(DataType.FLOAT64, false);
            double scale = e.abs().max().getDouble();
            double diff = actual.get(i).toType(DataType.FLOAT64, false).sub(e).abs().max().getDouble();
            assertTrue(scale > 1e-2, "the gradient must not vanish: " + scale);
            assertTrue(diff <= tolerance * scale, what + ", " + (i == 0 ? "normal" : "reduce") + " cell: max |difference| "
                    + diff + " of max " + scale);
        }
    }

    @ParameterizedTest(name = "C {0}, {1}, {2}")
    @MethodSource("smallCases")
    void aPassSeesWeightsChangedInPlaceSinceThePreviousPass(int channels, MemoryLayout layout,
            EdgeEvaluation evaluation) {
        SearchSpace space = SearchSpaces.resolve("darts", OperationRegistry.load());
        NetworkShape shape = new NetworkShape(channels, 5, 10);
        try (NDManager m = NDManager.newBaseManager()) {
            m.getEngine().setRandomSeed(5);
            SearchNetwork net = network(m, space, shape, evaluation, layout, DataType.FLOAT32);
            SearchNetwork fresh = network(m, space, shape, evaluation, layout, DataType.FLOAT32);
            NDArray x = m.randomNormal(new Shape(4, 3, 16, 16));
            NDArray y = m.create(new int[] {0, 3, 5, 9});
            BilevelOptimizer opt = optimizer(net, m);
            List<NDArray> before = copies(opt.validationGradient(x, y, m));
            for (Parameter w : net.weights()) {
                w.getArray().muli(1.25); // in place, as the virtual step and w ± εv do
            }
            List<NDArray> after = opt.validationGradient(x, y, m);
            Parameters.copy(net, fresh);
            List<NDArray> expected = optimizer(fresh, m).validationGradient(x, y, m);
            for (int i = 0; i < 2; i++) {
                double scale = expected.get(i).abs().max().getFloat();
                assertEquals(0, after.get(i).sub(expected.get(i)).abs().max().getFloat(), 1e-5 * scale,
                        "the pass after the change computes what a network built with the new weights computes");
                assertTrue(after.get(i).sub(before.get(i)).abs().max().getFloat() > 1e-3 * scale,
                        "the change must matter");
            }
        }
    }

    private static SearchNetwork network(NDManager m, SearchSpace space, NetworkShape shape,
            EdgeEvaluation evaluation, MemoryLayout layout, DataType type) {
        SearchNetwork net = new SearchNetwork(space, shape, evaluation);
        net.initialize(m, type, new Shape(1, 3, 16, 16));
        net.setMemoryLayout(layout);
        return net;
    }

    private static BilevelOptimizer optimizer(SearchNetwork net, NDManager m) {
        return new BilevelOptimizer(net, new SearchHyperparameters(XI, 0.001, 0.9, 3e-4, 5, 3e-4, 0.5, 0.999, 1e-3,
                SearchOrder.SECOND), m);
    }

    private static List<NDArray> copies(List<NDArray> arrays) {
        List<NDArray> out = new ArrayList<>();
        arrays.forEach(a -> out.add(a.duplicate()));
        return out;
    }
}
