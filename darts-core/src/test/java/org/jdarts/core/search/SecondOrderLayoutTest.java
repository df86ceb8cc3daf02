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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The second-order architecture gradient, computed in float32 in every memory layout with and
 * without fused edges, equals the same unrolled finite-difference computation done in float64
 * channels-first edge by edge (libtorch's own float64 kernels, not oneDNN's), from identical
 * weights: w' = w − ξ(∇w L_train + wd·w), dα = ∇α L_val(w'), v = ∇w' L_val(w'), ε = 0.01/‖v‖,
 * dα − ξ·[∇α L_train(w + εv) − ∇α L_train(w − εv)]/(2ε). With libtorch 2.7.1's channels-last
 * kernels for the convolutions that {@code Convolutions} now runs channels-first, channels-last
 * fused was off by 150% of the gradient's size at C 4 and 38% at C 16 in these fixtures.
 *
 * <p>The fixtures are points where no float32 computation crosses a kink that float64 does not.
 * The network is piecewise linear (ReLU, max pooling): where a pre-activation lies within float32
 * rounding of zero, float32 and float64 take different sides, and the gradient jumps (the float64
 * gradient itself changes by up to 17% of its size at C 4 and 40% at C 16 when the images move
 * by 1e-6). The finite-difference term then multiplies the jump by ξ‖v‖/0.02. On the build's
 * kernels, over 12 seeds at C 4 such a crossing put a layout's gradient more than 1e-3 of its
 * size from float64 in 1 seed channels-first and 3 channels-last; over 8 seeds at C 16 in 5 and 4
 * (docs/engine-notes.md).
 * Such crossings are rounding, not faults; a fault in a kernel shows at every point.
 *
 * <p>Also: every pass of a step sees the weights as they are at that moment.
 */
class SecondOrderLayoutTest {

    private static final double XI = 0.025;

    /** The seed of the C 16 fixture (C 4: seed 4). */
    private static final int SEED_C16 = 3;

    /** The C 4 fixture (fewer than 8 channels per cell input) in both layouts. */
    static List<Arguments> smallFixtures() {
        return List.of(Arguments.of(4, 4, MemoryLayout.CHANNELS_FIRST), Arguments.of(4, 4, MemoryLayout.CHANNELS_LAST));
    }

    /** The C 16 fixture in both layouts. */
    static List<Arguments> largeFixtures() {
        return List.of(Arguments.of(16, SEED_C16, MemoryLayout.CHANNELS_FIRST),
                Arguments.of(16, SEED_C16, MemoryLayout.CHANNELS_LAST));
    }

    /** Every layout and edge evaluation at C 4 (whether a pass sees stale weights does not depend on the size). */
    static List<Arguments> smallCases() {
        List<Arguments> cases = new ArrayList<>();
        for (MemoryLayout layout : new MemoryLayout[] {MemoryLayout.CHANNELS_FIRST, MemoryLayout.CHANNELS_LAST}) {
            for (EdgeEvaluation evaluation : EdgeEvaluation.values()) {
                cases.add(Arguments.of(4, layout, evaluation));
            }
        }
        return cases;
    }

    /**
     * Both edge evaluations in {@code layout} against float64 (1e-3 of the gradient's size) and
     * against channels-first fused float32 (the same bound).
     */
    @ParameterizedTest(name = "C {0}, seed {1}, {2}")
    @MethodSource("smallFixtures")
    void secondOrderGradientEqualsTheFloat64Computation(int channels, int seed, MemoryLayout layout) {
        assertAgreesWithFloat64(channels, seed, layout);
    }

    /**
     * The same at C 16, where kinks lie closer together: this fixture is kink-free on the AVX2
     * kernels the {@code golden} run pins, while AVX-512 kernels, which round differently, cross a
     * kink at it channels-last (14% of the gradient's size; a fault would show at every point).
     */
    @Tag("golden")
    @ParameterizedTest(name = "C {0}, seed {1}, {2}")
    @MethodSource("largeFixtures")
    void secondOrderGradientEqualsTheFloat64ComputationWithWideCells(int channels, int seed, MemoryLayout layout) {
        assertAgreesWithFloat64(channels, seed, layout);
    }

    private static void assertAgreesWithFloat64(int channels, int seed, MemoryLayout layout) {
        SearchSpace space = SearchSpaces.resolve("darts", OperationRegistry.load());
        NetworkShape shape = new NetworkShape(channels, 5, 10);
        try (NDManager m = NDManager.newBaseManager()) {
            m.getEngine().setRandomSeed(seed);
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
            SearchNetwork first = network(m, space, shape, EdgeEvaluation.FUSED, MemoryLayout.CHANNELS_FIRST,
                    DataType.FLOAT32);
            Parameters.copy(reference, first);
            List<NDArray> channelsFirst = optimizer(first, m).alphaGradient(xt, yt, xv, yv, XI, m);
            for (EdgeEvaluation evaluation : EdgeEvaluation.values()) {
                SearchNetwork net = network(m, space, shape, evaluation, layout, DataType.FLOAT32);
                Parameters.copy(reference, net);
                List<NDArray> actual = optimizer(net, m).alphaGradient(xt, yt, xv, yv, XI, m);
                String what = layout + ", " + evaluation;
                assertClose(what + " against float64", float64, actual, 1e-3);
                assertClose(what + " against channels-first fused", channelsFirst, actual, 1e-3);
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
