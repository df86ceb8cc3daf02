package org.jdarts.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.PythonNotation;
import org.jdarts.core.loop.Objective;
import org.jdarts.core.network.CellNetwork;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.nn.Gradients;
import org.jdarts.core.testing.Parameters;
import org.jdarts.space.blocks.MemoryLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A training pass of an evaluation network (auxiliary head included), as the network runs it (each
 * cell's intermediate arrays freed once it has its output, dead cell outputs closed), equals the
 * same pass run layer by layer with every array kept (stem, cells, auxiliary head, pooling and
 * classifier called one after the other in one manager), in both memory layouts: the logits of both
 * heads, the loss and the gradient of every weight, each to 1e-5 of its largest magnitude. In
 * channels-first it also equals the float64 pass (libtorch's own float64 kernels, not oneDNN's)
 * from identical weights and drop-path draws, to 1e-5 of the largest gradient: at this fixture no
 * float32 value crosses a ReLU or max-pooling kink that float64 does not (at other seeds some do,
 * moving a few gradients by up to 1e-2 in either layout: see {@code SecondOrderLayoutTest}).
 *
 * <p>The genotype uses every built-in operation of the Table 9 spaces but {@code none}, at both
 * strides, so each operation's forward and backward pass are covered.
 */
class EvalNetworkExactnessTest {

    private static final Genotype EVERY_OPERATION = PythonNotation.parse("Genotype("
            + "normal=[('sep_conv_3x3', 0), ('dil_conv_5x5', 1), ('inverted_residual_3x3', 0), ('skip_connect', 2),"
            + " ('sandglass_3x3', 1), ('avg_pool_3x3', 3), ('sep_conv_5x5', 2), ('dil_conv_3x3', 4)],"
            + " normal_concat=[2, 3, 4, 5],"
            + " reduce=[('max_pool_3x3', 0), ('skip_connect', 1), ('sandglass_3x3', 0), ('inverted_residual_3x3', 1),"
            + " ('avg_pool_3x3', 0), ('sep_conv_3x3', 1), ('dil_conv_5x5', 2), ('sep_conv_5x5', 4)],"
            + " reduce_concat=[2, 3, 4, 5])");

    private static final NetworkShape SHAPE = new NetworkShape(8, 5, 10);

    private static final double TOLERANCE = 1e-5;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MemoryLayout.class, names = {"CHANNELS_FIRST", "CHANNELS_LAST"})
    void aTrainingPassEqualsTheLayerByLayerPassThatKeepsEveryArray(MemoryLayout layout) {
        try (NDManager m = NDManager.newBaseManager()) {
            m.getEngine().setRandomSeed(11);
            EvalNetwork net = network(m, layout, DataType.FLOAT32);
            NDArray x = m.randomNormal(new Shape(6, 3, 32, 32));
            NDArray y = m.create(new int[] {0, 3, 5, 9, 1, 3});
            net.setDropPath(0, new SplittableRandom(7)); // the layer-by-layer pass does not draw masks
            List<NDArray> expected = trainingPass(net, y, m, store -> layerByLayer(net, store, layout.arrange(x)));
            List<NDArray> actual = trainingPass(net, y, m, store -> net.forward(store, new NDList(x), true));
            assertAllClose(layout + " against layer by layer", names(net), expected, actual, false);
        }
    }

    @Test
    void aChannelsFirstTrainingPassEqualsTheFloat64Pass() {
        try (NDManager m = NDManager.newBaseManager()) {
            m.getEngine().setRandomSeed(11);
            EvalNetwork reference = network(m, MemoryLayout.CHANNELS_FIRST, DataType.FLOAT64);
            EvalNetwork net = network(m, MemoryLayout.CHANNELS_FIRST, DataType.FLOAT32);
            Parameters.copy(reference, net);
            NDArray x = m.randomNormal(new Shape(6, 3, 32, 32));
            NDArray y = m.create(new int[] {0, 3, 5, 9, 1, 3});
            NDArray x64 = x.toType(DataType.FLOAT64, false);
            reference.setDropPath(0.2, new SplittableRandom(7));
            List<NDArray> expected = trainingPass(reference, y, m, store -> reference.forward(store, new NDList(x64), true));
            net.setDropPath(0.2, new SplittableRandom(7));
            List<NDArray> actual = trainingPass(net, y, m, store -> net.forward(store, new NDList(x), true));
            assertAllClose("float32 against float64", names(net), expected, actual, true);
        }
    }

    private static EvalNetwork network(NDManager m, MemoryLayout layout, DataType type) {
        EvalNetwork net = new EvalNetwork(EVERY_OPERATION, EvalNetworkTest.DEFAULTS, SHAPE, true, 32);
        net.setMemoryLayout(layout);
        net.initialize(m, type, new Shape(1, 3, 32, 32));
        return net;
    }

    /** The network's pass written out: each child block called in turn, nothing freed on the way. */
    private static NDList layerByLayer(EvalNetwork net, ParameterStore store, NDArray x) {
        NDArray s0 = child(net, "stem").forward(store, new NDList(x), true).singletonOrThrow();
        NDArray s1 = s0;
        NDArray auxiliary = null;
        for (int i = 0; i < SHAPE.layers(); i++) {
            NDArray out = child(net, "cell" + i).forward(store, new NDList(s0, s1), true).singletonOrThrow();
            s0 = s1;
            s1 = out;
            if (i == SHAPE.auxiliaryCell()) {
                auxiliary = child(net, CellNetwork.AUXILIARY).forward(store, new NDList(s1), true).singletonOrThrow();
            }
        }
        NDArray pooled = Pool.globalAvgPool2d(s1);
        NDArray logits = child(net, "classifier")
                .forward(store, new NDList(pooled.reshape(pooled.getShape().get(0), -1)), true).singletonOrThrow();
        return new NDList(logits, auxiliary);
    }

    /** Returns the child block DJL names {@code NNname} (its place, then the name it was added with). */
    private static Block child(EvalNetwork net, String name) {
        for (Pair<String, Block> c : net.getChildren()) {
            if (c.getKey().replaceFirst("^[0-9]+", "").equals(name)) {
                return c.getValue();
            }
        }
        throw new IllegalArgumentException("no child block " + name);
    }

    private static List<String> names(EvalNetwork net) {
        List<String> names = new ArrayList<>(List.of("logits", "auxiliary logits", "loss"));
        net.getParameters().forEach(p -> {
            if (p.getValue().requiresGradient()) {
                names.add("gradient of " + p.getKey());
            }
        });
        return names;
    }

    /**
     * Each actual array within {@value #TOLERANCE} of the expected one's largest magnitude, or, with
     * {@code floorAtLargestGradient}, of the largest of all the expected gradients when that is more
     * (gradients that vanish, such as a BatchNorm shift followed by a 1x1 convolution and another
     * BatchNorm, are rounding noise in both).
     */
    private static void assertAllClose(String what, List<String> names, List<NDArray> expected, List<NDArray> actual,
            boolean floorAtLargestGradient) {
        assertEquals(names.size(), expected.size());
        assertEquals(names.size(), actual.size());
        double largest = 0;
        for (int i = 3; i < expected.size(); i++) {
            largest = Math.max(largest, expected.get(i).abs().max().getDouble());
        }
        for (int i = 0; i < actual.size(); i++) {
            NDArray e = expected.get(i);
            double own = e.abs().max().getDouble();
            double scale = floorAtLargestGradient && i >= 3 ? Math.max(own, largest) : own;
            double diff = actual.get(i).toType(DataType.FLOAT64, false).sub(e).abs().max().getDouble();
            assertTrue(scale > 0, names.get(i) + " must not vanish");
            assertTrue(diff <= TOLERANCE * scale, what + ", " + names.get(i) + ": max |difference| " + diff
                    + " of max " + own);
        }
    }

    /** Returns both heads' logits, the loss and every weight's gradient (float64) of one training pass. */
    private static List<NDArray> trainingPass(EvalNetwork net, NDArray y, NDManager m,
            Function<ParameterStore, NDList> forward) {
        List<NDArray> weights = new ArrayList<>();
        for (Parameter p : net.weights()) {
            weights.add(p.getArray());
        }
        Gradients.prepare(weights, List.of());
        List<NDArray> out = new ArrayList<>();
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDList outputs = forward.apply(new ParameterStore(m, false));
            NDArray loss = Objective.withAuxiliary(0.4).losses(outputs, y).differentiated();
            collector.backward(loss);
            out.add(outputs.get(0).stopGradient().toType(DataType.FLOAT64, true));
            out.add(outputs.get(1).stopGradient().toType(DataType.FLOAT64, true));
            out.add(loss.stopGradient().toType(DataType.FLOAT64, true));
        }
        for (NDArray w : weights) {
            out.add(w.getGradient().toType(DataType.FLOAT64, true));
        }
        return out;
    }
}
