package org.jdarts.space.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link StackedBlocks} gives the same values, input gradients and weight gradients whichever
 * layout it keeps, and a scale equals multiplying each copy's output, for every kind of stackable
 * block: the channel-multiplier reordering of a separable convolution, a residual on part of the
 * channels, FactorizedReduce, a BatchNorm on the shared input, affine and non-affine BatchNorms
 * and an activation at the end.
 */
class StackedBlocksTest {

    private static final int COPIES = 3;
    private static final int CHANNELS = 8;

    static Stream<Arguments> blocks() {
        return Stream.of(
                Arguments.of("separable convolution", (IntFunction<Block>) c -> new ReluThen(new SequentialBlock()
                        .add(Layers.depthwise(c, 3, 1, 1)).add(Layers.pointwise(c)).add(Layers.batchNorm(false))
                        .add(Layers.relu()).add(Layers.depthwise(c, 3, 1, 1)).add(Layers.pointwise(c))
                        .add(Layers.batchNorm(false)))),
                Arguments.of("strided dilated convolution", (IntFunction<Block>) c -> new SequentialBlock()
                        .add(Layers.conv(c, 3, 2, 2, 2, c)).add(Layers.pointwise(c)).add(Layers.batchNorm(false))),
                Arguments.of("residual on part of the channels", (IntFunction<Block>) c -> new ResidualBlock(
                        new SequentialBlock().add(Layers.depthwise(c, 3, 1, 1)).add(Layers.batchNorm(false))
                                .add(Layers.relu6()).add(Layers.pointwise(c / 2)).add(Layers.batchNorm(false))
                                .add(Layers.pointwise(c)).add(Layers.batchNorm(false)), c / 2)),
                Arguments.of("FactorizedReduce", (IntFunction<Block>) c -> FactorizedReduce.withRelu(c, false)),
                Arguments.of("BatchNorm of the shared input, affine", (IntFunction<Block>) c -> new SequentialBlock()
                        .add(Layers.batchNorm(true)).add(Layers.pointwise(c)).add(Layers.batchNorm(true))),
                Arguments.of("ending in an activation", (IntFunction<Block>) c -> new SequentialBlock()
                        .add(Layers.pointwise(2 * c)).add(Layers.batchNorm(false)).add(Layers.relu6())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void channelsLastGivesTheValuesAndGradientsOfChannelsFirst(String name, IntFunction<Block> build) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomNormal(new Shape(4, CHANNELS, 8, 8));
            Run first = run(m, build, MemoryLayout.CHANNELS_FIRST.arrange(x), MemoryLayout.CHANNELS_FIRST, null);
            Run last = run(m, build, MemoryLayout.CHANNELS_LAST.arrange(x), MemoryLayout.CHANNELS_LAST, null);
            assertClose(name + ", output", first.output, last.output);
            assertClose(name + ", input gradient", first.inputGradient, last.inputGradient);
            assertEquals(first.weightGradients.size(), last.weightGradients.size());
            for (int i = 0; i < first.weightGradients.size(); i++) {
                assertClose(name + ", weight gradient " + i, first.weightGradients.get(i), last.weightGradients.get(i));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void aScaleEqualsMultiplyingEachCopyAndReceivesItsGradient(String name, IntFunction<Block> build) {
        for (MemoryLayout layout : List.of(MemoryLayout.CHANNELS_FIRST, MemoryLayout.CHANNELS_LAST)) {
            try (NDManager m = NDManager.newBaseManager()) {
                NDArray x = layout.arrange(m.randomNormal(new Shape(4, CHANNELS, 8, 8)));
                NDArray factors = m.create(new float[] {0.7f, -1.3f, 2.1f});
                Run folded = run(m, build, x, layout, factors);
                Run multiplied = run(m, build, x, layout, null);
                NDArray perCopy = multiplied.output.reshape(4, COPIES, -1).mul(factors.reshape(1, COPIES, 1));
                String where = name + ", " + layout;
                assertClose(where + ", output", perCopy.reshape(multiplied.output.getShape()), folded.output);
                // d/ds_i of Σ(out·g) is Σ over copy i of (unscaled out)·g
                NDArray expected = multiplied.output.mul(multiplied.upstream).reshape(4, COPIES, -1).sum(new int[] {2})
                        .sum(new int[] {0});
                assertClose(where + ", scale gradient", expected, folded.scaleGradient);
            }
        }
    }

    @Test
    void aScaleOfTheWrongLengthIsRefused() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomNormal(new Shape(2, CHANNELS, 4, 4));
            List<Block> blocks = new ArrayList<>();
            for (int c = 0; c < COPIES; c++) {
                Block b = Layers.batchNorm(false);
                b.initialize(m, DataType.FLOAT32, x.getShape());
                blocks.add(b);
            }
            StackedBlocks stack = StackedBlocks.of(blocks);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> stack.forward(
                    new ParameterStore(m, false), x, true, MemoryLayout.CHANNELS_FIRST, m.ones(new Shape(2))));
            assertTrue(e.getMessage().contains("2 factors for 3 copies"), e.getMessage());
        }
    }

    /** What one stacked forward and backward pass gave. */
    private record Run(NDArray output, NDArray upstream, NDArray inputGradient, List<NDArray> weightGradients,
            NDArray scaleGradient) {}

    /**
     * Builds the copies with seeded weights, runs them stacked on x in the layout, and
     * differentiates Σ(output·g) for a seeded g.
     */
    private static Run run(NDManager m, IntFunction<Block> build, NDArray x, MemoryLayout layout, NDArray scale) {
        m.getEngine().setRandomSeed(5);
        List<Block> blocks = new ArrayList<>();
        for (int c = 0; c < COPIES; c++) {
            Block b = build.apply(CHANNELS);
            b.initialize(m, DataType.FLOAT32, new Shape(1, CHANNELS, 8, 8));
            for (Parameter p : b.getParameters().values()) { // affine BatchNorms: a scale and shift that matter
                if (p.requiresGradient() && (p.getName().equals("gamma") || p.getName().equals("beta"))) {
                    NDArray values = p.getArray();
                    values.set(m.randomNormal(values.getShape()).toFloatArray());
                }
            }
            blocks.add(b);
        }
        NDArray input = x.duplicate();
        input.setRequiresGradient(true);
        NDArray factors = scale == null ? null : scale.duplicate();
        if (factors != null) {
            factors.setRequiresGradient(true);
        }
        NDArray y;
        NDArray g;
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            y = StackedBlocks.of(blocks).forward(new ParameterStore(m, false), input, true, layout, factors);
            g = m.randomNormal(y.getShape());
            gc.backward(y.mul(g).sum());
        }
        List<NDArray> weights = new ArrayList<>();
        for (Block b : blocks) {
            for (Parameter p : b.getParameters().values()) {
                if (p.requiresGradient()) {
                    weights.add(p.getArray().getGradient().duplicate());
                }
            }
        }
        return new Run(y.duplicate(), g, input.getGradient().duplicate(), weights,
                factors == null ? null : factors.getGradient().duplicate());
    }

    private static void assertClose(String what, NDArray expected, NDArray actual) {
        assertEquals(expected.getShape(), actual.getShape(), what);
        float scale = Math.max(1, expected.abs().max().getFloat());
        float diff = expected.sub(actual).abs().max().getFloat();
        // kernels that sum in another order (per layout, or γ·s in place of a product) differ by rounding
        // only; a gradient that sums 256 products can lose 1e-5 of its terms' size, as MemoryLayoutTest allows
        assertTrue(diff <= 1e-4f * scale, what + ": max |difference| " + diff + " (scale " + scale + ")");
    }
}
