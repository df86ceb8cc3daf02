package org.jdarts.space.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MemoryLayoutTest {

    @Test
    void autoMeansChannelsFirstEverywhere() {
        assertEquals(MemoryLayout.CHANNELS_FIRST, MemoryLayout.AUTO.on(Device.cpu()));
        assertEquals(MemoryLayout.CHANNELS_FIRST, MemoryLayout.AUTO.on(Device.gpu()));
        assertEquals(MemoryLayout.CHANNELS_FIRST, MemoryLayout.CHANNELS_FIRST.on(Device.cpu()));
    }

    @Test
    void arrangingKeepsShapeAndValues() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomNormal(new Shape(2, 3, 4, 5));
            NDArray last = MemoryLayout.CHANNELS_LAST.arrange(x);
            assertEquals(x.getShape(), last.getShape());
            assertEquals(0f, last.sub(x).abs().max().getFloat());
            assertEquals(0f, MemoryLayout.CHANNELS_FIRST.arrange(last).sub(x).abs().max().getFloat());
        }
    }

    /**
     * libtorch 2.7.1 gets the weight gradient of a 1×1 stride-2 convolution wrong for a
     * channels-last input whose channels do not fill whole register blocks (off by tens of percent
     * before {@link Convolutions} guarded against it); the block must give the same gradients in
     * both layouts.
     */
    @ParameterizedTest(name = "{0} input channels")
    @ValueSource(ints = {2, 4, 6, 8, 16})
    void factorizedReduceHasTheSameWeightGradientsInBothLayouts(int channels) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomNormal(new Shape(16, channels, 16, 16));
            List<NDArray> first = gradients(m, new FactorizedReduce(8, false), MemoryLayout.CHANNELS_FIRST, x);
            List<NDArray> last = gradients(m, new FactorizedReduce(8, false), MemoryLayout.CHANNELS_LAST, x);
            assertClose(first, last);
        }
    }

    @ParameterizedTest(name = "{0} input channels")
    @ValueSource(ints = {2, 4, 8})
    void stackedFactorizedReducesHaveTheSameWeightGradientsInBothLayouts(int channels) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomNormal(new Shape(16, channels, 16, 16));
            List<NDArray> first = stackedGradients(m, MemoryLayout.CHANNELS_FIRST.arrange(x));
            List<NDArray> last = stackedGradients(m, MemoryLayout.CHANNELS_LAST.arrange(x));
            assertClose(first, last);
        }
    }

    private static List<NDArray> gradients(NDManager m, Block block, MemoryLayout layout, NDArray input) {
        m.getEngine().setRandomSeed(3);
        NDArray x = layout.arrange(input);
        block.initialize(m, DataType.FLOAT32, x.getShape());
        Convolutions.setMemoryLayout(block, layout);
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray y = block.forward(new ParameterStore(m, false), new NDList(x), true).singletonOrThrow();
            gc.backward(y.mul(y.get(new NDIndex(":1")).add(1)).sum());
        }
        return weightGradients(List.of(block));
    }

    private static List<NDArray> stackedGradients(NDManager m, NDArray x) {
        m.getEngine().setRandomSeed(3);
        List<Block> blocks = List.of(new FactorizedReduce(8, false), new FactorizedReduce(8, false));
        blocks.forEach(b -> b.initialize(m, DataType.FLOAT32, x.getShape()));
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray y = StackedBlocks.of(blocks).forward(new ParameterStore(m, false), x, true);
            gc.backward(y.mul(y.get(new NDIndex(":1")).add(1)).sum());
        }
        return weightGradients(blocks);
    }

    private static List<NDArray> weightGradients(List<Block> blocks) {
        List<NDArray> grads = new ArrayList<>();
        for (Block b : blocks) {
            for (Parameter p : b.getParameters().values()) {
                if (p.requiresGradient()) {
                    grads.add(p.getArray().getGradient().duplicate());
                }
            }
        }
        return grads;
    }

    private static void assertClose(List<NDArray> expected, List<NDArray> actual) {
        assertEquals(expected.size(), actual.size());
        assertTrue(!expected.isEmpty());
        for (int i = 0; i < expected.size(); i++) {
            float scale = expected.get(i).abs().max().getFloat();
            float diff = expected.get(i).sub(actual.get(i)).abs().max().getFloat();
            assertTrue(scale > 0 && diff <= 1e-4f * scale, "weight gradient " + i + ": max |difference| " + diff
                    + " of max " + scale);
        }
    }
}
